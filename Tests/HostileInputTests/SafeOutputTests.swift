import Foundation
import TestSupport
import Testing

extension HostileInput {
    /// Control characters and terminal escape sequences in register cells: the terminal
    /// formats show them escaped (`\x1b`), the data formats keep them exact; and a closed
    /// pipe ends the run quietly.
    @Suite struct SafeOutputTests {
        typealias Regq = HostileRunner

        /// Cells that would clear the screen, retitle the window, ring the bell, move the
        /// cursor, start an 8-bit CSI, or break a line, if written raw.
        static let hostileName = "\u{1B}[2J\u{1B}]0;owned\u{07}clear|pipe\\slash\nbreak"
        static let hostileStatus = "Blocked\r\u{1B}[1A\u{9B}31mred\u{7F}"
        /// (A line break in a list cell separates its elements, as `;` does.)
        static let hostileBlocker = "tab\there;line\u{0B}feed"
        static let hostileRef = "MHHSP-\u{08}\u{08}IF-1"

        /// A register of two artefacts, the first with hostile cells, written as RFC 4180.
        static func register() throws -> String {
            var csv = RegisterText.header
            csv += "IF,\(quoted(hostileRef)),\(quoted(hostileName)),BPRWG,Smart,\(quoted(hostileStatus)),\(quoted(hostileBlocker)),Mar-22,Apr-22,May-22\n"
            csv += "BP,MHHSP-BP-1,Plain,BPRWG,Smart,Blocked,Other,Mar-22,Apr-22,TBC\n"
            return try TemporaryFiles.file("hostile.csv", csv)
        }

        /// RFC 4180 quoting where it is needed, as regq's own CSV writes it.
        static func quoted(_ cell: String) -> String {
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }

        @Test(arguments: ["table", "markdown"])
        func terminalFormatsShowControlsEscaped(format: String) throws {
            let path = try Self.register()
            for query in ["select *", "select status, blocker, count(*) group by status, blocker", "select * group by name pivot dag"] {
                let run = try Regq.run(["-r", path, "-f", format, "-e", query])
                #expect(run.status == 0, "\(query): \(run.ending) \(run.err)")
                #expect(run.stdoutIsSafe, "\(format) of \(query) holds raw controls: \(run.out.debugDescription)")
                #expect(run.stderrIsSafe)
            }
            let run = try Regq.run(["-r", path, "-f", format, "-e", "select name, status, ref"])
            #expect(run.out.contains("\\x1b[2J\\x1b]0;owned\\x07clear"))
            #expect(run.out.contains("Blocked\\r\\x1b[1A\\x9b31mred\\x7f"))
            #expect(run.out.contains("MHHSP-\\x08\\x08IF-1"))
        }

        /// The charts draw labels from the data too: with a chart format (or its fallback)
        /// nothing raw reaches the terminal, whatever the result's shape.
        @Test(arguments: ["bar", "timeline", "trend"])
        func chartFormatsShowControlsEscaped(format: String) throws {
            let path = try Self.register()
            for query in ["select *", "select name, count(*) group by name", "select status, count(*) group by status",
                          "select blocker, count(*) group by blocker", "select name, sg, review, dag", "select * group by name pivot dag"] {
                let run = try Regq.run(["-r", path, "-f", format, "-e", query])
                #expect(run.signal == nil)
                #expect(run.status == 0 || run.status == 1, "\(query): \(run.ending)")
                #expect(run.stdoutIsSafe, "\(format) of \(query) holds raw controls: \(run.out.debugDescription)")
                #expect(run.stderrIsSafe, "\(format) of \(query): stderr holds raw controls: \(run.err.debugDescription)")
            }
        }

        /// A bidirectional override would show the rest of its line backwards, and a cell
        /// holding `\x1b` as four characters would pass for an escaped ESC: the table shows
        /// the override escaped and the backslash doubled, in results and in messages alike,
        /// while csv keeps both exact.
        @Test func bidirectionalControlsAndBackslashesAreShownEscaped() throws {
            let csv = RegisterText.header + "IF,MHHSP-IF-1,abc\u{202E}fed \u{2066}iso\u{2069},BPRWG,Smart,Blocked,back\\x1bslash,Mar-22,Apr-22,May-22\n"
            let path = try TemporaryFiles.file("bidi.csv", csv)
            for mode in ["table", "vertical"] {
                let run = try Regq.run(["-r", path, "-e", ".mode \(mode)", "-e", "select name, blocker"])
                #expect(run.status == 0, "\(run.err)")
                #expect(run.stdoutIsSafe, "\(run.out.debugDescription)")
                #expect(run.out.contains(#"abc\u{202e}fed \u{2066}iso\u{2069}"#), "\(run.out)")
                #expect(run.out.contains(#"back\\x1bslash"#), "\(run.out)")
            }
            let warning = try Regq.run(["-r", path, "-e", "select * where name = 'x\u{202E}y\\z'"])
            #expect(warning.stderrIsSafe, "\(warning.err.debugDescription)")
            #expect(warning.err.contains(#"x\u{202e}y\\z"#), "\(warning.err)")
            let exact = try Regq.run(["-r", path, "-f", "csv", "-e", "select *"])
            #expect(exact.out == csv)
        }

