import Foundation
import TestSupport
import Testing

extension HostileInput {
    /// Hostile inputs, run through the built binary: each ends in a clear
    /// message and exit status 1 or 2, or in a correct result, without hanging, never by a
    /// signal; and whatever it prints to standard error is short and safe on a terminal.
    @Suite struct HostileQueryTests {
        typealias Regq = HostileRunner

        /// The checks every hostile run must pass.
        static func expectWellBehaved(_ run: Regq.Run, status: Int32, _ what: String,
                                      stderrLimit: Int = 4096, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(run.signal == nil, "\(what): ended by signal \(run.signal ?? 0)", sourceLocation: sourceLocation)
            #expect(run.status == status, "\(what): \(run.ending), expected status \(status); stderr: \(run.err.prefix(600))",
                    sourceLocation: sourceLocation)
            #expect(run.seconds < RegqProcess.timeLimit, "\(what): took \(run.seconds) s", sourceLocation: sourceLocation)
            #expect(run.stderr.count <= stderrLimit, "\(what): \(run.stderr.count) bytes of messages", sourceLocation: sourceLocation)
            #expect(run.stderrIsSafe, "\(what): raw control characters or invalid UTF-8 on stderr", sourceLocation: sourceLocation)
        }

        static let ifCount = 40
        static let allCount = 89

        // MARK: - Empty

        @Test func emptyInputDoesNothingAndSucceeds() throws {
            for (arguments, stdin) in [(["-e", ""], ""), ([], ""), ([], "\n\n  \n"), ([], "-- only a comment\n"), (["-e", "   "], "")] {
                let run = try Regq.run(arguments, stdin: Array(stdin.utf8))
                Self.expectWellBehaved(run, status: 0, "empty input \(arguments) \(stdin.debugDescription)")
                #expect(run.stdout.isEmpty && run.stderr.isEmpty)
            }
        }

        @Test func onlySemicolonsDoNothingAndSucceed() throws {
            for text in [";", ";;;;", "\n;\n\n;\n", String(repeating: ";", count: 100_000)] {
                let run = try Regq.run([], stdin: Array(text.utf8))
                Self.expectWellBehaved(run, status: 0, "semicolons \(text.prefix(10).debugDescription)")
                #expect(run.stdout.isEmpty && run.stderr.isEmpty)
            }
            let run = try Regq.run(["-e", ";"])
            Self.expectWellBehaved(run, status: 0, "-e ';'")
            #expect(run.stdout.isEmpty && run.stderr.isEmpty)
        }

        // MARK: - Size

        static let megabyte = String(repeating: "a", count: 1 << 20)

        @Test func aOneMegabyteStringLiteralIsAValueNoArtefactHas() throws {
            let run = try Regq.run(["-f", "csv"], stdin: Array("select name where name = \"\(Self.megabyte)\"\n".utf8))
            Self.expectWellBehaved(run, status: 0, "1 MB literal")
            #expect(run.out == "name\n")
            #expect(run.errLines.count == 3, "\(run.err.prefix(600))")
            #expect(run.err.hasPrefix("<stdin>:1:26: warning: no artefact has name 'aaaa"))
            #expect(run.errLines.first?.hasSuffix("…'") == true, "the quoted value is cut: \(run.errLines.first?.suffix(40) ?? "")")
            // The source line is shown as a window around the caret, the underline cut with it.
            #expect(run.errLines.count > 2 && run.errLines[1].hasPrefix("  select name where name = \"aaaa") && run.errLines[1].hasSuffix("a…"))
            #expect(run.errLines.count > 2 && run.errLines[2].hasPrefix("  " + String(repeating: " ", count: 25) + "^~~~") && run.errLines[2].hasSuffix("~"))
        }

