import Foundation
import TestSupport
import Testing

/// `contains` and `like` as an analyst meets them on the command line: `contains` finds
/// what `=` finds, ignoring case, spaces and punctuation, and a test that matches no
/// value says so instead of answering nothing in silence.
@Suite struct MatchingTests {
    typealias CLI = CLIRunner

    @Test func containsFindsWhatEqualityFinds() throws {
        let equal = try CLI.run(["-f", "csv", "-e", "select count(*) where status = 'sub group review'"])
        #expect(equal.stdout == "count\n25\n")
        let contains = try CLI.run(["-f", "csv", "-e", "select count(*) where status contains 'sub group review'"])
        #expect(contains.stdout == "count\n25\n")
        #expect(contains.stderr == "")
        // Sub-Group Review and the two "Initial review by Sub-Group…" statuses.
        let part = try CLI.run(["-f", "csv", "-e", "select count(*) where status contains 'sub group'"])
        #expect(part.stdout == "count\n27\n")
        #expect(part.stderr == "")
        #expect(part.status == 0)
    }

    /// IF-054 is printed "Request Disconnection  (D0132)", with two spaces.
    @Test func aDoubleSpaceInANameDoesNotHideIt() throws {
        for needle in ["request disconnection (d0132)", "Request Disconnection  (D0132)", "disconnection d0132"] {
            let run = try CLI.run(["-f", "csv", "-e", "select ref from IF where name contains '\(needle)'"])
            #expect(run.stdout == "ref\nMHHSP-IF-054\n", "\(needle)")
            #expect(run.stderr == "")
        }
    }

    @Test func containsThatMatchesNothingWarns() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select count(*) where status contains 'xyz'"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n0\n")
        #expect(run.stderr == """
            <query>:1:39: warning: no artefact has status containing 'xyz'
              select count(*) where status contains 'xyz'
                                                    ^~~~~

            """)
        let misspelt = try CLI.run(["-f", "csv", "-e", "select count(*) where status contains 'revew'"])
        #expect(misspelt.stderr.hasPrefix("<query>:1:39: warning: no artefact has status containing 'revew'; did you mean 'review'?\n"))
    }

    @Test func likeThatMatchesNothingWarnsFromTheRegisterFileToo() throws {
        for register in [[], ["-r", Repository.root + "/Data/register.csv"]] {
            let run = try CLI.run(register + ["-f", "csv", "-e", "select ref where ref like 'MHHSP-XX%'"])
            #expect(run.status == 0)
            #expect(run.stdout == "ref\n")
            #expect(run.stderr.hasPrefix("<query>:1:27: warning: no artefact has ref like 'MHHSP-XX%'\n"), "\(register): \(run.stderr)")
        }
        let found = try CLI.run(["-f", "csv", "-e", "select count(*) where ref like 'MHHSP-IF-0_1'"])
        #expect(found.stdout == "count\n5\n")
        #expect(found.stderr == "")
    }

    /// `like` keeps SQL's meaning, characters as written: it is how to look for punctuation.
    @Test func aNeedleOfOnlyPunctuationPointsToLike() throws {
        let run = try CLI.run(["-f", "csv", "-e", "select name where name contains '&'"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            <query>:1:33: error: 'contains' ignores spaces and punctuation, so '&' leaves nothing to look for
              select name where name contains '&'
                                              ^~~
              hint: like matches them as written: name like '%&%'

            """)
        let like = try CLI.run(["-f", "csv", "-e", "select name where name like '%&%'"])
        #expect(like.stdout == "name\nDesign Principles & Assumptions\n")
    }
}
