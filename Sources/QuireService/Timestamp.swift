import Foundation

/// The time written into TEI headers.
public enum Timestamp {
    /// `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/) when set,
    /// so that the same input gives byte-identical output; otherwise the current time.
    /// A value that is not a non-negative integer is an error, as the specification asks.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigurationError) -> Date {
        guard let raw = environment["SOURCE_DATE_EPOCH"] else { return Date() }
        guard let seconds = UInt64(raw.trimmingCharacters(in: .whitespaces)) else {
            throw ConfigurationError(key: "SOURCE_DATE_EPOCH", message: "must be a non-negative integer number of seconds, got \"\(raw)\"")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