        @Test func aOneMegabyteLiteralAsLikePatternContainsAndWord() throws {
            let pattern = String(repeating: "%_", count: 1 << 19)
            let like = try Regq.run(["-f", "csv"], stdin: Array("select count(*) where name like '\(pattern)'".utf8))
            Self.expectWellBehaved(like, status: 0, "1 MB like pattern")
            #expect(like.out == "count\n0\n")

            let contains = try Regq.run(["-f", "csv"], stdin: Array("select count(*) where name contains '\(Self.megabyte)'".utf8))
            #expect(contains.seconds < RegqProcess.timeLimit, "1 MB contains: took \(contains.seconds) s")
            #expect(contains.signal == nil && contains.status == 0)
            #expect(contains.out == "count\n0\n")

            let word = try Regq.run([], stdin: Array("select \(Self.megabyte)".utf8))
            Self.expectWellBehaved(word, status: 1, "1 MB word")
            #expect(word.err.hasPrefix("<stdin>:1:8: error: unknown field 'aaaa"))
            #expect(word.errLines.first?.contains("aaaa…' (the fields are") == true)

            let digits = String(repeating: "9", count: 1 << 20)
            let limit = try Regq.run([], stdin: Array("select * limit \(digits)".utf8))
            Self.expectWellBehaved(limit, status: 1, "1 MB limit")
            #expect(limit.err.hasPrefix("<stdin>:1:16: error: limit 9999"))
            #expect(limit.errLines.first?.hasSuffix("… is too large") == true)
        }

        @Test func aHundredThousandNestedParenthesesAreTooDeep() throws {
            let text = "select * where " + String(repeating: "(", count: 100_000) + "kind = IF" + String(repeating: ")", count: 100_000)
            let run = try Regq.run([], stdin: Array(text.utf8))
            Self.expectWellBehaved(run, status: 1, "100,000 parentheses")
            #expect(run.out.isEmpty)
            #expect(run.err.hasPrefix("<stdin>:1:116: error: condition nested too deeply (more than 100 levels of parentheses or 'not')\n"))
            #expect(run.errLines.count == 3)
        }

        @Test func aHundredThousandNotsAreTooDeep() throws {
            let text = "select * where " + String(repeating: "not ", count: 100_000) + "kind = IF"
            let run = try Regq.run([], stdin: Array(text.utf8))
            Self.expectWellBehaved(run, status: 1, "100,000 nots")
            #expect(run.err.hasPrefix("<stdin>:1:416: error: condition nested too deeply (more than 100 levels of parentheses or 'not')\n"))
            #expect(run.errLines.count == 3)
        }

        @Test func aHundredNotsAreFine() throws {
            let run = try Regq.run(["-f", "csv", "-e", "select count(*) where " + String(repeating: "not ", count: 100) + "kind = IF"])
            Self.expectWellBehaved(run, status: 0, "100 nots")
            #expect(run.out == "count\n\(Self.ifCount)\n")
        }

        @Test func aTwentyThousandValueInListOfAbsentValues() throws {
            let values = (0 ..< 20_000).map { "v\($0)" }.joined(separator: ", ")
            let run = try Regq.run(["-f", "csv"], stdin: Array("select name where name in (\(values))\n".utf8))
            Self.expectWellBehaved(run, status: 0, "20,000 absent values")
            #expect(run.out == "name\n")
            #expect(run.err.hasPrefix("<stdin>:1:28: warning: no artefact has name 'v0'\n"))
            #expect(run.errLines.filter { $0.contains("warning:") }.count == 10, "\(run.err.prefix(2000))")
            #expect(run.errLines.filter { $0.contains(": note: … and 19990 more values no artefact has") }.count == 1)
            #expect(run.errLines.allSatisfy { $0.count <= 2 + DiagnosticWindow.maximumLine })
        }

        @Test func aTwentyThousandValueInListOfRealValues() throws {
            let values = (0 ..< 20_000).map { ["IF", "BP", "'Blocked'", "May-22"][$0 % 4] }
            let kinds = try Regq.run(["-f", "csv"], stdin: Array("select count(*) where kind in (\(values.filter { $0.count == 2 }.joined(separator: ",")))".utf8))
            Self.expectWellBehaved(kinds, status: 0, "20,000 kinds")
            #expect(kinds.out == "count\n64\n")
            let months = try Regq.run(["-f", "csv"], stdin: Array("select count(*) where dag not in (\(Array(repeating: "May-22", count: 20_000).joined(separator: ",")))".utf8))
            Self.expectWellBehaved(months, status: 0, "20,000 months")
            let may = try Regq.run(["-f", "csv", "-e", "select count(*) where dag = May-22"])
            #expect(Int(months.out.split(separator: "\n").last ?? "")! + Int(may.out.split(separator: "\n").last ?? "")! == Self.allCount)
        }

