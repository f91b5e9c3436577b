import Foundation

extension TextEncoding {
    /// Parses the names users type for `--encoding` and the configuration's `encoding` key.
    ///
    /// GBK and GB2312 are subsets of GB18030, so they are read as GB18030: one decoder accepts
    /// every file written in any of the three.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936", "euc-cn": self = .gb18030
        case "big5", "big-5", "cp950": self = .big5
        default: return nil
        }
    }

    /// The names `init(name:)` accepts, for help texts and error messages.
    public static let acceptedNames = ["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312", "big5"]

    /// The name glibc's iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        // Big5 with the Hong Kong supplement: plain Big5 maps the same, and the circled numbers
        // and other ETEN extensions that Big5 files commonly hold (`①` is C6 A1) decode as
        // themselves, where glibc's plain `BIG5` gives private-use characters that look blank.
        case .big5: return "BIG5-HKSCS"
        }
    }
}
