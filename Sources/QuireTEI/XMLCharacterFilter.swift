/// Keeps only what XML 1.0's `Char` production allows, counting what it drops.
///
/// `xmlTextWriter` writes U+0000, U+000C, U+FFFE... raw and reports no error, and the file is
/// then not XML at all. OCR output does contain such characters (form feeds between pages,
/// NULs from broken conversions), so every string is filtered before it reaches libxml2, and
/// the count goes into the TEI header so the loss is on record.
///
/// Almost every string is clean, so the test runs on the UTF-8 bytes (`XMLTextScan`, no
/// scalar decoding); only a string that fails it is rebuilt scalar by scalar.
struct XMLCharacterFilter: Sendable, Hashable {
    /// How many scalars `clean` has dropped so far.
    private(set) var droppedCount = 0

    /// `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
    /// Surrogates cannot occur in a Swift `String`, so only the other gaps need testing.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// True when `string` holds a scalar `isAllowed` rejects.
    static func containsForbidden(_ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { XMLTextScan.scan($0).contains(.forbidden) }
            ?? !string.unicodeScalars.allSatisfy(isAllowed)
    }

    /// `string` without forbidden scalars, and whether it needs escaping, from one scan when
    /// nothing is dropped (nearly always).
    mutating func check(_ string: String) -> CheckedText {
        var string = string
        let findings = string.withUTF8 { XMLTextScan.scan($0) }
        guard findings.contains(.forbidden) else {
            return CheckedText(string: string, needsEscaping: findings.contains(.escapes))
        }
        var cleaned = clean(string)
        return CheckedText(string: cleaned, needsEscaping: cleaned.withUTF8 { XMLTextScan.scan($0) }.contains(.escapes))
    }

    /// `string` without forbidden scalars.
    mutating func clean(_ string: String) -> String {
        guard Self.containsForbidden(string) else { return string }
        var kept = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if Self.isAllowed(scalar) { kept.append(scalar) } else { droppedCount += 1 }
        }
        return String(kept)
    }
}

/// Text already filtered to XML characters, and whether it holds a character the writer
/// must escape, so that the writer need not scan it again.
struct CheckedText: Hashable {
    let string: String
    let needsEscaping: Bool
}
