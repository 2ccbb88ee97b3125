import Foundation
import TestSupport
import Testing

/// `-f sql` loads into the real engines, never a mock: SQLite (the sqlite3 shell), DuckDB
/// (its CLI) and PostgreSQL (a throwaway cluster from pg_virtualenv). Each engine answers
/// questions over the loaded table that regq answers itself; the answers must agree.
/// `make test` installs the engines where they are missing (scripts/sql-engines.sh).
@Suite(.serialized) struct SQLExportTests {
    /// A question in regq's language, and the same in each dialect's SQL over the loaded
    /// table (`register`), each giving one number.
    struct Check {
        var regq: String
        var sqlite: String
        var duckdb: String
        var postgres: String
    }

    static let checks: [Check] = [
        Check(regq: "select count(*)", sqlite: "SELECT count(*) FROM register",
              duckdb: "SELECT count(*) FROM register", postgres: "SELECT count(*) FROM register"),
        Check(regq: "select count(*) where status = blocked and dag < May-22",
              sqlite: "SELECT count(*) FROM register WHERE status = 'Blocked' AND dag < '2022-05'",
              duckdb: "SELECT count(*) FROM register WHERE status = 'Blocked' AND dag < DATE '2022-05-01'",
              postgres: "SELECT count(*) FROM register WHERE status = 'Blocked' AND dag < DATE '2022-05-01'"),
        Check(regq: "select count(*) where dag is tbc", sqlite: "SELECT count(*) FROM register WHERE dag IS NULL",
              duckdb: "SELECT count(*) FROM register WHERE dag IS NULL", postgres: "SELECT count(*) FROM register WHERE dag IS NULL"),
        Check(regq: "select count(*) where blocker = 'Change of Agent'",
              sqlite: "SELECT count(*) FROM register WHERE EXISTS (SELECT 1 FROM json_each(blocker) WHERE value = 'Change of Agent')",
              duckdb: "SELECT count(*) FROM register WHERE list_contains(blocker, 'Change of Agent')",
              postgres: "SELECT count(*) FROM register WHERE 'Change of Agent' = ANY(blocker)"),
        Check(regq: "select count(*) where ref is empty", sqlite: "SELECT count(*) FROM register WHERE json_array_length(ref) = 0",
              duckdb: "SELECT count(*) FROM register WHERE len(ref) = 0", postgres: "SELECT count(*) FROM register WHERE cardinality(ref) = 0"),
        Check(regq: "select count(*) from IF where review < sg",
              sqlite: "SELECT count(*) FROM register WHERE kind = 'IF' AND review < sg",
              duckdb: "SELECT count(*) FROM register WHERE kind = 'IF' AND review < sg",
              postgres: "SELECT count(*) FROM register WHERE kind = 'IF' AND review < sg"),
    ]

    /// regq's own answer: the one number of a count query.
    static func regqCount(_ query: String, register: String? = nil) throws -> String {
        let run = try CLIRunner.run((register.map { ["-r", $0] } ?? []) + ["-f", "csv", "-e", query])
        #expect(run.status == 0, "\(query): \(run.stderr)")
        return String(run.stdout.split(separator: "\n").last ?? "")
    }

