/// Human-written sizes for the configuration (`64MiB`, `500 KB`, `1G`), all binary multiples:
/// a size limit is a guard against filling memory, not a unit of account.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.filter { $0 != " " }.uppercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        let multiplier: Int
        switch trimmed.dropFirst(digits.count) {
        case "", "B": multiplier = 1
        case "K", "KB", "KIB": multiplier = 1 << 10
        case "M", "MB", "MIB": multiplier = 1 << 20
        case "G", "GB", "GIB": multiplier = 1 << 30
        default: return nil
        }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : product
    }
}
