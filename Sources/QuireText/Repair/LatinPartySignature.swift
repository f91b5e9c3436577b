/// The signature block of a party to an English agreement or statement: the party
/// (`For the Republic of India`, `On behalf of the Government of Canada`) over the signer's
/// name (`S. Jaishankar`). Each is a line of the closer, as `代表` / `王毅` is in Chinese.
enum LatinPartySignature {
    /// `For the …` or `On behalf of …` with a capital after it, no final mark, at most 60 scalars.
    /// (Read from the line's scalars: asked of every Latin line that opens with `F` or `O`.)
    static func isParty(_ line: LineProfile) -> Bool {
        guard line.script == .latin, line.count <= 60, line.ending == .open else { return false }
        return isParty(line.scalars)
    }

    /// `isParty` of a line's text alone (a cell of side-by-side signature blocks).
    static func isParty(_ s: LineScalars) -> Bool {
        func opens(with word: String, at k: Int) -> Int? {
            var k = k
            for c in word.unicodeScalars {
                guard k < s.count, s[k] == c else { return nil }
                k += 1
            }
            return k < s.count && s[k] == " " ? k + 1 : nil
        }
        guard var k = opens(with: "For", at: 0) ?? opens(with: "On behalf of", at: 0) else { return false }
        if let after = opens(with: "the", at: k) { k = after }
        return k < s.count && s[k].properties.isUppercase
    }

    /// A signer's name under the party: one to four words, each opening with a capital
    /// (`S. Jaishankar`, `Mukhtar Tileuberdi`), at most 30 scalars, no final mark but an
    /// initial's point.
    static func isName(_ line: LineProfile) -> Bool {
        guard line.script == .latin, line.count <= 30, line.ending != .clause else { return false }
        let words = String(scalars: line.scalars).split(separator: " ")
        return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && (line.last != "." || words.last!.count <= 3)
    }
}
