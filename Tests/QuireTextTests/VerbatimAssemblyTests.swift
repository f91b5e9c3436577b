import Foundation
import Testing
@testable import QuireText

/// Lines that are their own UTF-8 in the source are copied into a block's text instead of
/// encoded from their scalars (`LineProfile.sourceUTF8`, `BlockAssembler.VerbatimLine`): every
/// block must come out as it does when every line is encoded, with the same breaks and counts.
@Suite struct VerbatimAssemblyTests {
    /// Assembles every block of `text` twice, with the source's bytes and without them.
    private func disagreements(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let buffer = LineBuffer(lines: lines)
        var profileLog = RepairLog()
        let profiles = Repairer.profileLines(buffer, log: &profileLog)
        guard !profiles.isEmpty else { return [] }
        let language = LanguageGuess.guess(profiles)
        let hyphenation = LazyHyphenationEvidence(lines: profiles, known: [], language: language)
        let copying = BlockAssembler(options: .default, hyphenation: hyphenation, sourceUTF8: buffer.utf8)
        let encoding = BlockAssembler(options: .default, hyphenation: hyphenation)
        var found: [String] = []
        var scalars: [Unicode.Scalar] = [], utf8: [UInt8] = [], verbatim: [BlockAssembler.VerbatimLine] = [], marks: [Int] = []
        for division in Segmenter(lines: profiles).segment() {
            for segment in division {
                for latin in [false, true] {
                    var copiedLog = RepairLog(), encodedLog = RepairLog()
                    let copied = copying.assemble(segment.lines, of: profiles, kind: segment.kind, latin: latin,
                                                  buffer: &scalars, utf8: &utf8, verbatim: &verbatim, marks: &marks, log: &copiedLog)
                    let encoded = encoding.assemble(segment.lines, of: profiles, kind: segment.kind, latin: latin,
                                                    buffer: &scalars, utf8: &utf8, verbatim: &verbatim, marks: &marks, log: &encodedLog)
                    if copied.text != encoded.text || copied.breaks != encoded.breaks || copiedLog != encodedLog {
                        found.append(encoded.text)
                    }
                }
            }
        }
        return found
    }

    @Test(arguments: ["samples/000_b1dedeb09271b6b9.txt", "samples/003_a4de005df2985204.txt",
                      "samples/latin-newspaper.txt", "samples/notice-official.txt", "samples/page-two-widths.txt"])
    func samplesAssembleAlike(_ path: String) throws {
        #expect(disagreements(try Fixtures.text(path)).isEmpty)
    }

    /// Lines that must not be copied, or not whole: a soft hyphen, a line-end hyphen, the
    /// Fraktur `=`, a ligature, a full-width digit, a tab, letter-spacing, spaces at the ends,
    /// half-width marks that Chinese prose widens, a web address cut at the line end.
    @Test func changedLinesAssembleAlike() {
        let text = """
            　　国务院关于加强管理的通知，各省、自治区、直辖市人民政府
            要求如下(试行):第一,加强
            管理１２３项工作\u{00AD}
            继续推进 inter-
            national cooperation and Kathreiner=
            Preis \u{FB01}nal  \t tab
            　关 于 加 强 管 理 的 通 知　
            访问 https://gjj.jiang
            cheng.gov.cn 查询。
            他说:"我们要继续努力."
            第一条　为了规范管理，
            制定本办法。
            """
        #expect(disagreements(text).isEmpty)
    }
}
