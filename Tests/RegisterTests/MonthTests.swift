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

    /// Two digits stand for 2000–2099 when read, so any other year is written in full.
    @Test func writesYearsOutsideTwoDigitsInFull() {
        #expect(Month(year: 2000, month: 1).shortText == "Jan-00")
        #expect(Month(year: 2099, month: 12).shortText == "Dec-99")
        #expect(Month(year: 1999, month: 6).shortText == "1999-06")
        #expect(Month(year: 2100, month: 1).shortText == "2100-01")
        #expect(Month(year: 2202, month: 5).shortText == "2202-05")
        #expect(Month(year: 1, month: 1).shortText == "0001-01")
        #expect(Month(year: 1, month: 1).isoText == "0001-01")
        #expect(Month(year: 0, month: 12).isoText == "0000-12")
        #expect(Month(year: 9999, month: 12).shortText == "9999-12")
        #expect(Month(year: -1, month: 3).isoText == "-0001-03")
        #expect(Month(year: 1999, month: 6).hasShortText == false)
        #expect(Month(year: 2022, month: 5).hasShortText)
    }

    /// Whatever a month is written as reads back as that month.
    @Test func everyWrittenMonthReadsBack() {
        for year in [0, 1, 999, 1000, 1999, 2000, 2045, 2099, 2100, 2202, 9999] {
            for month in 1 ... 12 {
                let written = Month(year: year, month: month)
                #expect(Month(parsing: written.shortText) == written, "\(written.shortText)")
                #expect(Month(parsing: written.isoText!) == written, "\(written.isoText!)")
            }
        }
    }

    @Test func monthsTypedAsText() {
        for text in ["May-22", "may-22", "2022-05", "2022-05-01", "2022-05-31T00:00:00", "01/05/2022", "31/5/2022", "May 2022", "may-2022", "Sept 2022"] {
            let expected = text.hasPrefix("Sept") ? Month(year: 2022, month: 9) : Month(year: 2022, month: 5)
            #expect(Month(typed: text) == expected, "\(text)")
            var bytes = text
            #expect(bytes.withUTF8 { Month.parseTyped($0) } == expected, "\(text)")
        }
        #expect(Month(typed: "TBC") == .tbc)
        for text in ["Mayy-22", "13/13/2022", "2022-13-01", "May", "Ma 2022", "05/2022", ""] {
            #expect(Month(typed: text) == nil, "\(text)")
        }
    }
}
