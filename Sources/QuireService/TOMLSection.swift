import TOMLKit

/// Typed, located access to one `[section]` of a configuration file.
///
/// Every read remembers its key, so that whatever was not read at the end is an unknown key:
/// a typo (`treshold`) must fail loudly rather than leave the default silently in force.
struct TOMLSection {
    let name: String
    private let table: TOMLTable?
    private let locator: TOMLKeyLocator
    private let file: String
    private var known: Set<String> = []

    init(name: String, table: TOMLTable?, locator: TOMLKeyLocator, file: String) {
        self.name = name
        self.table = table
        self.locator = locator
        self.file = file
    }

    func error(_ key: String, _ message: String) -> ConfigurationError {
        let dotted = "\(name).\(key)"
        return ConfigurationError(file: file, line: locator.line(of: dotted) ?? locator.line(of: name), key: dotted, message: message)
    }

    private mutating func value(_ key: String) -> TOMLValueConvertible? {
        known.insert(key)
        return table?[key]
    }

    mutating func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = value(key) else { return nil }
        guard let string = value.string else { throw error(key, "expected a string, got \(value.type)") }
        return string
    }

    mutating func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let bool = value.bool else { throw error(key, "expected true or false, got \(value.type)") }
        return bool
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let value = value(key) else { return nil }
        guard let int = value.int else { throw error(key, "expected an integer, got \(value.type)") }
        guard range.contains(int) else {
            throw error(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(int)")
        }
        return int
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>) throws(ConfigurationError) -> Double? {
        guard let value = value(key) else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else {
            throw error(key, "expected a number, got \(value.type)")
        }
        guard range.contains(number) else {
            throw error(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
        }
        return number
    }

    /// A string that must be one of `choices` (compared case-insensitively).
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, of _: Choice.Type) throws(ConfigurationError) -> Choice?
    where Choice.RawValue == String {
        guard let string = try self.string(key) else { return nil }
        if let choice = Choice.allCases.first(where: { $0.rawValue.lowercased() == string.lowercased() }) {
            return choice
        }
        let names = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        throw error(key, "expected one of \(names), got \"\(string)\"")
    }

    /// Fails on the first key in the section that no read asked for.
    func rejectUnknownKeys() throws(ConfigurationError) {
        guard let table else { return }
        for key in table.keys.sorted() where !known.contains(key) {
            let expected = known.sorted().joined(separator: ", ")
            throw error(key, "unknown key (keys in [\(name)]: \(expected))")
        }
    }
}
