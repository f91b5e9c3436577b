import QuireText
import Testing

@testable import QuireDedup

/// The linked kinds as a mask answer as the set they were made from, for every set of kinds.
struct KindMaskTests {
    @Test func theMaskHoldsWhatTheSetHolds() {
        let kinds = BlockKind.allCases
        // Every subset of the kinds, by the bits of its number.
        for subset in 0..<(1 << kinds.count) {
            let set = Set(kinds.indices.filter { subset & (1 << $0) != 0 }.map { kinds[$0] })
            let mask = KindMask(set)
            for kind in kinds { #expect(mask.contains(kind) == set.contains(kind)) }
        }
    }

    /// Fingerprinting takes the blocks of the configured kinds only.
    @Test func fingerprintsAreOfTheLinkedKindsAlone() {
        var configuration = DedupConfiguration()
        configuration.linkedKinds = [.paragraph, .signature]
        let text = "国务院总理李强主持召开国务院常务会议，研究部署进一步优化营商环境的政策措施。"
        let blocks = [BlockKind.title, .paragraph, .signature, .date, .heading, .paragraph].enumerated().map { index, kind in
            Block(kind: kind, text: text, id: "b\(index)", sourceLines: (index + 1)...(index + 1))
        }
        let fingerprints = Fingerprinter(configuration: configuration).fingerprints(of: blocks)
        #expect(fingerprints.map(\.position) == [1, 2, 5])
    }
}
