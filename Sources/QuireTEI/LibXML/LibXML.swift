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

    /// Calls `body` with a NUL-terminated `xmlChar` view of `string`: a native string's own
    /// storage (which Swift keeps NUL-terminated), or a stack copy of a small one, so nothing
    /// is allocated.
    ///
    /// Callers must not pass strings containing U+0000: libxml2 would stop at it. The TEI layer
    /// filters to the XML `Char` production first, which excludes it.
    static func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
        try string.withCString { chars in
            try chars.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }

    /// Calls `body` with a NUL-terminated `xmlChar` view of a literal name: the literal itself,
    /// or, for a one-scalar literal (`"p"`, which Swift stores as a scalar, not as a pointer),
    /// a copy on the stack. No `String` is made.
    @inline(__always)
    static func withXMLChars<Result>(_ name: StaticString, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
        if name.hasPointerRepresentation { return try body(name.utf8Start) }
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        return try withUnsafeMutableBytes(of: &bytes) { storage in
            name.withUTF8Buffer { scalar in
                storage.copyMemory(from: UnsafeRawBufferPointer(scalar))
            }
            return try body(storage.baseAddress!.assumingMemoryBound(to: xmlChar.self))
        }
    }

    /// A Swift string from a libxml2-owned, NUL-terminated `xmlChar` string (not freed here).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// True when `name` is an XML NCName (what `xml:id` requires), as libxml2 judges it.
    /// Quire's own ids (`p12`, `b3`) are ASCII and answered here without a call; libxml2
    /// judges the rest.
    static func isNCName(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        // An all-ASCII name is answered byte by byte (a NUL fails that test too).
        if let ascii = asciiNCName(name.utf8) { return ascii }
        guard !name.unicodeScalars.contains("\0") else { return false }
        return libxmlIsNCName(name)
    }

    /// libxml2's own judgement, for names other than ASCII (and as the tests' reference).
    static func libxmlIsNCName(_ name: String) -> Bool {
        ensureInitialized()
        return withXMLChars(name) { xmlValidateNCName($0, 0) == 0 }
    }

    /// For an all-ASCII name, whether it is an NCName (`[A-Za-z_][A-Za-z0-9._-]*`, which is
    /// what the NCName productions leave of ASCII); nil when `name` is not all ASCII.
    static func asciiNCName(_ name: String.UTF8View) -> Bool? {
        // A buffer of a native string (a small one is copied to the stack): the view's own
        // iterator cost more than the test for ids of a few bytes.
        name.withContiguousStorageIfAvailable(asciiNCNameOfBytes) ?? asciiNCNameOfBytes(name)
    }

    private static func asciiNCNameOfBytes<Bytes: Sequence<UInt8>>(_ name: Bytes) -> Bool? {
        var valid = true
        var first = true
        for byte in name {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if first { valid = false }
            default:
                valid = false
            }
            first = false
        }
        return valid
    }
}
