import Foundation
import QueryLanguage
import TestSupport

/// The statements every dialect's SQL must answer as regq does: every example of
/// docs/LANGUAGE.md that runs, every saved query, each construct of the language, and
/// random statements.
enum SQLCorpus {
    /// docs/LANGUAGE.md's examples that run (not those that show an error).
    static var documented: [String] {
        LanguageDocTests.examples.map(\.query).filter { query in
            !query.hasPrefix("explain") && Compiler.compile(SourceFile(name: "<query>", text: query)).plan != nil
        }
    }

    /// Each query of each file in Queries/.
    static var saved: [String] { saved(in: "Queries") }

    /// Each query of each file in a folder of saved queries (from the project's root).
    static func saved(in folderPath: String) -> [String] {
        let folder = Repository.root + "/" + folderPath
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".rq") }.sorted()
        return files.flatMap { file -> [String] in
            guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { return [] }
            let source = SourceFile(name: file, text: text)
            return StatementSplitter.split(source).filter { $0.kind == .query }.map { source.text(of: $0.range) }
        }
    }

    /// Each construct of the language, alone and combined.
    static let constructs = [
        // Selections, kinds, distinct, order, limit.
        "select *",
        "select IF",
        "select ref, name, dag from IF, BP",
        "select kind, ref, name, wg, subgroups, status, blocker, sg, review, dag from GA, TD",
        "select distinct status from BP",
        "select distinct kind, wg",
        "select distinct subgroups order by subgroups",
        "select distinct dag from IF order by dag desc",
        "select ref, name from BP order by dag desc limit 3",
        "select name, ref order by ref",
        "select name order by name desc",
        "select kind, name order by kind desc, name",
        "select ref, subgroups order by subgroups desc, ref",
        "select ref, blocker order by blocker, sg desc",
        "select name, status order by status, dag",
        "select ref from TD limit 0",
        // Text equality, order, contains, like, empty.
        "select ref, status where status = 'sub group review'",
        "select ref, status where status = Sub-Group-Review",
        "select ref where status != blocked",
        "select name where name = 'supplier advisory notifications'",
        "select name where name < 'c'",
        "select name, wg where wg >= 'S' and name <= 'M'",
        "select name where status > 'draft'",
        "select ref, name where name contains 'consent'",
        "select ref, name where name contains 'disconnection (d0132)'",
        "select count(*) where status contains 'sub group'",
        "select name where name contains ' of '",
        "select ref where ref contains '-0'",
        "select name where name not contains 'data'",
        "select ref where ref like 'MHHSP-IF-0_1'",
        "select name where name like '%&%'",
        "select name where name not like '%a%'",
        "select name where name like 'S%N%'",
        "select count(*) where blocker is empty",
        "select name where blocker is not empty",
        "select count(*) where ref is empty",
        "select count(*) where name is empty",
        "select ref where wg is not empty and status is empty",
        // Lists: any element, and the exact negations.
        "select ref where subgroups in (Smart, Advanced)",
        "select count(*) where subgroups not in (Smart, Advanced)",
        "select count(*) where subgroups != Smart",
        "select count(*) where not (subgroups = Smart)",
        "select name where blocker contains 'agent'",
        "select name where subgroups like '%ar%'",
        "select kind, ref where subgroups = TBC",
        "select kind, ref where subgroups is tbc",
        // Months, TBC.
        "select count(*) where dag < May-22",
        "select count(*) where not (dag < May-22)",
        "select count(*) where dag != May-22",
        "select count(*) where dag <= May-22 or sg > Jun-22",
        "select count(*) where dag between Feb-22 and Apr-22",
        "select count(*) where dag not between Feb-22 and Apr-22",
        "select name where dag in (May-22, TBC)",
        "select name where dag not in (May-22, TBC)",
        "select count(*) where dag = tbc",
        "select count(*) where dag is not tbc",
        "select count(*) where dag >= 2022-06",
        "select count(*) where dag < $month",
        // Fields with fields.
        "select name from * where review < sg",
        "select name where review = sg",
        "select name where review != sg",
        "select name where dag >= review",
        "select name where name = status",
        "select name where name != wg",
        "select ref where blocker = subgroups",
        "select kind, name where kind = IF or kind in (BP, GA)",
        "select kind, name where kind != TD and not kind = BRS",
        // Arithmetic.
        "select ref, dag - review as wait order by wait desc",
        "select ref, review + 1, dag - 2 where dag > review + 1",
        "select name, size(subgroups) where size(subgroups) > 1 order by size(subgroups) desc",
        "select count(*) where dag - review >= 1",
        "select count(*) where dag - review != 1",
        "select count(*) where not (dag - review < 1)",
        "select ref where review + 1 = dag",
        "select ref where review + 1 = tbc",
        "select distinct dag - review as gap order by gap",
        "select ref, sg - 13, dag + 12 where sg - 13 < 2021-01",
        "select ref where size(blocker) + size(subgroups) = 3",
        "select ref, 2 + size(ref) - 1 as n order by n, ref desc",
        "select ref, dag - sg as span where dag - sg between 2 and 4 order by span",
        // Grouping.
        "select * where status = blocked group by blocker",
        "select IF where status = blocked and dag < May-22 group by blocker",
        "select blocker, count(*) as n, min(dag) from IF where status = blocked group by blocker order by n desc",
        "select kind, count(*) from * group by kind having count > 10",
        "select * where subgroups is not empty group by subgroups",
        "select * group by subgroups",
        "select * group by ref",
        "select wg, list(distinct status) from * group by wg",
        "select wg, count(*) from * group by wg order by count(*) desc",
        "select kind, status, count(*) group by kind, status",
        "select kind, status, count(*) group by kind, status order by count desc limit 5",
        "select subgroups, blocker, count(*) group by subgroups, blocker",
        "select dag, count(*) group by dag order by dag desc",
        "select sg, count(*) group by sg",
        "select status, count(*) group by status having status = blocked or count = 1",
        "select status, max(dag) group by status having max_dag > Apr-22",
        "select status, max(dag) group by status having max_dag is tbc",
        "select kind, list(ref) from BP, GA group by kind having list_ref = 'MHHSP-BP010'",
        "select status, min(name) group by status having min_name like 'a%'",
        "select kind, list(dag) group by kind having list_dag = May-22 order by list_dag desc",
        "select status, list(distinct kind) group by status order by list_distinct_kind, status",
        "select subgroups, count(*) group by subgroups having subgroups is empty",
        "select subgroups, count(*) group by subgroups having subgroups != smart",
        "select blocker, count(*) group by blocker order by blocker desc",
        "select count(*) from TD where status = nothing-like-this",
        "select count(distinct blocker), count(blocker), count(dag), count(distinct dag), count(name), count(distinct name) from *",
        "select min(name), max(name), min(ref), max(ref), min(kind), max(kind), min(dag), max(sg) from *",
        "select list(ref), list(distinct subgroups), list(dag), list(distinct kind), list(status) from GA",
        "select kind, list(distinct blocker), count(distinct subgroups), max(subgroups) group by kind",
        "select status, list(dag), min(review) from IF group by status order by status",
        "select min(dag), max(dag), list(sg) from TD where dag is tbc",
        "select count(*), list(ref), min(name) from * where name = nothing-like-this",
        // Pivots.
        "select * where dag between Feb-22 and Apr-22 group by kind pivot dag",
        "select * group by kind pivot subgroups",
        "select * group by subgroups pivot kind",
        "select * group by kind pivot dag order by total desc",
        "select * group by status pivot kind limit 3",
        "select * group by dag pivot kind",
        "select * group by wg, kind pivot status",
        "select min(dag) from IF group by status pivot kind",
        "select count(distinct blocker) group by kind pivot status",
        "select list(ref) from GA group by status pivot dag",
        "select * from TD group by status pivot wg",
        "select * where wg = BPRWG group by subgroups pivot kind",
        "select * group by blocker pivot kind order by blocker desc",
    ]

    /// All of them.
    static var all: [String] { documented + saved + constructs + RandomStatements.generate(count: 150, seed: 2022) }
}
