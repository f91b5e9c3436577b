import Foundation

/// Turns decoded lines into the reading text: joined lines, repaired spacing and punctuation,
/// recognised structure. A pure function of its input and options.
public enum Repairer {
    public static func repair(_ source: SourceText, options: RepairOptions = .default) -> RepairedDocument {
        // Placeholder: one block per non-empty line. Replaced by the real engine.
        var blocks: [Block] = []
        for (index, line) in source.lines.enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            blocks.append(Block(kind: .paragraph, text: text, id: "p\(blocks.count + 1)", sourceLines: (index + 1)...(index + 1)))
        }
        return RepairedDocument(title: nil, language: "und", divisions: [Division(blocks: blocks)], repairs: RepairLog())
    }
}
