import Foundation

/// Why the duplicate index cannot be used. Each message names the file and what to do, since
/// the user's data is at stake: Quire never recreates an index over a file it cannot read.
public enum DedupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is damaged beyond opening).
    case notADatabase(path: String, reason: String)
    /// A valid SQLite database that Quire did not create.
    case foreignDatabase(path: String)
    /// Created by a newer Quire whose schema this one does not know.
    case newerSchema(path: String, migration: String)
    /// Built with other index-shaping parameters.
    case incompatibleIndex(path: String, parameter: String, stored: String, configured: String)
    /// SQLite reported damage while the index was in use.
    case corrupt(path: String, reason: String)
    /// Any other failure of the database (locked, read-only, disk full...).
    case storage(path: String, reason: String)
    case unknownDocument(String)
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case let .notADatabase(path, reason):
            return "\(path) is not a Quire index (\(reason)); move it away or name another --state folder"
        case let .foreignDatabase(path):
            return "\(path) is an SQLite database that Quire did not create; refusing to touch it"
        case let .newerSchema(path, migration):
            return "\(path) was written by a newer Quire (schema step \(migration)); upgrade Quire to use it"
        case let .incompatibleIndex(path, "format", stored, configured):
            // Not a setting: the way band keys are computed changed between versions.
            return "\(path) holds band keys of index format \(stored), this Quire uses format \(configured); run `quire index rebuild` to recompute them from the outbox"
        case let .incompatibleIndex(path, parameter, stored, configured):
            return "\(path) was built with \(parameter) = \(stored), the configuration says \(configured); run `quire index rebuild` or restore the setting"
        case let .corrupt(path, reason):
            return "\(path) is damaged (\(reason)); run `quire index rebuild` to recreate it from the outbox"
        case let .storage(path, reason):
            return "cannot use the index \(path): \(reason)"
        case let .unknownDocument(name):
            return "no document named \(name) in the index"
        case let .invalidConfiguration(reason):
            return "invalid dedup configuration: \(reason)"
        }
    }
}
