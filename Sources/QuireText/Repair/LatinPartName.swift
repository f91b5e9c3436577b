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
    static func isPartName(_ line: LineProfile) -> Bool {
        guard line.script == .latin, line.count <= 40, line.last.layoutClass == .letter else { return false }
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
