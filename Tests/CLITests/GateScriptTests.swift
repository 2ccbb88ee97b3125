import Foundation
import TestSupport
import Testing

/// The shell-script gate the README shows, run exactly as written there (taken from the
/// README itself, so the two cannot drift), with `regq` on PATH.
@Suite struct GateScriptTests {
    typealias CLI = CLIRunner

    /// The README's indented block that starts `#!/bin/sh`, unindented.
    static func readmeGate() throws -> String {
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        var lines: [String] = []
        var inside = false
        for line in readme.components(separatedBy: "\n") {
            if !inside, line == "    #!/bin/sh" { inside = true }
            guard inside else { continue }
            guard line.hasPrefix("    ") else { break }
            lines.append(String(line.dropFirst(4)))
        }
        try #require(!lines.isEmpty, "the README shows no #!/bin/sh gate")
        return lines.joined(separator: "\n") + "\n"
    }

    func runScript(_ text: String) throws -> CLIRunner.Run {
        let path = try TemporaryFiles.file("gate.sh", text)
        chmod(path, 0o755)
        return try RegqOnPath.run(path)
    }

    @Test func theReadmeGateIsThreeLines() throws {
        let gate = try Self.readmeGate()
        #expect(gate == """
            #!/bin/sh
            regq --strict --fail-on-rows -p month=May-22 \\
              -e 'select ref, name, dag where status = blocked and dag < $month' || exit 1

            """)
    }

    /// Six Interface Approach interfaces are blocked and due at DAG in Apr-22: the gate fails.
    @Test func theReadmeGateFailsWhenSomethingBlockedIsDue() throws {
        let run = try runScript(try Self.readmeGate())
        #expect(run.status == 1)
        #expect(run.stdout == """
            ref           name                                                                                  dag
            ────────────  ────────────────────────────────────────────────────────────────────────────────────  ──────
            MHHSP-IF-005  Metering Service Updates to Registration                                              Apr-22
            MHHSP-IF-017  Registrations Service confirmation of revised metering information                    Apr-22
            MHHSP-IF-036  Registration Update to LDSO                                                           Apr-22
            MHHSP-IF-038  Metering service update to Registration for change of Energisation                    Apr-22
            MHHSP-IF-039  Registration Services response to metering service request to change of energisation  Apr-22
            MHHSP-IF-040  Registration services notification of changes following a disconnection               Apr-22
            (6 rows)

            """)
        #expect(run.stderr == "", "status = blocked leaves no TBC month to compare, so no note")
    }

    /// Nothing blocked is due before Apr-22: the same gate passes.
    @Test func theReadmeGatePassesWhenNothingBlockedIsDue() throws {
        let gate = try Self.readmeGate().replacingOccurrences(of: "month=May-22", with: "month=Apr-22")
        let run = try runScript(gate)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("(0 rows)\n"))
    }

    /// The gate fails too when regq cannot answer (a typo in the query): a broken gate
    /// never passes silently.
    @Test func aBrokenGateFails() throws {
        let gate = try Self.readmeGate().replacingOccurrences(of: "status = blocked", with: "stauts = blocked")
        let run = try runScript(gate)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: unknown field 'stauts'"))
    }

    /// The same gate as a saved query file.
    @Test func theSavedQueryGate() throws {
        let run = try RegqOnPath.run("/bin/sh", ["-c", "regq --fail-on-rows -p month=May-22 Queries/blocked-if-due-before.rq > /dev/null || exit 1"])
        #expect(run.status == 1)
        let passing = try RegqOnPath.run("/bin/sh", ["-c", "regq --fail-on-rows -p month=Apr-22 Queries/blocked-if-due-before.rq > /dev/null || exit 1"])
        #expect(passing.status == 0)
    }
}
