import CLibXML2

/// Entry points shared by the unsafe libxml2 layer.
///
/// Every pointer Quire touches lives in this folder; the rest of the module works on Swift
/// values only.
enum LibXML {
    /// `xmlInitParser` must run once before libxml2 is used from several threads; a global
    /// `let` is initialised exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    /// Calls `body` with a NUL-terminated `xmlChar` copy of `string`.
    ///
    /// Callers must not pass strings containing U+0000: libxml2 would stop at it. The TEI layer
    /// filters to the XML `Char` production first, which excludes it.
    static func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
        var bytes = Array(string.utf8)
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// A Swift string from a libxml2-owned, NUL-terminated `xmlChar` string (not freed here).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// True when `name` is an XML NCName (what `xml:id` requires), as libxml2 judges it.
    static func isNCName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.unicodeScalars.contains("\0") else { return false }
        ensureInitialized()
        return withXMLChars(name) { xmlValidateNCName($0, 0) == 0 }
    }
}
