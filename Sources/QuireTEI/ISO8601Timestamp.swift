import Foundation

/// `revisionDesc/change/@when` text: what `Date.formatted(.iso8601)` writes
/// (`2026-11-22T00:00:00Z`, whole seconds rounded down, UTC).
///
/// Foundation's formatter costs about a microsecond per call, a noticeable share of rendering
/// a small document; for the dates Quire meets (1970 to 9999, where the proleptic Gregorian
/// calendar it uses is the only one) the digits are computed here, and Foundation formats
/// anything else.
enum ISO8601Timestamp {
    static func string(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        guard interval >= 0, interval < 253_402_300_800 else { return date.formatted(.iso8601) }
        let seconds = Int(interval.rounded(.down))
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (year, month, day) = civil(daysSince1970: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func append(_ value: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        append(year, digits: 4); bytes.append(UInt8(ascii: "-"))
        append(month, digits: 2); bytes.append(UInt8(ascii: "-"))
        append(day, digits: 2); bytes.append(UInt8(ascii: "T"))
        append(secondOfDay / 3600, digits: 2); bytes.append(UInt8(ascii: ":"))
        append(secondOfDay / 60 % 60, digits: 2); bytes.append(UInt8(ascii: ":"))
        append(secondOfDay % 60, digits: 2); bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Proleptic Gregorian year, month, day of a non-negative day count since 1970-01-01
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
