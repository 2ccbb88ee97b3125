import Foundation
import Output
import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
@testable import Commands
@testable import REPL
@testable import Shell
import TestSupport
import Testing

/// `MetaCommand.all` drives everything that names a meta-command: running it (and its
/// usage message), `.help commands`, completion at the prompt and the fields a batch run
/// loads for it. Each test goes over the whole table, so a command added there is checked
/// everywhere without a test naming it.
@Suite struct MetaCommandTableTests {
    typealias CLI = CLIRunner

    static func session(queriesFolder: String = "Queries") -> Session {
        let session = Session(workspace: .embedded)
        session.queryPath = SavedQueryPath(folders: [queriesFolder])
        return session
    }

    /// The usage messages.
    @Test func usagesAreTodays() {
        let usages = MetaCommand.all.filter { $0.argumentCount != MetaCommand.anyCount }.map(\.usage)
        #expect(usages == [".values FIELD", ".format table|csv|tsv|json|jsonl|markdown|html|bar|timeline|trend|sql",
                           ".mode table|vertical|auto", ".load [FILE|DIR]", ".reports", ".matches [MONTH]",
                           ".read FILE", ".save NAME [DESCRIPTION …]", ".save! NAME [DESCRIPTION …]",
                           ".run NAME [NAME=VALUE …]", ".param NAME [VALUE]",
                           ".output [FILE]", ".timer on|off", ".pager on|off"])
    }

    @Test func namesAreUniqueAndLowerCase() {
        #expect(Set(MetaCommand.allNames).count == MetaCommand.allNames.count)
        #expect(MetaCommand.allNames.allSatisfy { $0 == $0.lowercased() && !$0.hasPrefix(".") })
        #expect(MetaCommand.named("SAVE!")?.name == "save!")
    }

    @Test func aWrongArgumentCountShowsTheTablesUsage() throws {
        for command in MetaCommand.all where command.argumentCount != MetaCommand.anyCount {
            let count = command.argumentCount.lowerBound > 0 ? 0 : command.argumentCount.upperBound + 1
            let run = try CLI.run([], stdin: "." + command.name + String(repeating: " x", count: count) + "\n")
            #expect(run.status == 1, "\(command.name)")
            #expect(run.stderr.hasPrefix("<stdin>:1:1: error: usage: \(command.usage)\n"), "\(run.stderr)")
        }
    }

    /// The commands that take any arguments run by every name, in any case.
    @Test func everyNameRuns() throws {
        for command in MetaCommand.all where command.argumentCount == MetaCommand.anyCount {
            for name in command.names {
                let run = try CLI.run([], stdin: "." + name.uppercased() + "\n")
                #expect(run.status == 0, "\(name): \(run.stderr)")
            }
        }
    }

    /// Each command is listed once, its help on its line or, when its listing is too
    /// wide, on the next one, in the same column either way.
    @Test func helpListsEveryCommandOnceWithItsHelp() throws {
        let lines = try CLI.run(["-e", ".help commands"]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  .") }.count == MetaCommand.all.count, "\(lines)")
        let helpColumn = String(repeating: " ", count: 2 + HelpText.commandWidth)
        for command in MetaCommand.all {
            let onItsLine = "  " + command.listing.padding(toLength: HelpText.commandWidth, withPad: " ", startingAt: 0) + command.help
            let onTheNext = ["  " + command.listing, helpColumn + command.help]
            let found = lines.contains(onItsLine)
                || lines.indices.dropLast().contains { Array(lines[$0 ... $0 + 1]) == onTheNext }
            #expect(found, "\(command.listing)")
        }
    }

    @Test func theDotCompletesToEveryName() {
        let completion = Completer(session: Self.session()).complete(".")
        #expect(completion?.candidates.map(\.text) == MetaCommand.allNames.map { "." + $0 })
    }

    @Test func everyArgumentCompletesToWhatTheTableSays() throws {
        let query = try TemporaryFiles.file("blocked.rq", "select count(*)\n")
        let folder = (query as NSString).deletingLastPathComponent
        try "".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let completer = Completer(session: Self.session(queriesFolder: folder))
        for command in MetaCommand.all {
            let typed = "." + command.name + " "
            let offered = completer.complete(typed)?.candidates.map(\.text)
            switch command.argument {
            case .none: #expect(offered == nil, "\(typed)")
            case .files:
                let inFolder = completer.complete(typed + folder + "/")?.candidates.map(\.text)
                #expect(inFolder == [folder + "/blocked.rq", folder + "/notes.txt"], "\(typed)")
            case .fields: #expect(offered == Field.stored.map(\.name), "\(typed)")
            case .formats: #expect(offered == OutputFormat.names, "\(typed)")
            case .modes: #expect(offered == TableMode.names, "\(typed)")
            case .onOff: #expect(offered == ["on", "off"], "\(typed)")
            case .helpTopics: #expect(offered == HelpText.Topic.allCases.map(\.rawValue), "\(typed)")
            case .savedQueries: #expect(offered == ["blocked"], "\(typed)")
            case .reportMonths:
                // No history here: no months (HistoryCommandTests completes them with one).
                #expect(offered?.isEmpty ?? true, "\(typed)")
            }
        }
    }

    @Test func aBatchRunLoadsTheFieldsTheTableSays() {
        func columns(_ text: String) -> ColumnSelection {
            BatchInput.columns(readBy: [.source(PreparedSource(SourceFile(name: "<query>", text: text), parameters: [:], reports: []))])
        }
        for command in MetaCommand.all {
            for name in command.names {
                switch command.fields {
                case .none:
                    #expect(columns("." + name) == ColumnSelection(built: FieldSet(.kind), located: []), "\(name)")
                case .fieldNamedByArgument:
                    for field in Field.stored {
                        #expect(columns(".\(name) \(field.name)") == ColumnSelection(built: FieldSet([.kind, field]), located: []),
                                "\(name) \(field.name)")
                    }
                case .everyField:
                    #expect(columns(".\(name) x") == .all, "\(name)")
                }
            }
        }
    }
}
