extension TEIRenderer {
    mutating func writeText(_ document: PreparedDocument) throws {
        try writer.startElement("text")
        try writer.attribute("xml:lang", document.language)
        try writer.startElement("body")
        if document.divisions.isEmpty {
            // body needs a div, and a div with only a <p/> is the plainest valid "nothing".
            try writer.startElement("div")
            try writer.attribute("type", TEIVocabulary.articleDiv)
            try writeFillerParagraph()
            try writer.endElement()
        }
        for division in document.divisions {
            try writeDiv(division, type: TEIVocabulary.articleDiv)
        }
        try writer.endElement()
        try writer.endElement()
    }

    private mutating func writeDiv(_ layout: DivisionLayout<PreparedBlock>, type: String) throws {
        try writer.startElement("div")
        try writer.attribute("type", type)
        for block in layout.top {
            try writeTop(block)
        }
        for block in layout.body {
            try writeParagraph(block)
        }
        for section in layout.sections {
            try writeDiv(section, type: TEIVocabulary.sectionDiv)
        }
        if layout.needsFillerParagraph {
            try writeFillerParagraph()
        }
        if !layout.closer.isEmpty {
            try writer.startElement("closer")
            for block in layout.closer {
                try writeClosing(block)
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
    private mutating func writeTop(_ block: PreparedBlock) throws {
        switch block.kind {
        case .title:
            try writeBlock(block, element: "head", extra: ("type", TEIVocabulary.titleHead))
        case .dateline:
            try writeBlock(block, element: "dateline")
        case .furniture:
            try writeBlock(block, element: "fw")
        default:
            try writeBlock(block, element: "head")
        }
    }

    /// The lines of a `closer`.
    private mutating func writeClosing(_ block: PreparedBlock) throws {
        switch block.kind {
        case .signature: try writeBlock(block, element: "signed")
        case .date: try writeBlock(block, element: "date")
        case .furniture: try writeBlock(block, element: "fw")
        default: try writeBlock(block, element: "dateline")
        }
    }

    /// Prose as `p`, page furniture as `fw` (allowed between paragraphs); a closing line (or, defensively, a heading) inside prose keeps its kind
    /// in an inner `date` or `seg`, since TEI does not allow `signed`/`dateline`/`head` there.
    private mutating func writeParagraph(_ block: PreparedBlock) throws {
        switch block.kind {
        case .paragraph:
            try writeBlock(block, element: "p")
        case .item:
            try writeBlock(block, element: "p", extra: ("rend", TEIVocabulary.itemRend))
        case .date:
            try writeBlock(block, element: "p", inner: ("date", nil))
        case .signature:
            try writeBlock(block, element: "p", inner: ("seg", TEIVocabulary.signatureSeg))
        case .dateline:
            try writeBlock(block, element: "p", inner: ("seg", TEIVocabulary.datelineSeg))
        case .furniture:
            try writeBlock(block, element: "fw")
        case .title, .heading:
            try writeBlock(block, element: "p", inner: ("seg", block.kind.rawValue))
        }
    }

    /// `<element xml:id=… corresp=…>` with the block's text and `<lb/>`s, optionally wrapped
    /// in one inner element (`<p><date>…</date></p>`).
    private mutating func writeBlock(_ block: PreparedBlock, element: String, extra: (name: String, value: String)? = nil, inner: (name: String, type: String?)? = nil) throws {
        try writer.startElement(element, mixed: true)
        try writer.attribute("xml:id", block.id)
        if let extra {
            try writer.attribute(extra.name, extra.value)
        }
        if let corresp = block.corresp {
            try writer.attribute("corresp", corresp)
        }
        if let inner {
            try writer.startElement(inner.name)
            if let type = inner.type { try writer.attribute("type", type) }
        }
        for piece in block.pieces {
            switch piece {
            case .text(let text):
                try writer.text(text)
            case .lineBreak(let cutsWord):
                try writer.startElement("lb")
                if cutsWord { try writer.attribute("break", "no") }
                try writer.endElement()
            }
        }
        if inner != nil { try writer.endElement() }
        try writer.endElement()
    }
}
