/// The close of a letter or a testimonial in a Latin-script newspaper: the writer's name on a
/// line of its own (`Mrs. John Fee,`, `Wm. Gibson,`), then where and when it was written
/// (`Wheeling, West Va., July 12, 1866.`). Without it the name and the place run into the
/// letter's last paragraph, or into the next letter.
enum LatinLetterClose {
    /// Titles and abbreviated first names that stand before a name (`Mrs.`, `Wm.`).
    static let titles: Set<String> = [
        "mr", "mrs", "miss", "ms", "dr", "rev", "hon", "prof", "capt", "col", "gen", "maj", "lieut", "messrs",
        "wm", "jno", "chas", "thos", "jas", "geo", "saml", "benj", "robt", "edw", "jos",
    ]

    /// A name line: two to six words, every one capitalised (an initial, a title, `Jr.` too),
    /// ending in `,` or `.`, with no sentence inside it.
    static func isSignedName(_ line: LineProfile) -> Bool {
        // A line in capitals that ends in a point (`FROM WASHINGTON.`) is a headline over a
        // dateline, not a name; one that ends in a comma (`MRS. JOHN FEE,`) is a name set in capitals.
        guard line.script == .latin, line.count <= 40, line.last == "," || line.last == ".",
              line.last == "," || !Segmenter.isAllCapitals(line), wordsMayAllBeCapitalised(line.scalars) else { return false }
        var text = line.text
        text.removeLast()
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 6 else { return false }
        var nameWords = 0
        for word in words {
            guard let first = word.unicodeScalars.first, first.isUppercaseLetter else { return false }
            let letters = word.filter(\.isLetter)
            // A word ending in a point is an initial or a title, never a sentence's end.
            if word.hasSuffix(".") {
                guard letters.count == 1 || titles.contains(letters.lowercased()) || letters == "Jr" || letters == "Sr"
                else { return false }
            } else {
                guard word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" }) else { return false }
                nameWords += 1
            }
        }
        return nameWords >= 1
    }

    /// A necessary condition for `isSignedName`, read off the scalars without building strings
    /// (the string checks were a sixth of repairing English): a word that visibly starts with an
    /// ASCII character other than a capital (after an ASCII space that stands alone, inside the
    /// text before the final mark) rules the line out, as it does in the full check.
    static func wordsMayAllBeCapitalised(_ scalars: LineScalars) -> Bool {
        @inline(__always) func isASCIINonCapital(_ s: Unicode.Scalar) -> Bool {
            s.isASCII && !(s.value >= 0x41 && s.value <= 0x5A)
        }
        let n = scalars.count
        guard n >= 2 else { return true }
        if isASCIINonCapital(scalars[0]) { return false }
        var i = 1
        while i <= n - 2 {
            let s = scalars[i]
            if s != " ", scalars[i - 1] == " ", i == 1 || scalars[i - 2].isASCII, isASCIINonCapital(s) { return false }
            i += 1
        }
        return true
    }

    /// A place and a date alone (`Wheeling, July 1, 1866.`): every word before the date is
    /// capitalised, so a sentence that ends in a date (`It adjourned to July 1, 1866.`) is not one.
    static func isPlaceAndDate(_ line: LineProfile) -> Bool {
        guard line.count <= 50, endsWithDate(line) else { return false }
        let words = line.text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 4 else { return false }
        return words.dropLast(3).allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// The line ends in a date, `…, July 12, 1866.` or `…, June 28, '66.`, after a place.
    static func endsWithDate(_ line: LineProfile) -> Bool {
        guard line.script == .latin, line.count <= 80, line.last == "." else { return false }
        // The year before the point must end in a digit: a line ending in a letter or any other
        // ASCII mark (almost every sentence) is answered without splitting it into strings.
        if line.count >= 2 {
            let beforePoint = line.scalars[line.count - 2]
            if beforePoint.isASCII, beforePoint != " ", beforePoint != ",",
               !(beforePoint.value >= 0x30 && beforePoint.value <= 0x39) { return false }
        }
        var text = line.text
        text.removeLast()
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard tokens.count >= 3 else { return false }
        let year = tokens[tokens.count - 1], day = tokens[tokens.count - 2]
        var month = tokens[tokens.count - 3].lowercased()
        if month.hasSuffix(".") { month.removeLast() }
        let isYear = (year.count == 4 && year.allSatisfy(\.isNumber)) || (year.count == 3 && year.first == "'" && year.dropFirst().allSatisfy(\.isNumber))
        let dayDigits = day.prefix { $0.isNumber }
        let isDay = (1...2).contains(dayDigits.count) && ["", "st", "nd", "rd", "th", "d"].contains(String(day.dropFirst(dayDigits.count)))
        return isYear && isDay && LinePatterns.monthNames.contains(month)
    }
}
