import Foundation
import TestSupport
import Testing

extension HostileInput {
    /// A register file cut short while regq reads it, as when a spreadsheet or a sync tool
    /// saves over it: regq answers from the file as it was when read, or refuses it with a
    /// sentence, exit 2; never a crash (the file is read through a memory map, where a read
    /// past the new end would raise SIGBUS).
    @Suite struct ChangingRegisterTests {
        typealias Regq = HostileRunner

        /// About 5 MB: read in parallel chunks, and long enough to be cut mid-read.
        static func register() -> String {
            var text = RegisterText.header
            let statuses = ["Blocked", "Draft Complete", "Agreed", "Not Started"]
            for row in 0 ..< 40_000 {
                text += "IF,MHHSP-IF-\(row),Interface specification number \(row) of the programme,BPRWG,Smart;Advanced,"
                    + "\(statuses[row % 4]),Change of Agent,Mar-22,Apr-22,May-22\n"
            }
            return text
        }

        static let statements = [
            // Only built columns.
            "select * group by status",
            // `name` only shown: read from the file for the rows shown, after the load.
            "select ref, name where status = blocked and ref = 'MHHSP-IF-39996'",
        ]

        @Test func aRegisterCutShortWhileItIsReadIsRefusedNeverACrash() throws {
            let folder = try TemporaryFiles.folder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let original = try TemporaryFiles.file("original.csv", Self.register())
            let size = try FileText.bytes(original).count
            let path = folder + "/register.csv"
            var refused = 0
            for attempt in 0 ..< 100 {
                try? FileManager.default.removeItem(atPath: path)
                try FileManager.default.copyItem(atPath: original, toPath: path)
                let statement = Self.statements[attempt % 2]
                let run = try RegqProcess.run(["-r", path, "-f", "csv", "-e", statement], environment: Regq.settings) {
                    usleep(UInt32.random(in: 0 ... 60_000))
                    _ = truncate(path, off_t(size / 4 * (attempt % 3)))
                }
                #expect(run.signal == nil, "attempt \(attempt): ended by signal \(run.signal ?? 0): \(run.err)")
                #expect(run.stdoutIsSafe && run.stderrIsSafe)
                switch run.status {
                case 0:
                    // Read whole before the cut (or the file was already cut when opened).
                    #expect(run.out.hasPrefix(attempt % 2 == 0 ? "status,count\n" : "ref,name\n"), "attempt \(attempt): \(run.out)")
                case 2:
                    #expect(!run.err.isEmpty && run.out.isEmpty, "attempt \(attempt)")
                    if run.err.contains("the register changed while it was read") { refused += 1 }
                default:
                    Issue.record("attempt \(attempt): exit status \(run.status.map(String.init) ?? "none"): \(run.err)")
                }
            }
            // The cut landed mid-read at least once, and was caught.
            #expect(refused > 0)
        }
    }
}
