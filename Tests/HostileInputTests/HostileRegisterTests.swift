import Foundation
import TestSupport
import Testing

extension HostileInput {
    /// Register files a spreadsheet (or an attacker) might save: each is refused whole with
    /// a message naming the line, status 2, or read correctly — without hanging, never a
    /// signal, and with messages safe on a terminal.
    @Suite struct HostileRegisterTests {
        typealias Regq = HostileRunner
        static let row = "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n"

        static func load(_ bytes: [UInt8], _ arguments: [String] = ["-f", "csv", "-e", "select name, status"]) throws -> (Regq.Run, String) {
            let path = try TemporaryFiles.file("register.csv", bytes)
            return (try Regq.run(["-r", path] + arguments), path)
        }

        static func load(_ text: String, _ arguments: [String] = ["-f", "csv", "-e", "select name, status"]) throws -> (Regq.Run, String) {
            try load(Array(text.utf8), arguments)
        }

        @Test func nulBytesInACellAreDataShownEscaped() throws {
            let (run, path) = try Self.load(RegisterText.header + "GA,,Glo\0ssary,BPRWG,All,Main\0tenance,,Mar-22,Mar-22,Apr-22\n",
                                            ["-e", "select name, status"])
            HostileQueryTests.expectWellBehaved(run, status: 0, "NUL in cells")
            #expect(run.out.contains("Glo\\x00ssary  Main\\x00tenance"))
            let csv = try Regq.run(["-r", path, "-f", "csv", "-e", "select *"])
            #expect(csv.out == (try FileText.read(path)))
        }

