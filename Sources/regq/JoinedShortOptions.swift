/// `-fcsv`, `-pmonth=May-22`, `-e'select *'`: a short option with its value joined to
import CommandLineArguments
/// it, as every Unix tool takes them. Both command-line readers are given the two
/// arguments instead (`-f csv`): the argument parser alone reads a joined value only when
/// it is letters and digits, and `-pmonth=May-22` as a group of flags.
enum JoinedShortOptions {
    /// The options, short and long, that take a value: the argument after one of them is
    /// that value, never an option to split.
    static let takingValues = Set(CommandLineOption.allCases.filter(\.takesValue).flatMap(\.spellings))

    static func split(_ arguments: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(arguments.count + 2)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                out += arguments[index...]
                break
            }
            if argument.count > 2, !argument.hasPrefix("--"), argument.hasPrefix("-"),
               takingValues.contains(String(argument.prefix(2))) {
                var value = argument.dropFirst(2)
                if value.first == "=" { value = value.dropFirst() }
                out += [String(argument.prefix(2)), String(value)]
            } else {
                out.append(argument)
                if takingValues.contains(argument), index + 1 < arguments.count {
                    index += 1
                    out.append(arguments[index])
                }
            }
            index += 1
        }
        return out
    }
}
