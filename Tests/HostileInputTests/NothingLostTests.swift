import Foundation
import TestSupport
import Testing

extension HostileInput {
    /// Nothing lost: regq never writes to a register it reads; `.output FILE` and `.save`
    /// write a temporary file and rename it, so that a failure — folder missing, no
    /// permission, disk full — leaves any existing file whole and says why.
    @Suite struct NothingLostTests {
        typealias Regq = HostileRunner
        static let row = "GA,,Glossary,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22\n"

        /// A file's bytes, modification time and inode: what "unchanged" means.
        struct Fingerprint: Equatable {
            var bytes: [UInt8]
            var modified: Int
            var modifiedNanoseconds: Int
            var inode: UInt64

            init(_ path: String) throws {
                bytes = try FileText.bytes(path)
                var info = stat()
                guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
                modified = info.st_mtim.tv_sec
                modifiedNanoseconds = info.st_mtim.tv_nsec
                inode = UInt64(info.st_ino)
            }
        }

        /// A Linux device number (`makedev`, a C macro Swift cannot import).
        static func device(_ major: UInt64, _ minor: UInt64) -> dev_t {
            dev_t((minor & 0xFF) | ((major & 0xFFF) << 8) | ((minor & ~0xFF) << 12) | ((major & ~0xFFF) << 32))
        }

        static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }

        static func entries(_ folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        }

        @Test func theRegisterReadIsNeverWritten() throws {
            let register = try TemporaryFiles.file("register.csv", RegisterText.header + Self.row)
            let folder = Self.folder(of: register)
            try "select name\n".write(toFile: folder + "/q.rq", atomically: true, encoding: .utf8)
            let before = try Fingerprint(register)
            let runs: [([String], String)] = [
                (["-r", register, "-e", "select *"], ""),
                (["-r", register, "-f", "csv", "-e", "select *"], ""),
                (["-r", register, "--check", "-e", "select * where dag < May-22"], ""),
                (["-r", register], ".load register.csv\nselect *\n.load ./register.csv\n.output out.csv\nselect *\n.output\n.save everything\n.read q.rq\n"),
                ([], ".load register.csv\n.format csv\nselect *\n.load register.csv\n"),
                (["-r", "register.csv", "q.rq"], ""),
            ]
            for (arguments, stdin) in runs {
                let run = try Regq.run(arguments, stdin: Array(stdin.utf8), directory: folder)
                #expect(run.status == 0, "\(arguments) \(stdin): \(run.ending) \(run.err)")
                #expect(try Fingerprint(register) == before, "\(arguments) \(stdin) changed the register")
            }
            #expect(try Self.entries(folder) == ["Queries", "out.csv", "q.rq", "register.csv"])
        }

