/// A letter's salutation (`Dear Secretary-General,`, `Sir,`, `Ladies and Gentlemen:`,
/// `Monsieur le Ministre,`, `Sehr geehrte Damen und Herren,`): a line of its own before the
/// letter's first paragraph, though it ends in a comma that elsewhere carries a Latin line on.
enum LatinSalutation {
    /// Whole salutations, without their final comma or colon.
    private static let fixed: Set<String> = [
        "Sir", "Sirs", "Dear Sir", "Dear Sirs", "Madam", "Dear Madam", "Dear Sir or Madam", "Dear Sir/Madam",
        "Gentlemen", "Ladies and Gentlemen", "Excellency", "Your Excellency", "Mr. President", "Madam President",
        "To whom it may concern", "To Whom It May Concern", "Monsieur", "Madame", "Messieurs", "Mesdames, Messieurs",
        "Mesdames et Messieurs", "Sehr geehrte Damen und Herren", "Señor", "Señora", "Estimados señores",
    ]
    /// Openings that make a salutation of the few words after them.
    private static let openings = ["Dear ", "My dear ", "My Dear ", "Dearest ", "Monsieur le ", "Madame la ", "Madame le ",
                                   "Sehr geehrter ", "Sehr geehrte ", "Liebe ", "Lieber ", "Estimado ", "Estimada "]

    /// The first words of every form above, as scalars.
    private static let firstWords: [[Unicode.Scalar]] = Set((Array(fixed) + openings).compactMap { $0.split(separator: " ").first.map(String.init) })
        .map { Array($0.unicodeScalars) }

    private static func opensWithFirstWord(_ s: LineScalars) -> Bool {
        for word in firstWords where word.count < s.count {
            var k = 0
            while k < word.count && s[k] == word[k] { k += 1 }
            guard k == word.count else { continue }
            if s[k] == " " || s[k] == "," || s[k] == ":" { return true }
        }
        return false
    }

    /// The company a salutation may address in lower case.
    private static let addressees: Set<String> = ["friends", "colleagues", "all", "members", "readers", "sir", "madam", "sirs",
                                                  "fellow", "brothers", "sisters", "partners", "customers", "delegates"]

    /// The line is a salutation: at most eight words ending in `,` or `:`, one of the fixed forms
    /// or an opening and a name or title (no sentence inside: no `.` but an abbreviation's).
    static func isSalutation(_ line: LineProfile) -> Bool {
        guard line.script == .latin, line.count <= 60, line.last == "," || line.last == ":" else { return false }
        // Every form opens with one of these words: most lines are answered before a string is made.
        guard opensWithFirstWord(line.scalars) else { return false }
        var text = line.text
        text.removeLast()
        while text.last == " " { text.removeLast() }
        if fixed.contains(text) { return true }
        guard let opening = openings.first(where: { text.hasPrefix($0) }) else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 8 else { return false }
        // A name or a title after the opening (`Dear Mr. Smith`), or the company addressed
        // (`Dear friends`); not a sentence that opens with the word (`Dear as it was,`).
        let addressed = text.dropFirst(opening.count).prefix { $0 != " " }
        guard addressed.first?.isUppercase == true || addressees.contains(String(addressed)) else { return false }
        // A sentence going on (`Dear as it was, the price…`) holds a comma or a full stop inside.
        return !text.contains(",") && !words.dropLast().contains { $0.hasSuffix(".") && $0.count > 4 }
    }
}
