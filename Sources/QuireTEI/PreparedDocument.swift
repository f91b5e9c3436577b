import QuireText

/// A block ready for writing: its text already filtered to XML characters and cut at the
/// diplomatic line breaks.
struct PreparedBlock {
    enum Piece: Equatable {
        case text(CheckedText)
        case lineBreak(cutsWord: Bool)
    }

    var kind: BlockKind
    var id: String
    var pieces: [Piece]
    /// The `@corresp` value (space-separated pointers), nil when the block repeats nothing.
    var corresp: String?
}

/// Everything the TEI writer needs, checked and filtered up front.
///
/// Filtering happens before writing because the count of dropped characters goes into the
/// header, which is written before the body; each input string is filtered exactly once,
/// so each dropped character is counted once even when (like the file name) it is written
/// twice.
struct PreparedDocument {
    var title: String
    var fileName: String
    var language: String
    var applicationVersion: String
    var divisions: [DivisionLayout<PreparedBlock>]
    var repairs: RepairLog
    var droppedCharacters: Int
    /// One `link` per repeated section, in report order.
    var sectionLinks: [SectionLink]
    /// Pointer to the TEI of an earlier, byte-identical input.
    var exactDuplicateOf: String?

    init(_ document: RepairedDocument, source: SourceText, duplicates: DuplicateReport, options: TEIOptions) throws {
        var filter = XMLCharacterFilter()
        fileName = filter.clean(source.fileName)
        title = document.title.map { filter.clean($0) } ?? fileName
        language = Self.languageTag(document.language)
        applicationVersion = Self.versionNumber(options.applicationVersion)

        var seen = Set<String>(minimumCapacity: document.divisions.reduce(0) { $0 + $1.blocks.count })
        var layouts: [DivisionLayout<PreparedBlock>] = []
        for division in document.divisions {
            var blocks: [PreparedBlock] = []
            blocks.reserveCapacity(division.blocks.count)
            // By index, not `for block in`: a copy of each Block (three retains and releases)
            // was a visible share of rendering.
            for index in division.blocks.indices {
                let id = division.blocks[index].id
                guard LibXML.isNCName(id) else { throw TEIWriterError.invalidBlockID(id) }
                guard seen.insert(id).inserted else { throw TEIWriterError.duplicateBlockID(id) }
                let pieces = Self.pieces(of: division.blocks[index].text, lineBreaks: division.blocks[index].lineBreaks,
                                         diplomatic: options.diplomatic, filter: &filter)
                let corresp = duplicates.links.isEmpty ? nil : duplicates.links[id].flatMap { references -> String? in
                    let pointers = references.filter { !$0.document.isEmpty && !$0.blockID.isEmpty }
                        .map { PointerURI.pointer(document: $0.document, blockID: $0.blockID) }
                    return pointers.isEmpty ? nil : pointers.joined(separator: " ")
                }
                blocks.append(PreparedBlock(kind: division.blocks[index].kind, id: id, pieces: pieces, corresp: corresp))
            }
            let layout = DivisionLayout(blocks, kind: \.kind)
            if !layout.isEmpty { layouts.append(layout) }
        }
        divisions = layouts
        sectionLinks = duplicates.sections.compactMap { SectionLink($0, localIDs: seen) }
        exactDuplicateOf = duplicates.exactDuplicateOf.flatMap { $0.isEmpty ? nil : PointerURI.encode($0) }
        droppedCharacters = filter.droppedCount
        repairs = document.repairs
        repairs.record(.forbiddenCharacter, count: droppedCharacters)
    }

    /// The block text, split at its line breaks when diplomatic. Offsets count Unicode
    /// scalars of the original text, so the split happens before filtering; offsets outside
    /// the text are ignored.
    private static func pieces(of text: String, lineBreaks: [LineBreakMark], diplomatic: Bool, filter: inout XMLCharacterFilter) -> [PreparedBlock.Piece] {
        guard diplomatic, !lineBreaks.isEmpty else {
            return [.text(filter.check(text))]
        }
        let scalars = Array(text.unicodeScalars)
        var pieces: [PreparedBlock.Piece] = []
        var start = 0
        for mark in lineBreaks.sorted(by: { $0.offset < $1.offset }) where (0...scalars.count).contains(mark.offset) {
            if mark.offset > start {
                pieces.append(.text(filter.check(String(String.UnicodeScalarView(scalars[start..<mark.offset])))))
            }
            pieces.append(.lineBreak(cutsWord: mark.cutsWord))
            start = max(start, mark.offset)
        }
        if start < scalars.count {
            pieces.append(.text(filter.check(String(String.UnicodeScalarView(scalars[start...])))))
        }
        return pieces
    }

