import Foundation
import TestSupport
import Testing

/// Saved queries found by name from any folder: the project's `Queries`, the user's
/// folder, the queries installed beside the program, or `REGQ_QUERIES` instead; and
/// `.save`, which writes a described script that runs on its own.
@Suite struct SavedQueryPathTests {
    typealias CLI = CLIRunner
    static let utf8 = ["LC_ALL": "C.UTF-8"]

    /// A folder holding `files` (name → contents).
    static func folder(_ files: [String: String]) throws -> String {
        let folder = try TemporaryFiles.folder()
        for (name, contents) in files {
            try contents.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// `make install-files PREFIX=…` lays regq out as `make install` does; the installed
    /// copy then finds its queries from any folder, as the README's pipe does.
    @Test func anInstalledRegqFindsItsQueriesFromAnyFolder() throws {
        let prefix = try TemporaryFiles.folder() + "/prefix"
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["make", "--no-print-directory", "-s", "install-files", "PREFIX=" + prefix, "BINARY=" + RegqProcess.binary]
        make.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        let installed = prefix + "/bin/regq"
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Queries").filter { $0.hasSuffix(".rq") }.sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix + "/share/regq/queries").sorted() == shipped)

        let piped = try CLI.run(["-f", "timeline"], stdin: ".run reaching-review-stage month=May-22\n",
                                environment: Self.utf8, directory: "/tmp", binary: installed)
        #expect(piped.status == 0, "\(piped.stderr)")
        let direct = try CLI.run(["-f", "timeline", "-p", "month=May-22", "Queries/reaching-review-stage.rq"],
                                 environment: Self.utf8, directory: Repository.root)
        #expect(piped.stdout == direct.stdout)
        #expect(!piped.stdout.isEmpty)

        let listed = try CLI.run([], stdin: ".queries\n", directory: "/tmp", binary: installed)
        #expect(listed.stdout.hasPrefix(prefix + "/share/regq/queries:\n"), "\(listed.stdout)")
        #expect(listed.stdout.split(separator: "\n").count == shipped.count + 1)
    }

    /// From a folder with no `Queries`, the user's folder is next, from `XDG_DATA_HOME`
    /// or else from `HOME`.
    @Test func theUsersOwnFolder() throws {
        let data = try Self.folder([:])
        try FileManager.default.createDirectory(atPath: data + "/regq/queries", withIntermediateDirectories: true)
        try "-- all the interfaces\nselect count(*) from IF\n".write(toFile: data + "/regq/queries/ifs.rq", atomically: true, encoding: .utf8)
        let run = try CLI.run(["-f", "csv"], stdin: ".run ifs\n.queries\n", environment: ["XDG_DATA_HOME": data], directory: "/tmp")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n40\n\(data)/regq/queries:\n  ifs  all the interfaces\n")

        let home = try Self.folder([:])
        try FileManager.default.createDirectory(atPath: home + "/.local/share/regq/queries", withIntermediateDirectories: true)
        try "select count(*) from BP\n".write(toFile: home + "/.local/share/regq/queries/bps.rq", atomically: true, encoding: .utf8)
        let fromHome = try CLI.run(["-f", "csv"], stdin: ".run bps\n", environment: ["XDG_DATA_HOME": "", "HOME": home], directory: "/tmp")
        #expect(fromHome.status == 0, "\(fromHome.stderr)")
        #expect(fromHome.stdout.hasPrefix("count\n"))
    }

    /// The project's `Queries` comes first: its query of a name hides the user's.
    @Test func theProjectsQueriesComeFirst() throws {
        let data = try Self.folder([:])
        try FileManager.default.createDirectory(atPath: data + "/regq/queries", withIntermediateDirectories: true)
        try "-- mine\nselect count(*)\n".write(toFile: data + "/regq/queries/blocked.rq", atomically: true, encoding: .utf8)
        try "-- mine too\nselect count(*)\n".write(toFile: data + "/regq/queries/mine.rq", atomically: true, encoding: .utf8)
        let project = try CLI.run(["-f", "csv", "Queries/blocked.rq"], directory: Repository.root)
        let run = try CLI.run(["-f", "csv"], stdin: ".run blocked\n", environment: ["XDG_DATA_HOME": data], directory: Repository.root)
        #expect(run.stdout == project.stdout)
        let listed = try CLI.run([], stdin: ".queries\n", environment: ["XDG_DATA_HOME": data], directory: Repository.root)
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.first == "Queries:")
        #expect(lines.suffix(2).first == "\(data)/regq/queries:", "\(listed.stdout)")
        #expect(lines.last?.hasPrefix("  mine ") == true && lines.last?.hasSuffix(" mine too") == true)
        #expect(lines.filter { $0.hasPrefix("  blocked ") }.count == 1, "the hidden one is not listed")
    }

    /// `REGQ_QUERIES` replaces the list: its folders alone, in its order.
    @Test func regqQueriesReplacesTheList() throws {
        let first = try Self.folder(["x.rq": "select count(*) from IF\n"])
        let second = try Self.folder(["x.rq": "select count(*) from BP\n", "y.rq": "select count(*)\n"])
        let run = try CLI.run(["-f", "csv"], stdin: ".run x\n.run y\n", environment: ["REGQ_QUERIES": first + ":" + second], directory: "/tmp")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n40\ncount\n89\n")
        let missing = try CLI.run([], stdin: ".run blocked\n", environment: ["REGQ_QUERIES": first], directory: Repository.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: no saved query 'blocked' in \(first) (.queries lists them)\n")
    }

    @Test func aMissingQueryNamesWhereItWasLookedFor() throws {
        let run = try CLI.run([], stdin: ".run nothing-by-that-name\n", directory: "/tmp")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: no saved query 'nothing-by-that-name' in Queries, /nonexistent/regq-tests/regq/queries, "),
                "\(run.stderr)")
    }

    /// `.save NAME DESCRIPTION` writes a script: it runs on its own, and `.queries` shows
    /// its description. `.save` never replaces a file; `.save!` does.
    @Test func saveWritesADescribedScript() throws {
        let folder = try TemporaryFiles.folder()
        let run = try CLI.run([], stdin: "select count(*) from IF\n.save ifs the interfaces, counted\n.queries\n", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "saved Queries/ifs.rq\n")
        #expect(run.stdout.hasSuffix("Queries:\n  ifs  the interfaces, counted\n"))
        let path = folder + "/Queries/ifs.rq"
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/usr/bin/env regq\n-- the interfaces, counted\nselect count(*) from IF\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o755)
        let script = try RegqOnPath.run(path, ["-f", "csv"], directory: folder)
        #expect(script.stdout == "count\n40\n", "\(script.stderr)")

        let again = try CLI.run([], stdin: "select count(*) from BP\n.save ifs\n", directory: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("cannot save Queries/ifs.rq: it already exists (.save! ifs replaces it)"))
        let replaced = try CLI.run([], stdin: "select count(*) from BP\n.save! ifs business processes\n", directory: folder)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/usr/bin/env regq\n-- business processes\nselect count(*) from BP\n")
    }
}