        @Test func csvKeepsTheDataExact() throws {
            let path = try Self.register()
            let run = try Regq.run(["-r", path, "-f", "csv", "-e", "select *"])
            #expect(run.status == 0)
            #expect(run.out == (try FileText.read(path)))
        }

        @Test func tsvKeepsTheDataExactOneRecordALine() throws {
            let path = try Self.register()
            let run = try Regq.run(["-r", path, "-f", "tsv", "-e", "select ref, name, status, blocker"])
            #expect(run.status == 0)
            #expect(run.out == "ref\tname\tstatus\tblocker\n"
                + "MHHSP-\u{08}\u{08}IF-1\t\u{1B}[2J\u{1B}]0;owned\u{07}clear|pipe\\\\slash\\nbreak\tBlocked\\r\u{1B}[1A\u{9B}31mred\u{7F}\ttab\\there;line\u{0B}feed\n"
                + "MHHSP-BP-1\tPlain\tBlocked\tOther\n")
        }

        @Test(arguments: ["json", "jsonl"])
        func jsonKeepsTheDataExactAndEscaped(format: String) throws {
            let path = try Self.register()
            let run = try Regq.run(["-r", path, "-f", format, "-e", "select ref, name, status, blocker"])
            #expect(run.status == 0)
            #expect(run.stdoutIsSafe, "JSON escapes every control character: \(run.out.debugDescription)")
            let documents = format == "json" ? [run.out] : run.out.split(separator: "\n").map(String.init)
            var objects: [[String: Any]] = []
            for document in documents {
                let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8))
                if let array = parsed as? [[String: Any]] { objects += array } else { objects.append(try #require(parsed as? [String: Any])) }
            }
            #expect(objects.count == 2)
            let first = try #require(objects.first)
            #expect(first["ref"] as? [String] == [Self.hostileRef])
            #expect(first["name"] as? String == Self.hostileName)
            #expect(first["status"] as? String == Self.hostileStatus)
            #expect(first["blocker"] as? [String] == ["tab\there", "line\u{0B}feed"])
        }

        /// What the meta-commands print about the register's values is escaped too.
        @Test func metaCommandsShowControlsEscaped() throws {
            let path = try Self.register()
            let run = try Regq.run(["-r", path], stdin: Array(".fields\n.values name\n.values status\n".utf8))
            #expect(run.status == 0, "\(run.err)")
            #expect(run.stdoutIsSafe, "\(run.out.debugDescription)")
            #expect(run.out.contains("\\x1b[2J"))
        }

        /// A suggestion drawn from the register's values is escaped in the message.
        @Test func suggestionsFromTheDataAreEscaped() throws {
            let path = try Self.register()
            let run = try Regq.run(["-r", path, "-e", "select * where status = 'blocked r1a 31mred'"])
            #expect(run.status == 0)
            #expect(run.stderrIsSafe, "\(run.err.debugDescription)")
        }

        /// `regq … | head -1`: once the reader has gone, regq stops quietly — no message, no
        /// death by SIGPIPE — with status 0 (the reader asked for no more; nothing failed).
        @Test func aClosedPipeEndsTheRunQuietly() throws {
            // Enough output to fill the pipe many times over.
            let arguments = Array(repeating: ["-e", "select *"], count: 40).flatMap { $0 }
            for format in ["table", "csv", "json"] {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: RegqProcess.binary)
                process.arguments = ["-f", format] + arguments
                process.environment = Regq.environment([:])
                let output = Pipe()
                let errorFile = try TemporaryFiles.file("stderr", "")
                let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
                process.standardOutput = output
                process.standardError = errors
                process.standardInput = FileHandle.nullDevice
                try process.run()
                _ = try output.fileHandleForReading.read(upToCount: 100)
                try output.fileHandleForReading.close()
                try output.fileHandleForWriting.close()
                process.waitUntilExit()
                try errors.close()
                #expect(process.terminationReason == .exit, "\(format): ended by signal \(process.terminationStatus)")
                #expect(process.terminationStatus == 0, "\(format): status \(process.terminationStatus)")
                #expect(try FileText.read(errorFile) == "", "\(format): a message on a closed pipe")
            }
        }

        /// The same through a shell pipeline, as a script writes it.
        @Test func headOfAPipelineSeesTheFirstLine() throws {
            let run = try Regq.shell("\"$REGQ\" -f csv" + String(repeating: " -e 'select *'", count: 40) + " | head -1")
            #expect(run.status == 0)
            #expect(run.out == RegisterText.header)
            #expect(run.err == "")
        }
    }
}
