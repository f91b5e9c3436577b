import ArgumentParser
import Foundation
import QuireDedup
import QuireService

/// `quire dups`: every duplicated section the index knows, for archivists.
struct DupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dups",
        abstract: "List every known duplicated section: document, span, counterpart, span, similarity."
    )

    @OptionGroup var options: ConfigurationOptions

    @Flag(name: .long, help: "Print JSON (an array of sections) instead of a table.")
    var json = false

    func run() throws {
        let configuration = try options.load()
        let index = try IndexAccess.open(configuration, create: false)
        let sections = try IndexAccess.run { try index.recordedSections() }
        if json {
            try IndexAccess.printJSON(sections)
            return
        }
        guard !sections.isEmpty else {
            Console.report("no duplicated sections")
            return
        }
        let header = ["document", "span", "counterpart", "span", "similarity"]
        let rows = sections.map { section in
            [section.document, Self.span(section.blockIDs), section.counterpart, Self.span(section.counterpartBlockIDs),
             String(format: "%.3f", section.similarity)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            print(row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces))
        }
    }

    /// `p3–p9 (7 blocks)`, or the single id.
    static func span(_ ids: [String]) -> String {
        guard let first = ids.first, let last = ids.last, ids.count > 1 else { return ids.first ?? "" }
        return "\(first)–\(last) (\(ids.count) blocks)"
    }
}
