import RegisterModel

/// The month of a workbook's date cell, from its serial number in the workbook's date
/// system. (A month typed as text is read by `Month.parseTyped`.)
enum CellMonth {
    /// The month of serial date `serial`: days since 1899-12-30 in the 1900 system (whose
    /// day 60 is Excel's 29 February 1900, which never was), since 1904-01-01 in the 1904 system.
    static func month(serial: Double, date1904: Bool) -> Month? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1_462
        } else if days < 61 {
            days += 1
        }
        // Days since 1899-12-30 to a civil date (Howard Hinnant's days_from_civil inverse).
        let z = days - 25_569 + 719_468 // days since 0000-03-01, from 1970-01-01's 25,569
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Month(year: year, month: month)
    }
}
