#if canImport(Glibc)
import Glibc
#endif
import RegisterCSV

/// The folders saved queries are found in by name, in order, so that `.run NAME` works
/// from any folder: the project's `./Queries`, then the user's own
/// (`$XDG_DATA_HOME/regq/queries`, else `~/.local/share/regq/queries`), then the queries
/// installed beside the program (`PREFIX/share/regq/queries` for `PREFIX/bin/regq`, as
/// `make install` lays them out). `REGQ_QUERIES`, a `:`-separated list of folders,
/// replaces that list. A name in an earlier folder hides the same name in a later one.
public struct SavedQueryPath: Sendable, Equatable {
    public var folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The path this process uses, from its environment and where its binary is.
    public static func fromEnvironment() -> SavedQueryPath {
        if let list = environment("REGQ_QUERIES") {
            return SavedQueryPath(folders: list.split(separator: ":").map(String.init))
        }
        var folders = ["Queries"]
        if let data = environment("XDG_DATA_HOME") {
            folders.append(data + "/regq/queries")
        } else if let home = environment("HOME") {
            folders.append(home + "/.local/share/regq/queries")
        }
        if let installed = installedFolder() { folders.append(installed) }
        return SavedQueryPath(folders: folders)
    }

    /// `.save` writes into the first folder, the project's (or `REGQ_QUERIES`'s first).
    public var saveFolder: String { folders.first ?? "Queries" }

    /// The file of the saved query `name` (with or without `.rq`): in the first folder
    /// that holds it, or nil.
    func file(named name: String) -> String? {
        let file = name.hasSuffix(".rq") ? name : name + ".rq"
        for folder in folders {
            let path = folder + "/" + file
            if access(path, R_OK) == 0 { return path }
        }
        return nil
    }

    /// Every saved query the path offers, by folder in path order, each name once (the
    /// folder where `.run` finds it), names sorted within a folder.
    func queries() -> [(folder: String, names: [String])] {
        var seen: Set<String> = []
        var found: [(folder: String, names: [String])] = []
        for folder in folders {
            let names = Self.queryNames(in: folder).filter { seen.insert($0).inserted }
            if !names.isEmpty { found.append((folder, names)) }
        }
        return found
    }

    /// Every name `.run` can take, sorted.
    public var names: [String] { queries().flatMap(\.names).sorted() }

    /// The queries in `folder` and in the folders directly inside it (`history/slipped`,
    /// as `.run` names them), sorted.
    static func queryNames(in folder: String) -> [String] {
        let entries = Directory.entries(folder).filter { !$0.hasPrefix(".") }
        var names = entries.filter { $0.hasSuffix(".rq") }.map { String($0.dropLast(3)) }
        for inner in entries where Directory.isDirectory(folder + "/" + inner) {
            names += Directory.entries(folder + "/" + inner).filter { $0.hasSuffix(".rq") && !$0.hasPrefix(".") }
                .map { inner + "/" + String($0.dropLast(3)) }
        }
        return names.sorted()
    }

    /// `PREFIX/share/regq/queries` for a binary at `PREFIX/bin/regq`, found from the
    /// binary's own path (links resolved), so that an installed regq finds the queries
    /// installed with it wherever PREFIX is.
    static func installedFolder() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let binary = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var parts = binary.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/share/regq/queries"
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
