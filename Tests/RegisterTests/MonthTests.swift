import ColumnStore
import RegisterCSV
import RegisterModel
import Testing

@Suite struct MonthTests {
    @Test(arguments: [
        ("May-22", 2022, 5), ("may-22", 2022, 5), ("MAY-22", 2022, 5), ("Jan-21", 2021, 1),
        ("Dec-24", 2024, 12), ("2022-05", 2022, 5), ("1999-12", 1999, 12),
    ])
    func parsesMonths(text: String, year: Int, month: Int) {
        let parsed = Month(parsing: text)
        #expect(parsed == Month(year: year, month: month))
        #expect(parsed?.isTBC == false)
    }

    @Test(arguments: ["TBC", "tbc", "Tbc"])
    func parsesTBC(text: String) {
        #expect(Month(parsing: text) == .tbc)
    }

    @Test(arguments: ["Mayy-22", "May-2022", "May22", "2022-13", "2022-00", "", "TB", "Mai-22", "22-05", " May-22", "May-2x"])
    func refusesWhatIsNotAMonth(text: String) {
        #expect(Month(parsing: text) == nil)
    }

    @Test func ordersByCalendarWithTBCLast() {
        let months = ["TBC", "Jan-23", "Dec-22", "Feb-22", "Jan-22", "Nov-21"].map { Month(parsing: $0)! }
        #expect(months.sorted().map(\.shortText) == ["Nov-21", "Jan-22", "Feb-22", "Dec-22", "Jan-23", "TBC"])
    }

    @Test func printsBothSpellings() {
        let may = Month(year: 2022, month: 5)
        #expect(may.shortText == "May-22")
        #expect(may.isoText == "2022-05")
        #expect(Month(year: 2021, month: 11).isoText == "2021-11")
        #expect(Month(year: 2005, month: 1).shortText == "Jan-05")
        #expect(Month.tbc.shortText == "TBC")
        #expect(Month.tbc.isoText == nil)
    }
}