        @Test func aFiveThousandTermAndChain() throws {
            let chain = Array(repeating: "kind = IF", count: 5_000).joined(separator: " and ")
            let run = try Regq.run(["-f", "csv", "-e", "select count(*) where \(chain)"])
            Self.expectWellBehaved(run, status: 0, "5,000 ands")
            #expect(run.out == "count\n\(Self.ifCount)\n")

            let or = Array(repeating: "kind = IF", count: 5_000).joined(separator: " or ")
            let orRun = try Regq.run(["-f", "csv", "-e", "select count(*) where \(or)"])
            Self.expectWellBehaved(orRun, status: 0, "5,000 ors")
            #expect(orRun.out == "count\n\(Self.ifCount)\n")

            let explain = try Regq.run(["-e", "explain select * where \(chain)"])
            Self.expectWellBehaved(explain, status: 0, "explain of 5,000 ands")
            #expect(explain.out.hasSuffix("kind = IF 40\n"))

            let having = Array(repeating: "count > 1", count: 5_000).joined(separator: " and ")
            let havingRun = try Regq.run(["-f", "csv", "-e", "select kind, count(*) group by kind having \(having) order by kind"])
            Self.expectWellBehaved(havingRun, status: 0, "5,000 terms in having")
            #expect(havingRun.out == "kind,count\nBP,24\nIF,40\nBRS,10\nGA,5\nTD,10\n")
        }

        // MARK: - Bytes

