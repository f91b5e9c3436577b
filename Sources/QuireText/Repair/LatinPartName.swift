/// A paper's or a report's part name alone on its line, numbered or not (`Abstract`,
/// `1 Introduction`, `2.3 Related Work`, `IV. RESULTS`, `References`): a heading of its own,
/// never the end of the line before (an address, `…@ed.ac.uk`) or the start of the next.
enum LatinPartName {
    /// Part names, in lower case.
    private static let names: Set<String> = [
        "abstract", "introduction", "background", "related work", "method", "methods", "methodology",
        "materials and methods", "results", "discussion", "results and discussion", "conclusion", "conclusions",
        "references", "bibliography", "acknowledgments", "acknowledgements", "acknowledgment", "acknowledgement",
        "appendix", "summary", "executive summary", "experiments", "evaluation", "limitations", "findings",
        "recommendations", "contents", "table of contents", "preface", "foreword", "glossary", "notes",
    ]

    /// The line is a part name, after an optional number (`1`, `1.`, `2.3`, `IV.`, `A.`).
    /// The names' last words, as scalars: a line whose last word is none of them is answered
    /// before a string is made.
    private static let lastWords: [[Unicode.Scalar]] = Set(names.compactMap { $0.split(separator: " ").last.map(String.init) })
        .map { Array($0.unicodeScalars) }

    private static func endsWithPartWord(_ s: LineScalars) -> Bool {
        var start = s.count
        while start > 0, s[start - 1].layoutClass == .letter { start -= 1 }
        let length = s.count - start
        guard length >= 4, length <= 16 else { return false }
        return lastWords.contains { word in
            guard word.count == length else { return false }
            for k in 0..<length {
                let v = s[start + k].value
                let lower = v &- 0x41 < 26 ? v + 0x20 : v
                guard lower == word[k].value else { return false }
            }
            return true
        }
    }

    static func isPartName(_ line: LineProfile) -> Bool {
        guard line.script == .latin, line.count <= 40, line.last.layoutClass == .letter, endsWithPartWord(line.scalars) else { return false }
        var words = line.text.split(separator: " ")
        guard !words.isEmpty, words.count <= 5 else { return false }
        if let first = words.first, first.first?.isNumber == true || isRomanOrLetterNumber(first) {
            words.removeFirst()
        }
        guard let head = words.first, head.first?.isUppercase == true else { return false }
        return names.contains(words.joined(separator: " ").lowercased())
    }

    /// `IV.`, `A.`: a part's number in Roman numerals or a capital letter, with its point.
    private static func isRomanOrLetterNumber(_ word: Substring) -> Bool {
        guard word.count >= 2, word.last == "." else { return false }
        let body = word.dropLast()
        return body.count == 1 && body.first!.isUppercase || body.allSatisfy { "IVXL".contains($0) }
    }
}
