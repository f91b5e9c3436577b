import QuireText

/// A piece of a block's text as the diplomatic view writes it: text, or a source line break.
enum TextPiece: Equatable {
    case text(CheckedText)
    case lineBreak(cutsWord: Bool, startsColumn: Bool)
    /// The block's first line opens the next column: `<cb/>` alone.
    case columnBreak
}

/// Everything the TEI writer needs, checked up front; block texts are not copied but written
/// from the repaired document's own strings.
///
/// Checking happens before writing because the count of dropped characters goes into the
/// header, which is written before the body; each input string is filtered exactly once,
/// so each dropped character is counted once even when (like the file name) it is written
/// twice.
struct PreparedDocument {
    var title: String
    var fileName: String
    var language: String
    /// The other languages blocks are tagged with, in order of first use (usually none).
    var blockLanguages: [String] = []
    var applicationVersion: String
    /// The repaired document whose blocks are written.
    var document: RepairedDocument
    /// The non-empty divisions: their index in `document.divisions`, the flat index of their
    /// first block (for `findings`), and where each block goes (indices into the division).
    var divisions: [(index: Int, firstBlock: Int, layout: DivisionLayout<Int>)]
    /// What `XMLTextScan` found in each block's text, in document order.
    var findings: [XMLTextScan.Findings]
    /// The texts of the blocks (by flat index) that held forbidden characters, without them.
    /// Empty for nearly every document.
    var cleanedTexts: [Int: CheckedText]
    /// Block id -> counterparts, for `@corresp`.
    var links: [String: [CrossReference]]
    var diplomatic: Bool
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
        self.document = document
        links = duplicates.links
        diplomatic = options.diplomatic

        var blockCount = 0
        for division in document.divisions { blockCount += division.blocks.count }
        var seen = BlockIDSet(capacity: blockCount)
        var findings: [XMLTextScan.Findings] = []
        findings.reserveCapacity(blockCount)
        var cleanedTexts: [Int: CheckedText] = [:]
        var layouts: [(index: Int, firstBlock: Int, layout: DivisionLayout<Int>)] = []
        for (divisionIndex, division) in document.divisions.enumerated() {
            let firstBlock = findings.count
            // By index, not `for block in`: a copy of each Block (three retains and releases)
            // was a visible share of rendering.
            for index in division.blocks.indices {
                let id = division.blocks[index].id
                if let language = division.blocks[index].language {
                    let tag = language.rawValue
                    if !blockLanguages.contains(tag) { blockLanguages.append(tag) }
                }
                guard LibXML.isNCName(id) else { throw TEIWriterError.invalidBlockID(id) }
                guard seen.insert(id) else { throw TEIWriterError.duplicateBlockID(id) }
                var text = division.blocks[index].text
                let found = text.withUTF8 { XMLTextScan.scan($0) }
                if found.contains(.forbidden) {
                    // Counted once here, on the whole text; the diplomatic view cuts it into
                    // pieces that together hold each scalar once.
                    cleanedTexts[findings.count] = filter.check(text)
                }
                findings.append(found)
            }
            let layout = DivisionLayout(Array(division.blocks.indices)) { division.blocks[$0].kind }
            if !layout.isEmpty { layouts.append((divisionIndex, firstBlock, layout)) }
        }
        divisions = layouts
        self.findings = findings
        self.cleanedTexts = cleanedTexts
        sectionLinks = duplicates.sections.compactMap { SectionLink($0, localIDs: seen) }
        exactDuplicateOf = duplicates.exactDuplicateOf.flatMap { $0.isEmpty ? nil : PointerURI.encode($0) }
        droppedCharacters = filter.droppedCount
        repairs = document.repairs
        repairs.record(.forbiddenCharacter, count: droppedCharacters)
    }

    /// The `@corresp` value of block `id` (space-separated pointers), nil when it repeats nothing.
    func corresp(_ id: String) -> String? {
        guard !links.isEmpty else { return nil }
        return links[id].flatMap { references -> String? in
            let pointers = references.filter { !$0.document.isEmpty && !$0.blockID.isEmpty }
                .map { PointerURI.pointer(document: $0.document, blockID: $0.blockID) }
            return pointers.isEmpty ? nil : pointers.joined(separator: " ")
        }
    }

    /// The block text, split at its line breaks when diplomatic. Offsets count Unicode
    /// scalars of the original text, so the split happens before filtering; offsets outside
    /// the text are ignored. The general way, for texts with something to drop or escape;
    /// `TEIRenderer` cuts clean texts' UTF-8 directly.
    static func pieces(of text: String, lineBreaks: [LineBreakMark], diplomatic: Bool, filter: inout XMLCharacterFilter) -> [TextPiece] {
        guard diplomatic, !lineBreaks.isEmpty else {
            return [.text(filter.check(text))]
        }
        let scalars = Array(text.unicodeScalars)
        var pieces: [TextPiece] = []
        var start = 0
        for mark in lineBreaks.sorted(by: { $0.offset < $1.offset }) where (0...scalars.count).contains(mark.offset) {
            if mark.offset > start {
                pieces.append(.text(filter.check(String(String.UnicodeScalarView(scalars[start..<mark.offset])))))
            }
            if mark.marksColumnOnly {
                pieces.append(.columnBreak)
            } else {
                pieces.append(.lineBreak(cutsWord: mark.cutsWord, startsColumn: mark.startsColumn))
            }
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
    init?(_ section: DuplicateSection, localIDs: BlockIDSet) {
        let local = section.blockIDs.filter { localIDs.contains($0) }.map { PointerURI.pointer(document: nil, blockID: $0) }
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
