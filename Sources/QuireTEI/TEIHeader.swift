import Foundation
import QuireText

extension TEIRenderer {
    mutating func writeHeader(_ document: PreparedDocument, source: SourceText, timestamp: Date) throws {
        try writer.startElement("teiHeader")
        try writeFileDescription(document, source: source)

        try writer.startElement("encodingDesc")
        try writer.startElement("appInfo")
        try writer.startElement("application")
        try writer.attribute("ident", clean: TEIVocabulary.applicationIdent)
        try writer.attribute("version", document.applicationVersion)
        try writer.element("label", text: "Quire")
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()

        try writer.startElement("profileDesc")
        try writer.startElement("langUsage")
        try writer.startElement("language")
        try writer.attribute("ident", document.language)
        try writer.endElement()
        // The languages of blocks set in another (a bilingual statement's English text).
        for language in document.blockLanguages where language != document.language {
            try writer.startElement("language")
            try writer.attribute("ident", language)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()

        try writeRevisions(document.repairs, timestamp: timestamp)
        try writer.endElement()
    }

    private mutating func writeFileDescription(_ document: PreparedDocument, source: SourceText) throws {
        try writer.startElement("fileDesc")
        try writer.startElement("titleStmt")
        try writer.element("title", text: document.title)
        try writer.endElement()
        try writer.startElement("publicationStmt")
        try writer.element("p", text: "Unpublished transcription produced by Quire.")
        try writer.endElement()

        try writer.startElement("sourceDesc")
        try writer.startElement("bibl")
        try writer.element("idno", attributes: ["type": TEIVocabulary.fileNameIdno], text: document.fileName)
        try writer.startElement("extent")
        let byteCount = String(source.byteCount)
        try writer.element("measure", attributes: ["unit": "bytes", "quantity": byteCount], text: byteCount + " bytes")
        try writer.endElement()
        try writer.element("idno", attributes: ["type": TEIVocabulary.sha256Idno], text: source.sha256)
        try writer.element("note", attributes: ["type": TEIVocabulary.encodingNote], text: source.encoding.rawValue)
        if source.hadByteOrderMark {
            try writer.element("note", attributes: ["type": TEIVocabulary.byteOrderMarkNote], text: "The input began with a byte-order mark.")
        }
        if let original = document.exactDuplicateOf {
            try writer.startElement("relatedItem")
            try writer.attribute("type", TEIVocabulary.exactDuplicateItem)
            try writer.attribute("target", original)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
    }

    /// One `change`, dated by the caller's timestamp, listing each repair kind with its count:
    /// `@n` is the machine-readable kind, `num/@value` the count, the text says it in words.
    private mutating func writeRevisions(_ repairs: RepairLog, timestamp: Date) throws {
        try writer.startElement("revisionDesc")
        try writer.startElement("change")
        try writer.attribute("when", ISO8601Timestamp.string(timestamp))
        if RepairDescriptions.all.allSatisfy({ repairs[$0.kind] <= 0 }) {
            try writer.startElement("p", mixed: true)
            try writer.text("Transcribed by Quire; no repairs were needed.")
            try writer.endElement()
        } else {
            try writer.startElement("list")
            try writer.attribute("type", "repairs")
            // In `RepairKind` order, as `RepairLog.entries` lists them, without building it.
            for (kind, description) in RepairDescriptions.all {
                let count = repairs[kind]
                guard count > 0 else { continue }
                try writer.startElement("item", mixed: true)
                try writer.attribute("n", clean: kind.rawValue)
                let number = String(count)
                try writer.element("num", attributes: ["value": number], text: number)
                try writer.text(description, needsEscaping: false)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    static func describe(_ kind: RepairKind) -> String {
        switch kind {
        case .lineJoin: "source lines joined into a block"
        case .letterspacing: "spaces removed inside letter-spaced CJK text"
        case .cjkSpacing: "spaces removed between CJK text and digits or Latin"
        case .punctuationWidth: "half-width punctuation made full-width in Chinese prose"
        case .dehyphenation: "line-end hyphens removed from split words"
        case .softHyphen: "soft hyphens removed"
        case .ligature: "ligatures expanded"
        case .latinLetterspacing: "letter-spaced Latin words closed up"
        case .whitespace: "runs of spaces collapsed or trimmed"
        case .forbiddenCharacter: "characters that XML 1.0 forbids dropped"
        case .pageFurniture: "lines of page furniture (page numbers, running heads) set apart as fw"
        case .characterWidth: "full-width Latin letters or digits made half-width"
        case .columnOrder: "columns set side by side read one after another"
        case .footnote: "footnotes at a page's foot moved after the paragraph they interrupted"
        }
    }
}

/// Every repair kind with the words after its count (`" source lines joined…"`), made once
/// per process rather than concatenated for every document.
enum RepairDescriptions {
    static let all: [(kind: RepairKind, text: String)] = RepairKind.allCases.map { ($0, " " + TEIRenderer<LibXMLSink>.describe($0)) }
}
