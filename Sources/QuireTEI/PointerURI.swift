/// Builds the URI references used in `@corresp`, `@target` and `relatedItem/@target`.
///
/// These attributes are whitespace-separated lists of `anyURI`, so a file name with a space
/// (or any other special character) would split into two pointers. Percent-encoding every
/// byte outside RFC 3986's unreserved set keeps each pointer one valid token, and leaves
/// Quire's own names (`000_b1dedeb09271b6b9.tei.xml#p3`) unchanged.
enum PointerURI {
    static func encode(_ component: String) -> String {
        // Quire's own names and ids need no escape: returned as they are. Rebuilt scalar by
        // scalar, each pointer of a page's duplicate links cost some 3,200 instructions (a
        // twentieth of the TEI writer's work on 95 pages of 30 KB with dedup on).
        if component.utf8.allSatisfy(isUnreserved) { return component }
        var result = ""
        for byte in component.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return result
    }

    /// RFC 3986's unreserved characters.
    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// `document#blockID`, or `#blockID` for a block of this document.
    static func pointer(document: String?, blockID: String) -> String {
        (document.map(encode) ?? "") + "#" + encode(blockID)
    }
}