        @Test func outputOverTheRegisterIsRefused() throws {
            let register = try TemporaryFiles.file("register.csv", RegisterText.header + Self.row)
            let folder = Self.folder(of: register)
            try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: register)
            let before = try Fingerprint(register)
            for (arguments, stdin) in [
                (["-r", register], ".output register.csv\nselect *\n"),
                (["-r", "register.csv"], ".output ./register.csv\nselect *\n.output\n"),
                (["-r", register], ".output link.csv\nselect *\n"),
                ([], ".load link.csv\n.output register.csv\nselect *\n"),
            ] {
                let run = try Regq.run(arguments, stdin: Array(stdin.utf8), directory: folder)
                #expect(run.status == 2, "\(arguments) \(stdin): \(run.ending)")
                #expect(run.err.contains("error: cannot write "), "\(run.err)")
                #expect(run.err.contains(": it is the register being read; regq never writes to a register\n"), "\(run.err)")
                #expect(try Fingerprint(register) == before)
            }
            // Loaded after `.output` chose it, before anything was written: refused when the
            // output would be written.
            let late = try Regq.run([], stdin: Array(".output register.csv\n.load register.csv\nselect count(*)\n.output\n".utf8), directory: folder)
            #expect(late.status == 2, "\(late.ending) \(late.err)")
            #expect(late.err.contains("error: cannot write register.csv: it is the register being read; regq never writes to a register\n"))
            #expect(try Fingerprint(register) == before)
            #expect(try Self.entries(folder) == ["link.csv", "register.csv"])
        }

        @Test func outputIntoAMissingFolderSaysSoAtOnce() throws {
            let folder = try TemporaryFiles.folder()
            let run = try Regq.run([], stdin: Array(".output missing/out.csv\nselect count(*)\n".utf8), directory: folder)
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.err == "error: cannot write missing/out.csv: no such file or directory\n")
            #expect(try Self.entries(folder) == [])
            try FileManager.default.createDirectory(atPath: folder + "/folder", withIntermediateDirectories: false)
            let directory = try Regq.run([], stdin: Array(".output folder\nselect count(*)\n".utf8), directory: folder)
            #expect(directory.status == 2)
            #expect(directory.err == "error: cannot write folder: it is a directory\n")
        }

        @Test func outputWithoutPermissionLeavesTheFileWhole() throws {
            let folder = try TemporaryFiles.folder()
            let out = folder + "/out.csv"
            try "precious\n".write(toFile: out, atomically: true, encoding: .utf8)
            let before = try Fingerprint(out)
            chmod(folder, 0o555)
            defer { chmod(folder, 0o755) }
            let run = try Self.asUnprivileged("\"$REGQ\" -f csv -e '.output out.csv' -e 'select count(*)'", directory: folder)
            #expect(run.status == 2, "\(run.ending) \(run.err)")
            #expect(run.err == "error: cannot write out.csv: permission denied\n")
            #expect(try Fingerprint(out) == before)
            #expect(try Self.entries(folder) == ["out.csv"])
        }

        @Test func outputOnAFullDiskLeavesTheFileWhole() throws {
            let folder = try TemporaryFiles.folder()
            let out = folder + "/out.csv"
            try "precious\n".write(toFile: out, atomically: true, encoding: .utf8)
            let before = try Fingerprint(out)
            // A file-size limit of 1 KB stands in for a full disk: the write fails part-way.
            let run = try Regq.shell("ulimit -f 1; exec \"$REGQ\" -f csv -e '.output out.csv' -e 'select *'", directory: folder)
            #expect(run.signal == nil)
            #expect(run.status == 2, "\(run.ending) \(run.err)")
            #expect(run.err == "error: cannot write out.csv: file too large\n")
            #expect(try Fingerprint(out) == before)
            #expect(try Self.entries(folder) == ["out.csv"])

        }

        /// `.output` to a device, or to a link to one, writes into it; a temporary file renamed
        /// over it would replace the device (as root, `/dev/null` itself). The devices here
        /// are made in a temporary folder, so a failing run harms nothing.
        @Test func outputToADeviceWritesIntoIt() throws {
            let folder = try TemporaryFiles.folder()
            try FileManager.default.createSymbolicLink(atPath: folder + "/err", withDestinationPath: "/proc/self/fd/2")
            let run = try Regq.shell("\"$REGQ\" -f csv -e '.output err' -e 'select count(*)' 2>&1", directory: folder)
            #expect(run.status == 0, "\(run.ending) \(run.err)")
            #expect(run.out == "count\n89\n")
            var info = stat()
            #expect(lstat(folder + "/err", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "the link was replaced")
            #expect(try Self.entries(folder) == ["err"])

            guard getuid() == 0 else { return }
            #expect(mknod(folder + "/null", S_IFCHR | 0o666, Self.device(1, 3)) == 0)
            #expect(mknod(folder + "/full", S_IFCHR | 0o666, Self.device(1, 7)) == 0)
            let null = try Regq.run(["-e", ".output null", "-e", "select *"], directory: folder)
            #expect(null.status == 0, "\(null.ending) \(null.err)")
            #expect(null.stdout.isEmpty && null.stderr.isEmpty)
            #expect(lstat(folder + "/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "the null device was replaced")
            let full = try Regq.run(["-e", ".output full", "-e", "select *"], directory: folder)
            #expect(full.status == 2, "\(full.ending)")
            #expect(full.err == "error: cannot write full: no space left on device\n")
            #expect(lstat(folder + "/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "the full device was replaced")
            #expect(try Self.entries(folder) == ["err", "full", "null"])
        }

        /// Results that cannot be written to standard output (a full disk) are an error, not
        /// a silent success.
        @Test func standardOutputOnAFullDiskIsAnError() throws {
            guard getuid() == 0 else { return }
            let folder = try TemporaryFiles.folder()
            #expect(mknod(folder + "/full", S_IFCHR | 0o666, Self.device(1, 7)) == 0)
            let run = try Regq.shell("\"$REGQ\" -e 'select *' > full", directory: folder)
            #expect(run.signal == nil)
            #expect(run.status == 2, "\(run.ending)")
            #expect(run.err == "error: cannot write the results: no space left on device\n")
        }

        @Test func saveFailuresSayWhyAndLeaveNothingBehind() throws {
            let folder = try TemporaryFiles.folder()
            try "not a folder\n".write(toFile: folder + "/Queries", atomically: true, encoding: .utf8)
            let blocked = try Regq.run([], stdin: Array("select count(*)\n.save counted\n".utf8), directory: folder)
            #expect(blocked.status == 1)
            #expect(blocked.err.contains("error: cannot save Queries/counted.rq: not a directory\n"), "\(blocked.err)")
            try FileManager.default.removeItem(atPath: folder + "/Queries")

            // A statement longer than the limit, that draws no warning to fill standard error.
            let long = "select count(*) where " + Array(repeating: "kind != TD", count: 200).joined(separator: " and ")
            let full = try Regq.shell("ulimit -f 1; exec \"$REGQ\"", stdin: Array((long + "\n.save big\n").utf8), directory: folder)
            #expect(full.signal == nil)
            #expect(full.status == 1, "\(full.ending)")
            #expect(full.err.contains("error: cannot save Queries/big.rq: file too large\n"), "\(full.err)")
            #expect(try Self.entries(folder + "/Queries") == [])
        }

        /// Runs `script` in `/bin/sh` as an unprivileged user when the tests run as root
        /// (root ignores permissions), else as is.
        static func asUnprivileged(_ script: String, directory: String) throws -> Regq.Run {
            guard getuid() == 0 else { return try Regq.shell(script, directory: directory) }
            return try Regq.shell("exec setpriv --reuid=65534 --regid=65534 --clear-groups /bin/sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'",
                                  directory: directory)
        }
    }
}
