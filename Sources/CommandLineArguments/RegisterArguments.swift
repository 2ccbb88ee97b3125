import ArgumentParser
import Commands
import Shell

/// `-r/--register FILE` (or `-r MONTH=FILE` repeated) and `--history DIR`: the register
/// or the history a run reads, for `regq` and `regq sql` alike.
public struct RegisterArguments: ParsableArguments {
    public init() {}

    @Option(name: CommandLineOption.register.name,
            help: ArgumentHelp("Another register file, or - for standard input (default: the embedded one); MONTH=FILE, once a report, loads a history (-r Feb-22=feb.csv -r Mar-22=mar.csv).",
                               valueName: "FILE"))
    var register: [String] = []

    @Option(name: CommandLineOption.history.name, help: ArgumentHelp("Load a history: each .csv or .xlsx file in DIR is the report of the month its name gives (2022-03.csv, Mar-22.xlsx); queries run on the latest.",
                               valueName: "DIR"), completion: .directory)
    var history: [String] = []

    @Option(name: CommandLineOption.sheet.name, help: sheetHelp)
    public var sheet: String?

    public static let sheetHelp = ArgumentHelp("Read one sheet of a workbook register (of each workbook report, in a history), by its name or its number from 1 (default: every sheet with a register header).",
                                        valueName: "NAME")

    public func validate() throws {
        _ = try choice()
    }

    /// What the options name: one register, or a history.
    public func choice() throws -> RegisterChoice {
        guard history.count <= 1 else { throw ValidationError("--history names one folder of reports (\(history.joined(separator: ", ")) given)") }
        switch RegisterChoice.from(registers: register, historyFolder: history.first, sheet: sheet) {
        case .success(let choice): return choice
        case .failure(let message): throw ValidationError(message.text)
        }
    }
}
