extension TEIRenderer {
    /// `standOff/linkGrp type="duplicate"` with one `link` per repeated section; nothing when
    /// no section repeats (an empty `standOff` is not valid TEI).
    mutating func writeStandOff(_ document: PreparedDocument) throws {
        guard !document.sectionLinks.isEmpty else { return }
        try writer.startElement("standOff")
        try writer.startElement("linkGrp")
        try writer.attribute("type", TEIVocabulary.duplicateLinkGroup)
        for (index, link) in document.sectionLinks.enumerated() {
            try writer.startElement("link")
            try writer.attribute("type", TEIVocabulary.sectionLink)
            try writer.attribute("n", String(index + 1))
            try writer.attribute("cert", link.cert)
            try writer.attribute("target", link.target)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }
}