    /// A BCP 47-shaped tag TEI accepts (`xsd:language`), else `und`.
    static func languageTag(_ tag: String) -> String {
        (asciiLanguageTagIsValid(tag) ?? languageTagIsValid(tag)) ? tag : "und"
    }

    /// `languageTag`'s test, Character by Character.
    static func languageTagIsValid(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        func isAlphanumeric(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        guard let first = subtags.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(isAlphanumeric) })
    }

    /// `languageTag`'s test for an all-ASCII tag, byte by byte (a tag is one per document,
    /// but Character-wise splitting cost more than a block's text); nil for other tags.
    static func asciiLanguageTagIsValid(_ tag: String) -> Bool? {
        var length = 0
        var first = true
        for byte in tag.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: "-") {
                guard (1...8).contains(length) else { return false }
                length = 0
                first = false
                continue
            }
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetter || (!first && isDigit) else { return false }
            length += 1
        }
        return (1...8).contains(length)
    }

    /// The leading `N(.N){0,3}` of `version`, which is what TEI's `teidata.versionNumber`
    /// accepts without doubt; `0` when there is none.
    static func versionNumber(_ version: String) -> String {
        asciiVersionNumber(version) ?? characterwiseVersionNumber(version)
    }

    /// `versionNumber`, Character by Character.
    static func characterwiseVersionNumber(_ version: String) -> String {
        var parts: [Substring] = []
        for part in version.split(separator: ".", omittingEmptySubsequences: false).prefix(4) {
            let digits = part.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty else { break }
            parts.append(digits)
            guard digits.count == part.count else { break }
        }
        return parts.isEmpty ? "0" : parts.joined(separator: ".")
    }

    /// `versionNumber` of an all-ASCII version, byte by byte (the result is always a prefix
    /// of the version); nil for other versions.
    static func asciiVersionNumber(_ version: String) -> String? {
        let end = version.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isDigit(_ index: Int) -> Bool { index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) }
            var index = 0, end = 0, parts = 0
            while parts < 4 {
                let start = index
                while isDigit(index) { index += 1 }
                guard index > start else { break }
                end = index
                parts += 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { break }
                index += 1
            }
            return end
        }
        guard let end, let end else { return nil }
        return end == 0 ? "0" : String(version.utf8.prefix(end))!
    }
}

/// A repeated section as written in `standOff`: `<link type="section" n=… cert=… target=…/>`.
struct SectionLink {
    /// Pointers to this document's blocks (`#p3`) followed by the counterpart's (`doc#p7`).
    var target: String
    /// The estimated similarity, 0...1, to three decimals.
    var cert: String

    /// Nil when no pointer would remain: ids not in this document are left out, since a
    /// pointer to nothing would mislead a reader.
    init?(_ section: DuplicateSection, localIDs: Set<String>) {
        let local = section.blockIDs.filter(localIDs.contains).map { PointerURI.pointer(document: nil, blockID: $0) }
        let remote = section.counterpart.isEmpty ? [] : section.counterpartBlockIDs.filter { !$0.isEmpty }
            .map { PointerURI.pointer(document: section.counterpart, blockID: $0) }
        guard !local.isEmpty, !remote.isEmpty else { return nil }
        target = (local + remote).joined(separator: " ")
        cert = Self.decimal(section.similarity)
    }

    /// `0.930`, `1.000`: fixed precision and no locale, so output is reproducible.
    static func decimal(_ value: Double) -> String {
        let clamped = value.isNaN ? 0 : min(max(value, 0), 1)
        let thousandths = Int((clamped * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
