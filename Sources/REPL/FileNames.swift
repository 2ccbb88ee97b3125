import RegisterCSV
import Shell

/// File-name candidates for `.load`, `.read` and `.output`: the entries of the folder
/// typed so far, a folder ending in `/` so that Tab can go on into it.
enum FileNames {
    static func candidates(for partial: String) -> [CompletionCandidate] {
        let slash = partial.lastIndex(of: "/")
        let folder = slash.map { String(partial[...$0]) } ?? ""
        let base = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let listed = folder.isEmpty ? "." : folder
        return Directory.entries(listed)
            .filter { !$0.hasPrefix(".") || base.hasPrefix(".") }
            .sorted()
            .map { name in
                let isFolder = Directory.isDirectory(listed + "/" + name)
                return CompletionCandidate(folder + name, terminator: isFolder ? "/" : " ", label: name + (isFolder ? "/" : ""))
            }
    }
}
