import Foundation
import SQLCompiler
import TestSupport
import Testing

/// `regq sql` over a register made to be hard for SQL: letters outside ASCII in every
/// case, dashes and quotes of many kinds, `%` and `_` in values (for `like`), backslashes,
/// case variants of one value, a list that repeats an element, empty values, and months
/// outside 2000–2099. The constructs and random statements over it give regq's answer on
/// every engine.
@Suite(.serialized) struct HostileSQLTranslationTests {
    static let csv = RegisterText.header + #"""
        BP,MHHSP-BP001,Élan Vital,BPRWG,Smart;Advanced,Blocked,Change of Agent,Mar-22,Apr-22,May-22
        BP,MHHSP-BP002,élan vital,BPRWG,smart,blocked,change of agent,Mar-22,TBC,Jun-22
        BP,MHHSP-BP003,ÉLAN–VITAL,bprwg,SMART;SMART,BLOCKED,,1999-06,Apr-22,TBC
        IF,MHHSP-IF-001,"It's ""quoted""",BPRWG,Registration,Sub-Group Review,Interface Approach,Feb-22,Mar-22,Apr-22
        IF,MHHSP-IF-002,back\slash \n,BPRWG,,Sub group review,,Feb-22,Mar-22,2101-01
        IF,MHHSP-IF-003,100% done_now,SDWG,Registration;Smart,Draft Complete,,TBC,TBC,TBC
        IF,,naïve café — Straße,SDWG,Ünïcödé,Draft in Progress,Supplier Interaction;Change of Agent,Jan-22,Feb-22,Mar-22
        IF,MHHSP-IF-005;MHHSP-BP001,Σίγμα ΣΊΓΜΑ,TDWG,Smart,Not Started,,Dec-21,Jan-22,Feb-22
        BRS,MHHSP-BRS001;MHHSP-BPD001,--Data-- Service...,,Advanced,Agreed,,Apr-22,May-22,Jun-22
        BRS,MHHSP-BRS002;MHHSP-BPD002,Data  Service,,advanced,agreed,,Apr-22,May-22,Jun-22
        GA,,Zebra «quoted» ‘single’,TDWG,,Maintenance,,Mar-22,Apr-22,Apr-22
        GA,,zebra,TDWG,All,maintenance,,Mar-22,Apr-22,Apr-22
        TD,,日本語 データ,TDWG,Smart,Draft Not Complete,Design «A»,Mar-22,Mar-22,Mar-22
        TD,,Ωmega,,Smart,Draft Not Complete,,May-22,Apr-22,Mar-22

        """#

    static let statements = [
        "select *",
        "select name order by name",
        "select name order by name desc",
        "select distinct status order by status",
        "select ref, subgroups order by subgroups desc, ref",
        "select status, count(*) group by status",
        "select name, count(*) group by name",
        "select subgroups, count(*) group by subgroups",
        "select blocker, list(name), min(name), max(name) group by blocker",
        "select count(*) where name = 'elan vital'",
        "select name where name = 'ÉLAN VITAL'",
        "select name where name = 'naïve café straße'",
        "select name where name = 'σίγμα σίγμα'",
        "select name where name = 'data service'",
        "select name where name contains 'vital'",
        "select name where name contains ' service'",
        "select name where name contains 'service '",
        "select name where name like '%\\%'",
        "select name where name like '%!%%'",
        "select name where name like '100_%'",
        "select name where name like 'é%'",
        "select name where name like '%«%'",
        "select name where name < 'm'",
        "select name where name >= 'é'",
        "select status where status = blocked",
        "select status where status != 'sub group review'",
        "select count(*) where subgroups = smart",
        "select count(*) where subgroups != smart",
        "select ref where subgroups = ünïcödé",
        "select name where blocker = 'change-of-agent'",
        "select name where blocker contains 'AGENT'",
        "select name where dag < May-22",
        "select name where dag > 2100-01",
        "select name where sg < 2000-01",
        "select name, sg order by sg",
        "select name, dag order by dag desc",
        "select list(dag), list(sg), list(distinct subgroups), list(distinct status) from *",
        "select * group by status pivot kind",
        "select * group by kind pivot subgroups",
        "select * group by dag pivot kind",
        "select * group by kind pivot name",
        "select status, count(*) group by status having status = blocked",
        "select name where name = status",
        "select name where blocker = subgroups",
    ]

    static let path: String = (try? TemporaryFiles.file("hostile-sql.csv", csv)) ?? ""

    static let corpus: Result<EngineAnswers, any Error> = Result {
        let register = try EngineAnswers.register(path)
        return try EngineAnswers(statements + RandomStatements.generate(count: 100, seed: 7, register: register), registerPath: path)
    }

    @Test(arguments: SQLDialect.allCases)
    func everyStatementGivesRegqsAnswer(_ dialect: SQLDialect) throws {
        let corpus = try Self.corpus.get()
        #expect(corpus.statements.count == Self.statements.count + 100)
        for (index, statement) in corpus.statements.enumerated() {
            let query = try #require(try? statement.sql[dialect]?.get(), "\(statement.text) has no \(dialect) SQL")
            switch corpus.answers[dialect]![index] {
            case .success(let answer):
                #expect(answer == statement.regq, "\(dialect): \(statement.text)\n\(query.text)")
            case .failure(let failure):
                Issue.record("\(dialect): \(statement.text): \(failure)\n\(query.text)")
            }
        }
    }
}
