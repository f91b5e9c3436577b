import Foundation

/// Folds repaired text into the form two witnesses of the same passage share, whatever their
/// OCR or typesetting did: no whitespace, no punctuation or symbols, full-width ASCII made
/// half-width, letters lower-cased and Latin accents stripped. Two sources of one text then
/// differ only where their letters differ (`重大意义` / `重要意义`), not where a typesetter chose
/// `（` over `(` or broke a line.
///
/// The result is an array of scalar values with `0` marking a word boundary: CJK shingling
/// ignores the marks, Latin word shingling splits on them.
enum TextFolding {
    /// The word-boundary mark in folded text.
    static let boundary: UInt32 = 0

    static func fold(_ text: String) -> FoldedText {
        var counts = (count: 0, cjkCount: 0, letterCount: 0)
        let scalars = [UInt32](unsafeUninitializedCapacity: text.utf8.count) { output, written in
            counts = fold(text, into: output)
            written = counts.count
        }
        return FoldedText(scalars: scalars, cjkCount: counts.cjkCount, letterCount: counts.letterCount)
    }

    /// `fold(_:)` into `output`, which holds at least `text.utf8.count` values: how many it
    /// wrote, and the counts `FoldedText` keeps. For callers that fold block after block
    /// into one buffer of their own.
    static func fold(_ text: String, into output: UnsafeMutableBufferPointer<UInt32>) -> (count: Int, cjkCount: Int, letterCount: Int) {
        var text = text
        // A UTF-8 byte or more per output value (a boundary stands for the separator before
        // it; the one lower-case mapping that adds a scalar, İ -> i + U+0307, takes two bytes
        // in and gives two out): values written in place. Scalars decoded from the bytes by
        // hand: the scalar view's iterator cost a third of the folding.
        // The counts are the closure's own and returned from it: captured from outside, each
        // was read from memory, checked and written back for every character.
        let (count, cjk, letters) = text.withUTF8 { bytes -> (Int, Int, Int) in
            var cjk = 0
            var letters = 0
            var out = Output(buffer: output)
            var pendingBoundary = false
            var index = 0
            let end = bytes.count
            while index < end {
                let lead = UInt32(bytes[index])
                var value: UInt32
                // Valid UTF-8 (a `String`'s): the index stays below `end`, no check needed.
                if lead < 0x80 {
                    value = lead
                    index &+= 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index &+= 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index &+= 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index &+= 4
                }
                // Fast path: CJK Unified Ideographs, by far the most common input.
                if value >= 0x4E00 && value <= 0x9FFF {
                    out.append(value)
                    cjk &+= 1
                    letters &+= 1
                    pendingBoundary = false
                    continue
                }
                if value >= 0xFF01 && value <= 0xFF5E {
                    value -= 0xFEE0  // full-width ASCII -> ASCII
                }
                if value < 0x80 {
                    switch value {
                    case 0x41...0x5A:  // A-Z
                        value += 0x20
                        fallthrough
                    case 0x61...0x7A, 0x30...0x39:
                        if pendingBoundary, out.count > 0 { out.append(boundary) }
                        pendingBoundary = false
                        out.append(value)
                        letters += 1
                    default:
                        pendingBoundary = true
                    }
                    continue
                }
                // Chinese text's own punctuation (、。《》「」“”—…): a boundary, without
                // asking the scalar's properties (some 430 instructions each, a fifth of
                // folding a page of 30 KB for one character in thirty).
                if isPunctuationOrSpace(value) {
                    pendingBoundary = true
                    continue
                }
                guard let folded = Unicode.Scalar(value) else { continue }
                appendGeneral(folded, to: &out, cjk: &cjk, letters: &letters, pendingBoundary: &pendingBoundary)
            }
            return (out.count, cjk, letters)
        }
        return (count, cjk, letters)
    }

    /// The folded values written so far into a buffer sized for the worst case.
    private struct Output {
        let buffer: UnsafeMutableBufferPointer<UInt32>
        var count = 0

        @inline(__always)
        mutating func append(_ value: UInt32) {
            // Never reached by valid input (see `fold`); a guard, not a path.
            guard count < buffer.count else { return }
            buffer[count] = value
            count += 1
        }
    }

    private static func appendGeneral(
        _ scalar: Unicode.Scalar, to scalars: inout Output, cjk: inout Int, letters: inout Int, pendingBoundary: inout Bool
    ) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            break
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return  // accents and the like: OCR often loses them
        default:
            pendingBoundary = true  // whitespace, punctuation, symbols, controls
            return
        }
        let isCJK = isCJKScalar(scalar.value)
        if !isCJK, pendingBoundary, scalars.count > 0 { scalars.append(boundary) }
        pendingBoundary = false
        letters += 1
        if isCJK {
            cjk += 1
            scalars.append(scalar.value)
            return
        }
        // Lower-case, then drop accents: `É` -> `e`.
        let lowered = properties.changesWhenLowercased ? properties.lowercaseMapping.unicodeScalars : String.UnicodeScalarView([scalar])
        for candidate in lowered {
            if candidate.value < 0x80 {
                scalars.append(candidate.value)
                continue
            }
            if let decomposition = latinBase(candidate) {
                scalars.append(decomposition)
            } else {
                scalars.append(candidate.value)
            }
        }
    }

    /// The base letter of a precomposed Latin letter with diacritics (`é` -> `e`), if any.
    private static func latinBase(_ scalar: Unicode.Scalar) -> UInt32? {
        guard scalar.value >= 0xC0 && scalar.value <= 0x24F else { return nil }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        guard decomposed.count > 1, let first = decomposed.first else { return nil }
        return first.value
    }

    /// Scalars `appendGeneral` takes as a boundary (neither letter, number nor mark): all of
    /// General Punctuation (spaces, dashes, quotation marks, format controls), and the
    /// punctuation, brackets and symbols of CJK Symbols and Punctuation, whose letters
    /// (々〆〇, the Suzhou numerals, the kana repeat marks) and tone marks are left to it.
    @inline(__always)
    static func isPunctuationOrSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0x3030, 0x3036...0x3037, 0x303D...0x303F:
            return true
        default:
            return false
        }
    }

    /// Han, kana, Hangul and the CJK compatibility blocks: scripts written without spaces,
    /// shingled by characters.
    static func isCJKScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0x20000...0x2FA1F, 0x3005, 0x3007:
            return true
        default:
            return false
        }
    }
}

/// Folded text (see `TextFolding`) with the counts that decide how it is shingled.
struct FoldedText: Sendable, Hashable {
    var scalars: [UInt32]
    var cjkCount: Int
    var letterCount: Int

    /// Mostly CJK text is shingled by characters; anything else by the Latin rule.
    var isMostlyCJK: Bool { Self.isMostlyCJK(cjkCount: cjkCount, letterCount: letterCount) }

    static func isMostlyCJK(cjkCount: Int, letterCount: Int) -> Bool { cjkCount * 10 >= letterCount * 3 && cjkCount > 0 }

    /// The scalars without word-boundary marks.
    var characters: [UInt32] { scalars.filter { $0 != TextFolding.boundary } }
}
