/// The insertion code that closes a 19th-century newspaper advertisement: the month and day it
/// was first run and how long it runs (`jy13-1w`, `apr24-6m`, `feb20-1y*`, `oc23-1yd`, `mr24`).
/// It stands on a line of its own under the ad, or opens the line of the advertiser's name or
/// address (`oc23-1yd Sole Proprietor, New York.`), and is never part of a sentence.
enum InsertionCode {
    /// Month abbreviations of the codes, lower-cased (`jy` July, `oc` October, `mr` March).
    static let months: Set<String> = [
        "jan", "ja", "feb", "fe", "mar", "mr", "mch", "apr", "ap", "apl", "may", "my", "jun", "ju", "jne",
        "jul", "jy", "jly", "aug", "au", "sep", "sept", "se", "oct", "oc", "nov", "dec", "de",
    ]

    /// `length` of the line's scalars, read where they lie (asked of every Latin line that opens
    /// with a letter: its `LineScalars` cost a retain and a release each).
    static func length(_ line: LineProfile) -> Int? {
        line.withScalars { length($0) }
    }

    /// Length of the code that opens `s` (it must end at a space or the line's end), or nil.
    static func length(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var k = 0
        while k < s.count, k < 4, isASCIILetter(s[k]) { k += 1 }
        // A digit must follow the letters: asked before the month is spelled out, as it runs
        // on every Latin line and almost none passes (a String a line cost 38 % of English repair).
        guard k >= 2, k < s.count, s[k].isDigit,
              months.contains(String(String.UnicodeScalarView(s[0..<k])).lowercased()) else { return nil }
        let dayStart = k
        while k < s.count, s[k].isDigit { k += 1 }
        guard k - dayStart >= 1, k - dayStart <= 2 else { return nil }
        if k < s.count, s[k] == "-" {
            // The run: `1w`, `6m`, `1y*`, `1yd`, `ly` (letters, digits, `*`, `&`).
            let runStart = k + 1
            k += 1
            while k < s.count, isASCIILetter(s[k]) || (s[k].isASCII && s[k].isDigit) || s[k] == "*" || s[k] == "&" { k += 1 }
            guard k - runStart >= 1 else { return nil }
        }
        return k == s.count || s[k] == " " ? k : nil
    }

    @inline(__always)
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A
    }

    /// The whole line is an insertion code. (A code holds no white space: a line with some, as
    /// its measure counted, is answered without its scalars, which cost a retain and a release
    /// to hand over, and asked of every Latin line.)
    static func isWholeLine(_ line: LineProfile) -> Bool {
        !line.hasSpace && length(line) == line.count
    }
}
