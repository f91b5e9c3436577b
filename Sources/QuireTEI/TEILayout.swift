import QuireText

/// Where each block of a division goes in a TEI `div`, so that the result is valid TEI.
///
/// TEI's `div` is `(divTop)*, ((p…)+ , div*) | div+)?, (divBottom)*`: headings and datelines
/// only at the top, a `closer` only at the end, and only after at least one `p` or `div`.
/// Printed texts do not always follow that order, so the plan is:
///
/// - `top`: the leading run of titles, headings and datelines (`head`, `dateline`);
/// - `closer`: the trailing run of signatures, dates and datelines after that (`closer`);
/// - `body`: the paragraphs before the first later heading (`p`);
/// - `sections`: a heading after prose starts a nested `div type="section"`, planned the same
///   way (a closing run at its end becomes that section's closer), so no heading ever has to
///   be demoted;
/// - a closing line in the middle of prose stays where it is, as a `p` wrapping `date` or
///   `seg type="signature|dateline"`, because moving it would change the reading order;
/// - a closer with nothing before it gets an empty `<p/>` in front (`needsFillerParagraph`);
/// - page furniture (`fw`) is allowed anywhere in TEI, so it stays in whatever run it falls
///   in, but never starts a closer on its own.
struct DivisionLayout<Item> {
    var top: [Item] = []
    var body: [Item] = []
    var sections: [DivisionLayout<Item>] = []
    var closer: [Item] = []

    /// True when `body` holds more than page furniture.
    private(set) var bodyHasProse = false

    /// tei_all wants a `p` or `div` (not just `fw`) before a `closer`.
    var needsFillerParagraph: Bool { !closer.isEmpty && !bodyHasProse && sections.isEmpty }

    var isEmpty: Bool { top.isEmpty && body.isEmpty && sections.isEmpty && closer.isEmpty }

    static func isTop(_ kind: BlockKind) -> Bool {
        kind == .title || kind == .heading || kind == .dateline || isAnywhere(kind)
    }

    /// Page furniture and footnotes: allowed anywhere in TEI (`model.global`).
    static func isAnywhere(_ kind: BlockKind) -> Bool {
        kind == .furniture || kind == .note
    }

    static func isHeading(_ kind: BlockKind) -> Bool {
        kind == .title || kind == .heading
    }

    static func isClosing(_ kind: BlockKind) -> Bool {
        kind == .signature || kind == .date || kind == .dateline
    }

    /// Plans one division (`allowSections`) or one section (no further nesting).
    init(_ items: [Item], kind: (Item) -> BlockKind, allowSections: Bool = true) {
        var rest = items[...]
        while let first = rest.first, Self.isTop(kind(first)) {
            top.append(first)
            rest.removeFirst()
        }
        var closerStart = rest.endIndex
        while closerStart > rest.startIndex, Self.isClosing(kind(rest[closerStart - 1])) || Self.isAnywhere(kind(rest[closerStart - 1])) {
            closerStart -= 1
        }
        while closerStart < rest.endIndex, Self.isAnywhere(kind(rest[closerStart])) {
            closerStart += 1
        }
        closer = Array(rest[closerStart...])
        rest = rest[..<closerStart]
        guard allowSections else {
            body = Array(rest)
            bodyHasProse = body.contains { !Self.isAnywhere(kind($0)) }
            return
        }
        var sectionItems: [[Item]] = []
        for item in rest {
            if Self.isHeading(kind(item)) {
                // Consecutive headings (and datelines between them) share one section top.
                if let last = sectionItems.last, last.allSatisfy({ Self.isTop(kind($0)) }) {
                    sectionItems[sectionItems.count - 1].append(item)
                } else {
                    sectionItems.append([item])
                }
            } else if sectionItems.isEmpty {
                body.append(item)
            } else {
                sectionItems[sectionItems.count - 1].append(item)
            }
        }
        bodyHasProse = body.contains { !Self.isAnywhere(kind($0)) }
        sections = sectionItems.map { DivisionLayout($0, kind: kind, allowSections: false) }
    }
}
