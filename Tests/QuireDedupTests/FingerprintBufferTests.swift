import QuireText
import Testing

@testable import QuireDedup

/// `Fingerprinter.fingerprints(of:)` folds and shingles into buffers of its own; what it
/// makes is what the array functions make, for both Latin shingle units and every script.
struct FingerprintBufferTests {
    static let texts = [
        "各代表团团长注意到，上海合作组织成员国在维护地区和平与稳定方面发挥了重要作用。",
        "The quick brown fox, jumping over the lazy dog, met the Council's envoy in Geneva.",
        "Ärger über Öl: die Straße von Hormus (COP27) und 2022年的协定 — ÉTÉ İstanbul",
        "短", "。 ，", "a", "关工作。", "ＡＢＣ１２３ full-width ＡＳＣＩＩ and 한국어 텍스트 かな",
    ]

    @Test(arguments: LatinShingleUnit.allCases)
    func buffersMakeWhatArraysMake(unit: LatinShingleUnit) {
        var configuration = DedupConfiguration()
        configuration.latinShingleUnit = unit
        configuration.latinShingleSize = unit == .words ? 2 : 5
        let fingerprinter = Fingerprinter(configuration: configuration)
        let blocks = Self.texts.enumerated().map { index, text in
            Block(kind: .paragraph, text: text, id: "p\(index)", sourceLines: (index + 1)...(index + 1))
        }
        let made = fingerprinter.fingerprints(of: blocks)
        var expected: [(position: Int, count: Int, values: [UInt32], sketches: [UInt64])] = []
        for (position, block) in blocks.enumerated() {
            let shingles = fingerprinter.shingler.orderedShingles(of: TextFolding.fold(block.text))
            guard !shingles.isEmpty else { continue }
            let middle = shingles.count / 2
            let first = fingerprinter.minHash.sketch(shingles[..<middle])
            let second = fingerprinter.minHash.sketch(shingles[middle...])
            let distinct = Set(shingles)
            let values = Array(Set(distinct.map { UInt32(truncatingIfNeeded: $0 >> 32) })).sorted()
            expected.append((position, distinct.count, values, first + second + OnePermutationMinHash.union(first, second)))
        }
        #expect(made.map(\.position) == expected.map(\.position))
        for (fingerprint, reference) in zip(made, expected) {
            #expect(fingerprint.shingleCount == reference.count)
            #expect(fingerprint.values == reference.values)
            #expect(Array(fingerprint.sketches) == reference.sketches)
        }
    }
}