        @Test func nulBytesInAQueryAreUnexpectedCharacters() throws {
            let run = try Regq.run([], stdin: Array("select \0 from IF\n".utf8))
            Self.expectWellBehaved(run, status: 1, "NUL in a query")
            #expect(run.err == """
                <stdin>:1:8: error: unexpected character '\\x00'; expected '*', a kind, a field or an aggregate such as count(*)
                  select   from IF
                         ^

                """)
            let quoted = try Regq.run(["-f", "csv"], stdin: Array("select count(*) where name = 'a\0b'\n".utf8))
            Self.expectWellBehaved(quoted, status: 0, "NUL in a literal")
            #expect(quoted.out == "count\n0\n")
            #expect(quoted.err.hasPrefix("<stdin>:1:30: warning: no artefact has name 'a\\x00b'\n"))
            // 256 KB of NULs is 262,144 one-byte tokens for the statement splitter; a debug
            // build spends about 0.5 µs on each, so a megabyte would need half a second alone.
            let many = try Regq.run([], stdin: [UInt8](repeating: 0, count: 1 << 18))
            Self.expectWellBehaved(many, status: 1, "256 KB of NULs")
            #expect(many.err.hasPrefix("<stdin>:1:1: error: unexpected character '\\x00'; expected 'select'"))
        }

        @Test func invalidUTF8InAQuery() throws {
            let literal = try Regq.run(["-f", "csv"], stdin: Array("select count(*) where name = '".utf8) + [0xFF, 0xFE, 0xC3] + Array("'\n".utf8))
            Self.expectWellBehaved(literal, status: 0, "invalid UTF-8 in a literal")
            #expect(literal.out == "count\n0\n")
            #expect(literal.err.hasPrefix("<stdin>:1:30: warning: no artefact has name '\u{FFFD}\u{FFFD}\u{FFFD}'\n"))

            let word = try Regq.run([], stdin: Array("select ".utf8) + [0xE2, 0x82, 0xFF, 0xC0] + Array(" from IF\n".utf8))
            Self.expectWellBehaved(word, status: 1, "invalid UTF-8 as a word")
            #expect(word.err.hasPrefix("<stdin>:1:8: error: unknown field '\u{FFFD}\u{FFFD}\u{FFFD}'"))

            let stray = try Regq.run([], stdin: [0x80, 0x80, 0xBF] + Array(" select *\n".utf8))
            Self.expectWellBehaved(stray, status: 1, "stray continuation bytes")
            #expect(stray.err.hasPrefix("<stdin>:1:1: error: unexpected character"))
        }

        @Test func controlCharactersAndEscapesInAQueryAreShownEscaped() throws {
            let escape = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[31m"
            let run = try Regq.run([], stdin: Array("select count(*) where name = '\(escape)' and status = blocked\n".utf8))
            Self.expectWellBehaved(run, status: 0, "escape sequences in a literal")
            #expect(run.err.hasPrefix("<stdin>:1:30: warning: no artefact has name '\\x1b]0;owned\\x07\\x1b[2J\\x1b[31m'\n"))
            let word = try Regq.run([], stdin: Array("select na\u{1B}[31mme\n".utf8))
            Self.expectWellBehaved(word, status: 1, "an escape sequence in a word")
            #expect(word.err.hasPrefix("<stdin>:1:10: error: unexpected character '\\x1b'"))
            let c1 = try Regq.run([], stdin: Array("select * where name = '\u{9B}2J'\n".utf8))
            Self.expectWellBehaved(c1, status: 0, "a C1 control in a literal")
            #expect(c1.err.contains("'\\x9b2J'"))
            let explain = try Regq.run(["-p", "title=\u{1B}]0;owned\u{07}"], stdin: Array("explain select * where name = '\u{1B}[2J' or name = $title\n".utf8))
            Self.expectWellBehaved(explain, status: 0, "escape sequences in explain")
            #expect(explain.stdoutIsSafe, "\(explain.out.debugDescription)")
            #expect(explain.out.hasPrefix("explain select * where name = \"\\x1b[2J\" or name = \"\\x1b]0;owned\\x07\"\n"))
        }

        // MARK: - Numbers and parameters

        @Test func integersThatOverflow() throws {
            let run = try Regq.run(["-e", "select * limit 99999999999999999999"])
            Self.expectWellBehaved(run, status: 1, "limit overflow")
            #expect(run.err == """
                <query>:1:16: error: limit 99999999999999999999 is too large
                  select * limit 99999999999999999999
                                 ^~~~~~~~~~~~~~~~~~~~

                """)
            let largest = try Regq.run(["-f", "csv", "-e", "select kind limit 9223372036854775807"])
            Self.expectWellBehaved(largest, status: 0, "limit Int.max")
            #expect(largest.out.split(separator: "\n").count == Self.allCount + 1)

            let parameter = try Regq.run(["-p", "n=99999999999999999999", "-e", "select * limit $n"])
            Self.expectWellBehaved(parameter, status: 1, "limit overflow through a parameter")
            #expect(parameter.err.hasPrefix("<query>:1:16: error: parameter '$n' is '99999999999999999999', but 'limit' needs a whole number\n"))

            let having = try Regq.run(["-e", "select kind, count(*) group by kind having count > 99999999999999999999"])
            Self.expectWellBehaved(having, status: 1, "an overflowing number in having")
            #expect(having.err.hasPrefix("<query>:1:52: error: expected a whole number, found '99999999999999999999'\n"))

            let month = try Regq.run(["-e", "select * where dag < 99999999999999999999-05"])
            Self.expectWellBehaved(month, status: 1, "an overflowing year")
            #expect(month.err.hasPrefix("<query>:1:22: error: expected a month, like May-22 or 2022-05, found '99999999999999999999-05'\n"))
        }

        @Test func negativeLimits() throws {
            let run = try Regq.run(["-e", "select * limit -1"])
            Self.expectWellBehaved(run, status: 1, "limit -1")
            #expect(run.err == """
                <query>:1:16: error: expected a whole number of rows after 'limit', found '-1'
                  select * limit -1
                                 ^~

                """)
            let parameter = try Regq.run(["-p", "n=-5", "-e", "select * limit $n"])
            Self.expectWellBehaved(parameter, status: 1, "limit -5 through a parameter")
            #expect(parameter.err.hasPrefix("<query>:1:16: error: parameter '$n' is '-5', but 'limit' needs a whole number\n"))
            let zero = try Regq.run(["-e", "select * limit 0"])
            Self.expectWellBehaved(zero, status: 0, "limit 0")
            #expect(zero.out.hasSuffix("(0 rows)\n"))
        }

        @Test func unknownParameters() throws {
            let run = try Regq.run(["-e", "select * where dag < $nope"])
            Self.expectWellBehaved(run, status: 1, "unknown parameter")
            #expect(run.err == """
                <query>:1:22: error: parameter '$nope' is not set
                  select * where dag < $nope
                                       ^~~~~
                  hint: set it with --param nope=VALUE, or .param nope VALUE in the REPL

                """)
            let close = try Regq.run(["-p", "month=May-22", "-e", "select * where dag < $mnth"])
            Self.expectWellBehaved(close, status: 1, "misspelt parameter")
            #expect(close.err.contains("  hint: did you mean '$month'?\n"))
            let bare = try Regq.run(["-e", "select * where dag < $"])
            Self.expectWellBehaved(bare, status: 1, "a lone $")
            #expect(bare.err.hasPrefix("<query>:1:22: error: unexpected character '$'; expected a field or a value\n"))
            let huge = try Regq.run([], stdin: Array(("select * where dag < $" + Self.megabyte).utf8))
            Self.expectWellBehaved(huge, status: 1, "a 1 MB parameter name")
            #expect(huge.err.hasPrefix("<stdin>:1:22: error: parameter '$aaaa"))
            let meta = try Regq.run([], stdin: Array(".run nothing-there\n".utf8), environment: ["REGQ_QUERIES": "Queries"])
            Self.expectWellBehaved(meta, status: 2, "running a query file that is not there")
            #expect(meta.err == "error: no saved query 'nothing-there' in Queries (.queries lists them)\n")
        }

        // MARK: - Meta-commands

        @Test func hostileMetaCommands() throws {
            let huge = try Regq.run([], stdin: Array(("." + Self.megabyte + "\n").utf8))
            Self.expectWellBehaved(huge, status: 1, "a 1 MB meta-command")
            #expect(huge.err.hasPrefix("<stdin>:1:1: error: unknown command '.aaaa"))
            let escape = try Regq.run([], stdin: Array(".format \u{1B}[31mred\n".utf8))
            Self.expectWellBehaved(escape, status: 1, "an escape in a meta-command")
            #expect(escape.err.hasPrefix("<stdin>:1:9: error: unknown format '\\x1b[31mred'"))
            let lone = try Regq.run([], stdin: Array(".\n".utf8))
            Self.expectWellBehaved(lone, status: 1, "a lone dot")
            #expect(lone.err.hasPrefix("<stdin>:1:1: error: expected a command after '.', such as .help\n"))
            let quote = try Regq.run([], stdin: Array(".param x \"unclosed\n".utf8))
            Self.expectWellBehaved(quote, status: 0, "an unclosed quote in a meta-command")
            let deep = try TemporaryFiles.file("self.rq", ".read self.rq\n")
            let loop = try Regq.run([deep], directory: (deep as NSString).deletingLastPathComponent)
            Self.expectWellBehaved(loop, status: 2, "a file that reads itself")
            #expect(loop.err.hasSuffix("error: self.rq: files read each other more than 16 deep\n"))
        }

        /// A file that never ends (`/dev/zero`) or is far too large is refused once it
        /// passes 16 MB, not read until memory runs out.
        @Test func endlessQueryFilesAreRefused() throws {
            let file = try Regq.run(["/dev/zero"])
            Self.expectWellBehaved(file, status: 2, "regq /dev/zero")
            #expect(file.err == "error: cannot read /dev/zero: it holds more than 16 MB, which no query file does\n")
            let read = try Regq.run([], stdin: Array(".read /dev/zero\n".utf8))
            Self.expectWellBehaved(read, status: 2, ".read /dev/zero")
            #expect(read.err == "error: cannot read /dev/zero: it holds more than 16 MB, which no query file does\n")
            let empty = try Regq.run(["/dev/null"])
            Self.expectWellBehaved(empty, status: 0, "regq /dev/null")
            #expect(empty.stdout.isEmpty && empty.stderr.isEmpty)
        }

        /// A register that never ends: refused, not read until memory runs out. (Memory is
        /// limited to 1 GB here so that a regression cannot exhaust the machine.)
        @Test func anEndlessRegisterIsRefused() throws {
            // AddressSanitizer cannot start under `ulimit -v`; it has a limit of its own.
            let limit = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil
                ? "ulimit -v 1000000; " : "ASAN_OPTIONS=\"$ASAN_OPTIONS:hard_rss_limit_mb=1000\"; export ASAN_OPTIONS; "
            let run = try Regq.shell(limit + "exec \"$REGQ\" -r /dev/zero -e 'select *'")
            #expect(run.signal == nil && run.status == 2, "\(run.ending): \(run.err.prefix(200))")
            #expect(run.seconds < RegqProcess.timeLimit)
            #expect(run.err.hasPrefix("/dev/zero: cannot read the register: it is a device, not a file\n"))
        }

        /// Other shapes that stress the parser: many columns, many keys, statements and lines.
        @Test func otherHostileShapes() throws {
            let columns = Array(repeating: "name", count: 20_000).joined(separator: ", ")
            let duplicate = try Regq.run([], stdin: Array("select \(columns)".utf8))
            Self.expectWellBehaved(duplicate, status: 1, "20,000 duplicate columns", stderrLimit: 8192)
            #expect(duplicate.err.contains("error: duplicate column name 'name'"))
            #expect(duplicate.errLines.last?.hasPrefix("note: … and ") == true && duplicate.errLines.last?.hasSuffix(" more errors not shown") == true)

            let keys = Array(repeating: "name desc", count: 20_000).joined(separator: ", ")
            let order = try Regq.run(["-f", "csv"], stdin: Array("select kind order by \(keys) limit 1".utf8))
            Self.expectWellBehaved(order, status: 0, "20,000 order keys")
            #expect(order.out.hasPrefix("kind\n"))

            let statements = String(repeating: "select count(*) from GA;", count: 1_000)
            let many = try Regq.run(["-f", "csv"], stdin: Array(statements.utf8))
            Self.expectWellBehaved(many, status: 0, "1,000 statements")
            #expect(many.out == String(repeating: "count\n5\n", count: 1_000))

            let lines = "select count(*)\n" + String(repeating: "-- a comment\n", count: 100_000) + "from GA\n"
            let long = try Regq.run(["-f", "csv"], stdin: Array(lines.utf8))
            Self.expectWellBehaved(long, status: 0, "100,000 comment lines")
            #expect(long.out == "count\n5\n")

            // Blanks before the first token of a long line: the splitter looks back from each
            // token only to the previous one, not to the start of the line.
            let blanks = String(repeating: " ", count: 200_000) + "select count(*) where "
                + String(repeating: "kind = IF and ", count: 10_000) + "kind = IF\n"
            let indented = try Regq.run(["-f", "csv"], stdin: Array(blanks.utf8))
            Self.expectWellBehaved(indented, status: 0, "200,000 blanks then 40,000 tokens")
            #expect(indented.out == "count\n40\n")

            let errorOnLastLine = String(repeating: "\n", count: 200_000) + "select * from XX\n"
            let late = try Regq.run([], stdin: Array(errorOnLastLine.utf8))
            Self.expectWellBehaved(late, status: 1, "an error on line 200,001")
            #expect(late.err.hasPrefix("<stdin>:200001:15: error: unknown kind 'XX'"))

            let unterminated = try Regq.run([], stdin: Array(("select * where name = '" + Self.megabyte).utf8))
            Self.expectWellBehaved(unterminated, status: 1, "an unterminated 1 MB string")
            #expect(unterminated.err.hasPrefix("<stdin>:1:23: error: unterminated string: the quote opened here never closes\n"))
        }
    }
}

/// The longest line a diagnostic shows: the window, two `…` and a little slack.
enum DiagnosticWindow {
    static let maximumLine = 100 + 8 + 2
}