    static func export(_ dialect: String, query: String = "select *", register: String? = nil) throws -> String {
        let run = try CLIRunner.run((register.map { ["-r", $0] } ?? []) + ["-f", "sql", "--dialect", dialect, "-e", query])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func theEmbeddedRegisterLoadsAndAnswersAsRegqDoes(_ dialect: String) throws {
        var script = try Self.export(dialect)
        for check in Self.checks {
            script += [check.sqlite, check.duckdb, check.postgres][["sqlite", "duckdb", "postgres"].firstIndex(of: dialect)!] + ";\n"
        }
        let answers = try SQLEngine.run(dialect, script: script)
        let expected = try Self.checks.map { try Self.regqCount($0.regq) }
        #expect(expected.first == "89")
        #expect(answers == expected, "\(dialect)")
    }

    /// Quotes, backslashes, a line break, non-ASCII and an empty list survive the trip.
    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func hostileTextSurvivesTheTrip(_ dialect: String) throws {
        let names = ["it's \"quoted\"", "back\\slash \\n", "two\nlines", "naïve – 日本", "semi;colon, comma"]
        var csv = RegisterText.header
        for name in names {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            csv += "IF,,\(quoted),BPRWG,Smart;\"O'Brien\",Draft,,Mar-22,TBC,1999-06\n"
        }
        let path = try TemporaryFiles.file("hostile.csv", csv)
        var script = try Self.export(dialect, register: path)
        for name in names {
            let literal = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
            script += "SELECT count(*) FROM register WHERE name = \(literal);\n"
        }
        let answers = try SQLEngine.run(dialect, script: script)
        #expect(answers == names.map { _ in "1" }, "\(dialect)")
    }

    @Test func everyDialectNamesItsTypes() throws {
        #expect(try Self.export("sqlite", query: "select count(*)").contains("\"count\" INTEGER"))
        #expect(try Self.export("duckdb", query: "select ref").contains("\"ref\" VARCHAR[]"))
        #expect(try Self.export("postgres", query: "select dag").contains("\"dag\" date"))
        let bad = try CLIRunner.run(["-f", "sql", "--dialect", "oracle", "-e", "select *"])
        #expect(bad.status == 2)
    }

    /// With a history loaded, `select * @all` puts every report in, with `report`, and
    /// `artefact`: one number for the rows of one artefact, as the pairings found it.
    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func everyReportOfAHistoryLoadsWithItsMonthAndArtefact(_ dialect: String) throws {
        let run = try CLIRunner.run(["--history", Repository.root + "/Tests/Fixtures/history", "-f", "sql", "--dialect", dialect,
                                     "-e", "select * @all"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("CREATE TABLE \"register\" (\n  \"row_order\" \(dialect == "sqlite" ? "INTEGER" : dialect == "duckdb" ? "BIGINT" : "bigint") NOT NULL,\n  \"artefact\""))
        let answers = try SQLEngine.run(dialect, script: run.stdout + """
            SELECT count(*) FROM register;
            SELECT count(*) FROM register WHERE \(dialect == "sqlite" ? "report = '2022-02'" : "report = DATE '2022-02-01'") AND status = 'Blocked';
            SELECT count(DISTINCT artefact) FROM register WHERE name = 'HH Consumption Data';
            SELECT count(DISTINCT artefact) FROM register WHERE name LIKE 'Behind the Bound%';
            SELECT count(DISTINCT artefact) FROM register WHERE kind = 'GA' AND name = 'Interface List';
            SELECT count(*) FROM (SELECT artefact FROM register GROUP BY artefact, report HAVING count(*) > 1) AS twice;
            SELECT count(DISTINCT artefact) FROM register;

            """)
        // IF-021 one artefact in three reports; BP014 one across its rename; Interface List
        // removed then new: two; no artefact twice in a report; 89 + 3 new + 4 new.
        #expect(answers == ["267", "35", "1", "1", "2", "0", "96"], "\(dialect)")
    }

    /// A diff's columns hold changes (`Apr-22->Jun-22`) as well as values, so in SQL they
    /// are text, each cell as csv writes it.
    @Test(arguments: ["sqlite", "duckdb", "postgres"])
    func aDiffLoadsAsText(_ dialect: String) throws {
        let run = try CLIRunner.run(["--history", Repository.root + "/Tests/Fixtures/history", "-f", "sql", "--dialect", dialect, "-e", "diff"])
        #expect(run.status == 0)
        let answers = try SQLEngine.run(dialect, script: run.stdout + """
            SELECT count(*) FROM register;
            SELECT dag FROM register WHERE ref = 'MHHSP-BP004';
            SELECT blocker FROM register WHERE name = 'Change of Supplier';

            """)
        #expect(answers == ["12", "Apr-22->Jun-22", "Change of Agent->"], "\(dialect)")
    }

    /// PostgreSQL would cut the name to 63 bytes, and the table would not have regq's columns.
    @Test func aColumnNamePostgreSQLWouldCutIsRefused() throws {
        let run = try CLIRunner.run(["-f", "sql", "--dialect", "postgres", "-e", "select * group by kind pivot status"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("error: PostgreSQL cuts column names to 63 bytes, and the column 'Initial review by Sub-Group completed- Update required following volumetric modelling' has 85"))
        #expect(try CLIRunner.run(["-f", "sql", "--dialect", "duckdb", "-e", "select * group by kind pivot status"]).status == 0)
    }
}

/// The SQL engines, run as a person would run them on a script.
enum SQLEngine {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `script` in a fresh database of `dialect`; the output's lines.
    static func run(_ dialect: String, script: String) throws -> [String] {
        try output(dialect, script: script).stdout.split(separator: "\n").map(String.init)
    }

    /// Runs `script` in a fresh database of `dialect`: what it wrote on standard output
    /// and standard error. It stops at the first error, and throws, unless told to go on.
    static func output(_ dialect: String, script: String, stopOnError: Bool = true) throws -> (stdout: String, stderr: String) {
        let (program, arguments): (String, [String])
        switch dialect {
        case "sqlite": (program, arguments) = (try find("sqlite3"), ["-batch", "-noheader"] + (stopOnError ? ["-bail"] : []) + [":memory:"])
        case "duckdb": (program, arguments) = (try duckdb(), ["-noheader", "-csv"] + (stopOnError ? ["-bail"] : []))
        default:
            // One throwaway cluster at a time, in a temporary folder (-t) even as root:
            // pg_virtualenv names each the same and takes the first free port, so two
            // suites (or two test runs) starting one together would collide.
            (program, arguments) = (try find("flock"), [NSTemporaryDirectory() + "regq-postgres.lock", try find("pg_virtualenv"), "-t",
                                                        "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=\(stopOnError ? 1 : 0)"])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        // Errors to a file: a pipe nobody reads while the output is read could fill and stall.
        let errorPath = NSTemporaryDirectory() + "regq-sql-errors-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(script.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errors.close()
        let errorText = (try? FileText.read(errorPath)) ?? ""
        if stopOnError, process.terminationStatus != 0 {
            throw Failed(description: "\(dialect) failed (\(process.terminationStatus)): \(errorText)")
        }
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Creating new PostgreSQL cluster") && !$0.hasPrefix("Dropping cluster") }
        return (lines.joined(separator: "\n"), errorText)
    }

    static func find(_ name: String) throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failed(description: "\(name) is not installed: make test installs it (scripts/sql-engines.sh)")
    }

    /// The DuckDB CLI: on the PATH, or the one the duckdb-cli Python package carries.
    static func duckdb() throws -> String {
        if let path = try? find("duckdb") { return path }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import duckdb_cli, os; print(os.path.dirname(duckdb_cli.__file__))"]
        let output = Pipe(), errors = Pipe()
        probe.standardOutput = output
        probe.standardError = errors
        try probe.run()
        let folder = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        probe.waitUntilExit()
        let path = folder + "/duckdb"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Failed(description: "the DuckDB CLI is not installed: make test installs it (scripts/sql-engines.sh); \(problem)")
        }
        return path
    }
}
