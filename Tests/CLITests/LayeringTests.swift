import Foundation
import TestSupport
import Testing

/// The modules are layers: each imports only modules above it in this order (see
/// docs/ARCHITECTURE.md), and only the executables exit the process.
@Suite struct LayeringTests {
    static let layers = ["RegisterModel", "ColumnStore", "RegisterCSV", "RegisterXLSX", "ReportText", "RegisterFiles", "History", "QueryLanguage", "QueryEngine", "SQLCompiler", "Output", "Shell", "Pack", "REPL", "Commands", "PackCommand", "CommandLineArguments", "regq", "regq-report"]
    /// C modules, usable by any layer that declares them.
    static let system = ["CByteScan", "CEditLine", "CMapGuard", "CZlib"]

    static func swiftFiles(in module: String) throws -> [String] {
        let folder = Repository.root + "/Sources/" + module
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { folder + "/" + $0 }
    }

    @Test(arguments: layers)
    func eachModuleImportsOnlyTheLayersAboveIt(_ module: String) throws {
        let above = Set(Self.layers.prefix { $0 != module })
        let project = Set(Self.layers)
        for file in try Self.swiftFiles(in: module) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                let imported = String(line.split(separator: " ").last!)
                if project.contains(imported) {
                    #expect(above.contains(imported), "\(file) imports \(imported), which is not above \(module)")
                }
            }
        }
    }

    @Test func theDirectoriesAreTheLayers() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Sources")
        #expect(Set(folders) == Set(Self.layers + Self.system))
    }

    /// The executables: `regq`, and `regq-report`, which `regq report` runs.
    static let executables: Set = ["regq", "regq-report"]

    @Test(arguments: layers.filter { !executables.contains($0) })
    func onlyTheExecutablesExitTheProcess(_ module: String) throws {
        for file in try Self.swiftFiles(in: module) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                #expect(!code.contains(/(^|[^.\w])(_?exit|abort)\(/), "\(file): \(line)")
            }
        }
    }
}
