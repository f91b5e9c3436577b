import PropertyBased
import Testing

@testable import QuireDedup

/// Folding decodes UTF-8 itself, into a buffer sized by the input's bytes: it must give the
/// scalar view's answer for text of every UTF-8 length (1 to 4 bytes a scalar), including
/// the scalars whose lower-case form is longer (İ) and text made only of separators.
struct FoldingModelTests {
    /// Scalars from every UTF-8 length class and every branch of the folding.
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "7", " ", ",", "-", "\u{0}", "é", "É", "İ", "ß", "Ω", "\u{301}", "ǅ", "²", "—", "，", "（", "Ａ", "ｚ", "５",
        "中", "国", "〇", "々", "あ", "カ", "한", "\u{3000}", "\u{FEFF}", "𠀀", "😀", "\u{10FFFF}", "Ⅻ", "\u{E000}",
    ]

    static let texts = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...60).map { indices in
        String(String.UnicodeScalarView(indices.map { alphabet[$0] }))
    }

    @Test func foldingMatchesTheScalarViewModel() async {
        await propertyCheck(count: 300, input: Self.texts) { text in
            #expect(TextFolding.fold(text).scalars == ReferenceFolding.fold(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test(arguments: ["", "İİİ", "，，，", "ＡＢＣ１２３", "Le Café  Noir!", "述 活 动 有 利 于", "𠀀𠀁 abc 😀 x"])
    func foldingMatchesTheModelOnEdgeCases(text: String) {
        #expect(TextFolding.fold(text).scalars == ReferenceFolding.fold(text))
    }
}

/// The merge-based set operations agree with `Set`, and a fingerprint's distinct count and
/// stored values agree with sorting and de-duplicating the hashes in full.
struct SortedValuesTests {
    static let lists = Gen.int(in: 0...200).array(of: 0...80).array(of: 0...6)

    @Test func unionAndIntersectionMatchSets() async {
        await propertyCheck(count: 200, input: Self.lists) { lists in
            let sortedLists = lists.map { Array(Set($0.map { UInt32($0) })).sorted() }
            let union = SortedValues.union(sortedLists) { $0 % 3 != 0 }
            let expected = Set(sortedLists.joined().filter { $0 % 3 != 0 })
            #expect(union == expected.sorted())
            guard sortedLists.count >= 2 else { return }
            let shared = SortedValues.intersectionCount(sortedLists[0], sortedLists[1])
            #expect(shared == Set(sortedLists[0]).intersection(sortedLists[1]).count)
        }
    }
}
