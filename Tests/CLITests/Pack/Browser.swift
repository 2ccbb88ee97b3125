import Foundation
import TestSupport

/// Headless Chromium, as the pack's browser tests drive it (`make browser` installs it
/// with pdfinfo): a page's DOM after it loaded, a screenshot, a PDF. Each run has its
/// own profile folder and is killed if it hangs.
enum Browser {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdfinfo = ["/usr/bin/pdfinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }
    /// On CI the tests run, and fail saying what is missing, rather than skip.
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let missing = "headless Chromium and pdfinfo are needed: `make browser` (scripts/browser.sh) installs them"
    /// A hang guard, not a speed target: Chromium starts in about a second.
    static let killAfter = 120.0

    /// Runs Chromium headless on `page` with `arguments` (`--dump-dom`, `--screenshot=…`).
    static func run(_ arguments: [String], on page: String) throws -> FinishedRun {
        guard let chromium else { throw Missing() }
        let profile = try TemporaryFiles.folder()
        defer { try? FileManager.default.removeItem(atPath: profile) }
        return try RegqProcess.run(["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile] + arguments
                                   + ["file://" + page], environment: ["HOME": profile], executable: chromium, killAfter: killAfter)
    }

    /// The page's DOM once loaded, as Chromium serialises it.
    static func dom(of page: String) throws -> String {
        try run(["--dump-dom"], on: page).out
    }

    /// A PNG's width and height, from its header.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return (0, 0) }
        func number(_ at: Int) -> Int { bytes[at ..< at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    /// What `pdfinfo` says of a PDF, by field (`Pages`, `Page size`).
    static func pdfInfo(_ path: String) throws -> [String: String] {
        guard let pdfinfo else { throw Missing() }
        let run = try RegqProcess.run([path], executable: pdfinfo, killAfter: killAfter)
        var fields: [String: String] = [:]
        for line in run.out.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { Browser.missing }
    }
}
