#if canImport(Glibc)
import Glibc
#endif
import Shell

/// A command of regq's made by another executable installed beside this one
/// (`regq report` is `regq-report`): the process becomes that executable, with the same
/// standard streams and the arguments after the command's word.
enum SiblingCommand {
    static func replaceProcess(with name: String, arguments: [String]) -> Never {
        let path = directoryOfThisExecutable() + "/" + name
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno)).lowercased()
        Terminal.writeError("error: this command is made by \(name), which should be beside regq (\(path)): \(reason); `make install` installs both\n")
        Glibc.exit(2)
    }

    /// The folder this executable is in, as the kernel knows it (links followed).
    static func directoryOfThisExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = count > 0 ? String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
