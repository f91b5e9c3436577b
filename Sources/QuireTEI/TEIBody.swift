import QuireText
extension TEIRenderer {
    mutating func writeText(_ document: PreparedDocument) throws {
        try writer.startElement("text")
        try writer.attribute("xml:lang", clean: document.language)
        try writer.startElement("body")
        if document.divisions.isEmpty {
            // body needs a div, and a div with only a <p/> is the plainest valid "nothing".
            try writer.startElement("div")
            try writer.attribute("type", clean: TEIVocabulary.articleDiv)
            try writeFillerParagraph()
            try writer.endElement()
        }
        for division in document.divisions {
            let blocks = DivisionBlocks(document: document, blocks: document.document.divisions[division.index].blocks, firstBlock: division.firstBlock)
            try writeDiv(division.layout, of: blocks, type: TEIVocabulary.articleDiv)
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// One division's blocks and what the prepared document knows about them.
    struct DivisionBlocks {
        var document: PreparedDocument
        var blocks: [Block]
        /// The flat index of `blocks[0]` in `document.findings`.
        var firstBlock: Int
    }

    private mutating func writeDiv(_ layout: DivisionLayout<Int>, of blocks: DivisionBlocks, type: String) throws {
        try writer.startElement("div")
        try writer.attribute("type", clean: type)
        for index in layout.top {
            try writeTop(index, of: blocks)
        }
        for index in layout.body {
            try writeParagraph(index, of: blocks)
        }
        for section in layout.sections {
            try writeDiv(section, of: blocks, type: TEIVocabulary.sectionDiv)
        }
        if layout.needsFillerParagraph {
            try writeFillerParagraph()
        }
        if !layout.closer.isEmpty {
            try writer.startElement("closer")
            for index in layout.closer {
                try writeClosing(index, of: blocks)
            }
            try writer.endElement()
        }
        try writer.endElement()
    }

    private mutating func writeFillerParagraph() throws {
        try writer.startElement("p", mixed: true)
        try writer.endElement()
    }

    /// `head` for titles and headings, `dateline` for a dateline at the top of a div.
    private mutating func writeTop(_ index: Int, of blocks: DivisionBlocks) throws {
        switch blocks.blocks[index].kind {
        case .title:
            try writeBlock(index, of: blocks, element: "head", extra: ("type", TEIVocabulary.titleHead))
        case .dateline:
            try writeBlock(index, of: blocks, element: "dateline")
        case .furniture:
            try writeBlock(index, of: blocks, element: "fw")
        case .note:
            try writeNote(index, of: blocks)
        default:
            try writeBlock(index, of: blocks, element: "head")
        }
    }

    /// The lines of a `closer`.
    private mutating func writeClosing(_ index: Int, of blocks: DivisionBlocks) throws {
        switch blocks.blocks[index].kind {
        case .signature: try writeBlock(index, of: blocks, element: "signed")
        case .date: try writeBlock(index, of: blocks, element: "date")
        case .furniture: try writeBlock(index, of: blocks, element: "fw")
        case .note: try writeNote(index, of: blocks)
        default: try writeBlock(index, of: blocks, element: "dateline")
        }
    }

    /// Prose as `p`, page furniture as `fw` (allowed between paragraphs); a closing line (or, defensively, a heading) inside prose keeps its kind
    /// in an inner `date` or `seg`, since TEI does not allow `signed`/`dateline`/`head` there.
    private mutating func writeParagraph(_ index: Int, of blocks: DivisionBlocks) throws {
        let kind = blocks.blocks[index].kind
        switch kind {
        case .paragraph:
            try writeBlock(index, of: blocks, element: "p")
        case .item:
            try writeBlock(index, of: blocks, element: "p", extra: ("rend", TEIVocabulary.itemRend))
        case .date:
            try writeBlock(index, of: blocks, element: "p", inner: ("date", nil))
        case .signature:
            try writeBlock(index, of: blocks, element: "p", inner: ("seg", TEIVocabulary.signatureSeg))
        case .dateline:
            try writeBlock(index, of: blocks, element: "p", inner: ("seg", TEIVocabulary.datelineSeg))
        case .furniture:
            try writeBlock(index, of: blocks, element: "fw")
        case .note:
            try writeNote(index, of: blocks)
        case .title, .heading:
            try writeBlock(index, of: blocks, element: "p", inner: ("seg", kind.rawValue))
        }
    }

    /// A footnote: `note place="foot"`, allowed wherever it fell (TEI's `model.global`).
    private mutating func writeNote(_ index: Int, of blocks: DivisionBlocks) throws {
        try writeBlock(index, of: blocks, element: "note", extra: ("place", TEIVocabulary.footPlace))
    }

    /// `<element xml:id=… corresp=…>` with the block's text and `<lb/>`s, optionally wrapped
    /// in one inner element (`<p><date>…</date></p>`).
    private mutating func writeBlock(_ index: Int, of blocks: DivisionBlocks, element: StaticString,
                                     extra: (name: StaticString, value: String)? = nil, inner: (name: StaticString, type: String?)? = nil) throws {
        let id = blocks.blocks[index].id
        try writer.startElement(element, mixed: true)
        // An NCName (checked by PreparedDocument) holds only XML characters.
        try writer.attribute("xml:id", clean: id)
        if let language = blocks.blocks[index].language {
            try writer.attribute("xml:lang", clean: language.rawValue)
        }
        if let extra {
            try writer.attribute(extra.name, clean: extra.value)
        }
        if let corresp = blocks.document.corresp(id) {
            try writer.attribute("corresp", corresp)
        }
        if let inner {
            try writer.startElement(inner.name)
            if let type = inner.type { try writer.attribute("type", clean: type) }
        }
        try writeText(index, of: blocks)
        if inner != nil { try writer.endElement() }
        try writer.endElement()
    }

    /// The block's text: straight from its UTF-8 when clean (cut at the line breaks when
    /// diplomatic), else through `PreparedDocument.pieces`.
    private mutating func writeText(_ index: Int, of blocks: DivisionBlocks) throws {
        let flat = blocks.firstBlock + index
        let findings = blocks.document.findings[flat]
        let lineBreaks = blocks.blocks[index].lineBreaks
        guard blocks.document.diplomatic, !lineBreaks.isEmpty else {
            if findings.contains(.forbidden), let cleaned = blocks.document.cleanedTexts[flat] {
                try writer.text(cleaned.string, needsEscaping: cleaned.needsEscaping)
            } else {
                try writer.text(blocks.blocks[index].text, needsEscaping: findings.contains(.escapes))
            }
            return
        }
        guard !findings.contains(.forbidden) else {
            // Counted already: this filter's count is not used.
            var filter = XMLCharacterFilter()
            let pieces = PreparedDocument.pieces(of: blocks.blocks[index].text, lineBreaks: lineBreaks, diplomatic: true, filter: &filter)
            for piece in pieces {
                switch piece {
                case .text(let text): try writer.text(text.string, needsEscaping: text.needsEscaping)
                case .lineBreak(let cutsWord, let startsColumn): try writeLineBreak(cutsWord: cutsWord, startsColumn: startsColumn)
                case .columnBreak: try writeColumnBreak(cutsWord: false)
                }
            }
            return
        }
        var text = blocks.blocks[index].text
        try text.withUTF8 { bytes in
            try writeDiplomatic(bytes, lineBreaks: lineBreaks, escaping: findings.contains(.escapes))
        }
    }

    /// A text with nothing to drop cut at its line breaks (scalar offsets, in order of offset;
    /// offsets outside the text are ignored): what `PreparedDocument.pieces` does, without
    /// making strings. With `escaping`, every piece goes to libxml2 to escape (a piece with
    /// nothing to escape comes out the same as if copied).
    private mutating func writeDiplomatic(_ bytes: UnsafeBufferPointer<UInt8>, lineBreaks: [LineBreakMark], escaping: Bool) throws {
        func write(_ piece: Slice<UnsafeBufferPointer<UInt8>>) throws {
            if escaping {
                try writer.text(String(decoding: piece, as: UTF8.self), needsEscaping: true)
            } else {
                try writer.text(cleanUTF8: UnsafeBufferPointer(rebasing: piece))
            }
        }
        let sorted = zip(lineBreaks, lineBreaks.dropFirst()).allSatisfy { $0.offset <= $1.offset }
            ? lineBreaks : lineBreaks.sorted(by: { $0.offset < $1.offset })
        var byte = 0          // where scalar number `scalar` starts
        var scalar = 0
        var start = 0         // first byte not yet written
        for mark in sorted where mark.offset >= 0 {
            while scalar < mark.offset, byte < bytes.count {
                byte += 1
                while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            guard scalar == mark.offset else { break }  // past the end, as are all later marks
            if byte > start {
                try write(bytes[start..<byte])
                start = byte
            }
            if mark.marksColumnOnly {
                try writeColumnBreak(cutsWord: false)  // the block's first line opens the column
            } else {
                try writeLineBreak(cutsWord: mark.cutsWord, startsColumn: mark.startsColumn)
            }
        }
        if start < bytes.count {
            try write(bytes[start...])
        }
    }

    private mutating func writeColumnBreak(cutsWord: Bool) throws {
        try writer.startElement("cb")
        if cutsWord { try writer.attribute("break", clean: "no") }
        try writer.endElement()
    }

    /// `<lb/>`, after `<cb/>` where the next line starts the next column.
    private mutating func writeLineBreak(cutsWord: Bool, startsColumn: Bool = false) throws {
        if startsColumn { try writeColumnBreak(cutsWord: cutsWord) }
        try writer.startElement("lb")
        if cutsWord { try writer.attribute("break", clean: "no") }
        try writer.endElement()
    }
}
