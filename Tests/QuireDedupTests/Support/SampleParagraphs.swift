import Foundation
import QuireText

/// Paragraph blocks cut from the shared samples by simple rules, standing in for the repair
/// engine: 000 is split at its blank lines; 003 (a narrow newspaper column with blank lines
/// between all lines) is joined line by line until a short line ends a sentence or the next
/// line opens a new `各代表团团长` paragraph. The two sources thus split paragraphs
/// differently, which the index must survive.
enum SampleParagraphs {
    static let samplesDirectory: URL = {
        // Tests/QuireDedupTests/Support/ -> repository root -> ../shared/samples
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [root.deletingLastPathComponent().appendingPathComponent("shared/samples"), URL(fileURLWithPath: "/work/shared/samples")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    static let first = "000_b1dedeb09271b6b9"
    static let second = "003_a4de005df2985204"

    static var available: Bool {
        FileManager.default.fileExists(atPath: samplesDirectory.appendingPathComponent("\(first).txt").path)
            && FileManager.default.fileExists(atPath: samplesDirectory.appendingPathComponent("\(second).txt").path)
    }

    static func lines(_ stem: String) throws -> [String] {
        let text = try String(contentsOf: samplesDirectory.appendingPathComponent("\(stem).txt"), encoding: .utf8)
        return text.components(separatedBy: "\n")
    }

    /// One block per blank-line-separated line run of 000.
    static func blankLineBlocks(_ lines: [String]) -> [Block] {
        var blocks: [Block] = []
        for (index, line) in lines.enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            blocks.append(block(text, id: "p\(blocks.count + 1)", line: index + 1))
        }
        return blocks
    }

    /// 003's column lines joined into paragraphs; closing lines kept as their own blocks.
    static func columnBlocks(_ lines: [String]) -> [Block] {
        let nonEmpty = lines.enumerated().compactMap { index, line -> (line: Int, text: String)? in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : (index + 1, text)
        }
        let widths = nonEmpty.map { displayWidth($0.text) }.sorted()
        let median = widths[widths.count / 2]
        var blocks: [Block] = []
        var pending: [String] = []
        var start = 0
        func flush(_ end: Int) {
            guard !pending.isEmpty else { return }
            blocks.append(block(pending.joined(), id: "p\(blocks.count + 1)", line: start, through: end))
            pending = []
        }
        for (offset, entry) in nonEmpty.enumerated() {
            if let kind = closingKind(entry.text) {
                flush(entry.line - 1)
                var closing = block(entry.text, id: "c\(blocks.count + 1)", line: entry.line)
                closing.kind = kind
                blocks.append(closing)
                continue
            }
            if pending.isEmpty { start = entry.line }
            pending.append(entry.text)
            guard let last = entry.text.last, "。”）".contains(last) else { continue }
            let next = offset + 1 < nonEmpty.count ? nonEmpty[offset + 1].text.replacingOccurrences(of: " ", with: "") : ""
            if Double(displayWidth(entry.text)) < 0.85 * Double(median) || next.hasPrefix("各代表团团长") {
                flush(entry.line)
            }
        }
        flush(nonEmpty.last?.line ?? 0)
        return blocks
    }

    /// Signature, date and dateline lines at the end of an official text.
    static func closingKind(_ text: String) -> BlockKind? {
        if text.hasPrefix("（新华社") { return .dateline }
        if text.range(of: #"^\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日$"#, options: .regularExpression) != nil { return .date }
        if text.range(of: #"^\S+(总理|部长) \S{2,5}$"#, options: .regularExpression) != nil { return .signature }
        return nil
    }

    static func block(_ text: String, id: String, line: Int, through end: Int? = nil) -> Block {
        Block(kind: .paragraph, text: text, id: id, sourceLines: line...max(line, end ?? line))
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    /// Folded text for independent checks: letters and digits only, full-width ASCII mapped.
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value), folded.properties.isAlphabetic || folded.properties.numericType != nil else { return nil }
            return folded
        }))
    }
}