        @Test func nulBytesInTheHeaderOrAMonthAreRefused() throws {
            let (header, path) = try Self.load("kind,ref,na\0me,wg,subgroups,status,blocker,sg,review,dag\n" + Self.row)
            HostileQueryTests.expectWellBehaved(header, status: 2, "NUL in the header")
            #expect(header.err.hasPrefix("\(path):1: unknown column 'na\\x00me'; did you mean 'name'?\n"))
            let (month, monthPath) = try Self.load(RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr\0-22\n")
            HostileQueryTests.expectWellBehaved(month, status: 2, "NUL in a month")
            #expect(month.err.hasPrefix("\(monthPath):2: column 'dag': 'Apr\\x00-22' is not a month"))
        }

        @Test func invalidUTF8IsRefusedWithTheLine() throws {
            let bytes = Array((RegisterText.header + Self.row).utf8) + Array("GA,,Gloss".utf8) + [0xFF, 0xC3] + Array("ary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n".utf8)
            let (run, path) = try Self.load(bytes)
            HostileQueryTests.expectWellBehaved(run, status: 2, "invalid UTF-8 in a register")
            #expect(run.err == "\(path):3: bytes that are not UTF-8 (save the file as UTF-8)\n\(path): register refused: nothing was loaded\n")
            #expect(run.stdout.isEmpty)
            // Latin-1 as a spreadsheet might save it.
            let (latin1, latin1Path) = try Self.load(Array(RegisterText.header.utf8) + Array("GA,,Caf".utf8) + [0xE9] + Array(",BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n".utf8))
            HostileQueryTests.expectWellBehaved(latin1, status: 2, "Latin-1 in a register")
            #expect(latin1.err.hasPrefix("\(latin1Path):2: bytes that are not UTF-8"))
        }

        @Test func escapeSequencesInARefusedCellAreShownEscaped() throws {
            let (run, path) = try Self.load(RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,\"\u{1B}[2J\u{1B}]0;owned\u{07}\"\n")
            HostileQueryTests.expectWellBehaved(run, status: 2, "escape sequences in a bad month")
            #expect(run.err.hasPrefix("\(path):2: column 'dag': '\\x1b[2J\\x1b]0;owned\\x07' is not a month"))
            let (kind, kindPath) = try Self.load(RegisterText.header + "\u{9B}2J,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n")
            HostileQueryTests.expectWellBehaved(kind, status: 2, "a C1 control as a kind")
            #expect(kind.err.hasPrefix("\(kindPath):2: column 'kind': '\\x9b2J' is not a kind"))
        }

        @Test func escapeSequencesInARefusedCellAreShownEscapedByLoad() throws {
            let path = try TemporaryFiles.file("bad.csv", RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,\"\u{1B}[2J\"\n")
            let run = try Regq.run([], stdin: Array(".load \(path)\n".utf8))
            HostileQueryTests.expectWellBehaved(run, status: 2, ".load of escape sequences in a bad month")
            #expect(run.err.hasPrefix("\(path):2: column 'dag': '\\x1b[2J' is not a month"))
        }

        @Test func aOneMegabyteCellIsData() throws {
            let big = String(repeating: "n", count: 1 << 20)
            let (run, _) = try Self.load(RegisterText.header + "GA,,\(big),BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n",
                                         ["-f", "csv", "-e", "select count(*) where name contains 'nnn'"])
            HostileQueryTests.expectWellBehaved(run, status: 0, "a 1 MB cell")
            #expect(run.out == "count\n1\n")
            let (table, _) = try Self.load(RegisterText.header + "GA,,\(big),BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n", ["-e", "select name"])
            HostileQueryTests.expectWellBehaved(table, status: 0, "a 1 MB cell in a table")
            #expect(table.stdout.count > 1 << 20)
        }

        @Test func aOneMegabyteBadCellGivesAShortMessage() throws {
            let big = String(repeating: "x", count: 1 << 20)
            let (run, path) = try Self.load(RegisterText.header + "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,\(big)\n")
            HostileQueryTests.expectWellBehaved(run, status: 2, "a 1 MB bad month")
            #expect(run.err.hasPrefix("\(path):2: column 'dag': 'xxxx"))
            let (header, _) = try Self.load(big + "," + RegisterText.header + Self.row)
            HostileQueryTests.expectWellBehaved(header, status: 2, "a 1 MB column name")
            let (ignored, ignoredPath) = try Self.load(big + "," + RegisterText.header + "x," + Self.row)
            HostileQueryTests.expectWellBehaved(ignored, status: 0, "a 1 MB column name outside the schema")
            #expect(ignored.err == "note: \(ignoredPath): column '\(big.prefix(39))…' is not a register field; ignored\n")
        }

        @Test func manyProblemsAreCapped() throws {
            let bad = String(repeating: "XX,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n", count: 20_000)
            let (run, path) = try Self.load(RegisterText.header + bad)
            HostileQueryTests.expectWellBehaved(run, status: 2, "20,000 bad rows")
            #expect(run.errLines.count == 22)
            #expect(run.errLines[20] == "\(path): … and 19980 more problems")
            let columns = String(repeating: "x,", count: 40_000) + "x\n"
            let (wide, widePath) = try Self.load(columns)
            #expect(wide.seconds < RegqProcess.timeLimit, "40,001 unknown columns: took \(wide.seconds) s")
            #expect(wide.signal == nil && wide.status == 2)
            #expect(wide.stderrIsSafe)
            #expect(wide.errLines.count == 22)
            #expect(wide.errLines.last == "\(widePath): register refused: nothing was loaded")
            let (fields, _) = try Self.load(RegisterText.header + String(repeating: ",", count: 100_000) + "\n")
            HostileQueryTests.expectWellBehaved(fields, status: 2, "a row of 100,001 fields")
            #expect(fields.err.contains(":2: expected 10 fields, found 100001\n"))
        }

        @Test func emptyAndStrangeFiles() throws {
            let (empty, emptyPath) = try Self.load("")
            HostileQueryTests.expectWellBehaved(empty, status: 2, "an empty register")
            #expect(empty.err.hasPrefix("\(emptyPath):1: the file is empty"))
            let (headerOnly, _) = try Self.load(RegisterText.header)
            HostileQueryTests.expectWellBehaved(headerOnly, status: 0, "a header only")
            #expect(headerOnly.out == "name,status\n")
            let (unterminated, unterminatedPath) = try Self.load(RegisterText.header + "GA,,\"Glossary" + String(repeating: "\n", count: 10_000))
            HostileQueryTests.expectWellBehaved(unterminated, status: 2, "an unterminated quote")
            #expect(unterminated.err.hasPrefix("\(unterminatedPath):2: "))
            let (bomCRLF, _) = try Self.load("\u{FEFF}" + (RegisterText.header + Self.row).replacingOccurrences(of: "\n", with: "\r\n"))
            HostileQueryTests.expectWellBehaved(bomCRLF, status: 0, "a BOM and CRLF")
            #expect(bomCRLF.out == "name,status\nGlossary,Maintenance\n")
            let folder = try TemporaryFiles.folder()
            let directory = try Regq.run(["-r", folder, "-e", "select *"])
            HostileQueryTests.expectWellBehaved(directory, status: 2, "a folder as the register")
            #expect(directory.err.hasPrefix("\(folder): cannot read the register: it is a directory\n"))
            let null = try Regq.run(["-r", "/dev/null", "-e", "select *"])
            HostileQueryTests.expectWellBehaved(null, status: 2, "/dev/null as the register")
            let program = try TemporaryFiles.file("program", (0 ..< (1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
            let binary = try Regq.run(["-r", program, "-e", "select *"])
            HostileQueryTests.expectWellBehaved(binary, status: 2, "a megabyte of binary as the register")
            #expect(binary.err.contains("bytes that are not UTF-8"))
        }
    }
}
