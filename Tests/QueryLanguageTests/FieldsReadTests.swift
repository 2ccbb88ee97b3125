import QueryLanguage
import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

/// The fields a plan reads: a batch run loads only these columns, so a field missing
/// here would leave a query reading a column that was never loaded.
@Suite struct FieldsReadTests {
    func fields(_ text: String) throws -> [String] {
        let source = SourceFile(name: "<test>", text: text)
        let plan = try #require(Compiler.compile(source).plan)
        return plan.fieldsRead.fields.map(\.name)
    }

    @Test func rowsReadTheirColumnsConditionsAndSortKeys() throws {
        #expect(try fields("select ref, name, dag from IF where status = blocked and dag < May-22") == ["kind", "ref", "name", "status", "dag"])
        #expect(try fields("select name order by wg desc") == ["kind", "name", "wg"])
        #expect(try fields("select distinct blocker where sg = review") == ["kind", "blocker", "sg", "review"])
        #expect(try fields("select *") == Field.stored.map(\.name))
    }

    @Test func groupsReadTheirKeysPivotsAndAggregates() throws {
        #expect(try fields("select * where status = blocked group by blocker") == ["kind", "status", "blocker"])
        #expect(try fields("select * where subgroups is not empty group by subgroups") == ["kind", "subgroups"])
        #expect(try fields("select * where dag between Feb-22 and Apr-22 group by kind pivot dag") == ["kind", "dag"])
        #expect(try fields("select wg, min(sg), count(distinct ref) group by wg having count_distinct_ref > 1") == ["kind", "ref", "wg", "sg"])
        #expect(try fields("select count(*) where not (name contains 'x' or review is TBC)") == ["kind", "name", "review"])
    }
}
