import Foundation
import QuireText

/// Renders a repaired document as TEI P5 through libxml2's `xmlTextWriter`.
///
/// The shape, which `TEIReader` and `Resources/quire-tei.rng` rely on:
///
/// ```xml
/// <TEI xmlns="http://www.tei-c.org/ns/1.0">
///   <teiHeader>
///     <fileDesc>
///       <titleStmt><title>…</title></titleStmt>
///       <publicationStmt><p>Unpublished transcription produced by Quire.</p></publicationStmt>
///       <sourceDesc>
///         <bibl>
///           <idno type="filename">000.txt</idno>
///           <extent><measure unit="bytes" quantity="1234">1234 bytes</measure></extent>
///           <idno type="sha256">…</idno>
///           <note type="encoding">UTF-8</note>
///           <note type="byte-order-mark">…</note>                  (only with a BOM)
///           <relatedItem type="exact-duplicate" target="000.tei.xml"/>   (only when exact)
///         </bibl>
///       </sourceDesc>
///     </fileDesc>
///     <encodingDesc><appInfo><application ident="quire" version="…"><label>Quire</label></application></appInfo></encodingDesc>
///     <profileDesc><langUsage><language ident="zh"/></langUsage></profileDesc>
///     <revisionDesc>
///       <change when="2026-11-22T00:00:00Z"><list type="repairs"><item n="line-join"><num value="12">12</num> …</item></list></change>
///     </revisionDesc>
///   </teiHeader>
///   <text xml:lang="zh"><body>
///     <div type="article">                     (one per Division; see DivisionLayout)
///       <head type="title" xml:id="…">…</head> <dateline xml:id="…">…</dateline>
///       <p xml:id="…" corresp="000.tei.xml#p3">…<lb break="no"/>…</p>   <p xml:id="…" rend="item">…</p>
///       <div type="section"><head xml:id="…">…</head><p …>…</p></div>
///       <closer><signed xml:id="…">…</signed><date xml:id="…">…</date></closer>
///     </div>
///   </body></text>
///   <standOff>                                 (only when sections repeat another document)
///     <linkGrp type="duplicate">
///       <link type="section" n="1" cert="0.930" target="#p3 #p4 000.tei.xml#p7 000.tei.xml#p8"/>
///     </linkGrp>
///   </standOff>
/// </TEI>
/// ```
///
/// In a section link's `@target`, pointers starting with `#` are this document's blocks, the
/// others the counterpart's; `@cert` is the estimated Jaccard similarity of the two spans.
/// Indentation is only written between elements that hold no text, so the string value of
/// every `head`, `p`, `signed`, `date` and `dateline` is exactly the block's text.
public enum TEIWriter {
    /// Renders `document`. Same input and same `options.timestamp` give the same bytes.
    ///
    /// - Throws: `TEIWriterError` when a block id cannot be an `xml:id`.
    ///
    /// The XML is written by libxml2's `xmlTextWriter` (the project's rule: markup is never
    /// assembled by hand), fed text it need not escape in one piece.
    public static func render(_ document: RepairedDocument, source: SourceText, duplicates: DuplicateReport, options: TEIOptions) throws -> TEIOutput {
        try renderThroughLibXML(document, source: source, duplicates: duplicates, options: options)
    }

    /// `escapingAllText` hands every text to libxml2 to escape, even where nothing needs it:
    /// the reference the tests hold `render`'s raw-text shortcut to.
    static func renderThroughLibXML(_ document: RepairedDocument, source: SourceText, duplicates: DuplicateReport, options: TEIOptions, escapingAllText: Bool = false) throws -> TEIOutput {
        let prepared = try PreparedDocument(document, source: source, duplicates: duplicates, options: options)
        return try DiagnosticCollector.collecting { collector in
            var writer = try XMLTextWriter(sink: LibXMLSink(diagnostics: collector, capacity: expectedSize(source, options)))
            writer.escapesAllText = escapingAllText
            return try render(prepared, source: source, options: options, writer: writer)
        }
    }

    /// About what the TEI of `source` takes: the text, a quarter more for markup (another
    /// quarter for `<lb/>`s) and the header. Generated pages stay under it.
    static func expectedSize(_ source: SourceText, _ options: TEIOptions) -> Int {
        let bytes = max(source.byteCount, 0)
        return bytes + bytes / 4 + (options.diplomatic ? bytes / 4 : 0) + 4096
    }

    private static func render<Sink>(_ prepared: PreparedDocument, source: SourceText, options: TEIOptions, writer: XMLTextWriter<Sink>) throws -> TEIOutput {
        var renderer = TEIRenderer(writer: writer)
        try renderer.write(prepared, source: source, timestamp: options.timestamp)
        let bytes = try renderer.writer.finish()
        return TEIOutput(bytes: bytes, droppedCharacters: prepared.droppedCharacters + renderer.writer.filter.droppedCount)
    }
}

/// One rendering pass; the header, body and standOff parts live in their own files.
///
/// A struct with mutating methods, like the writer and sink under it: state in a class would
/// pay a dynamic exclusivity check on every append.
struct TEIRenderer<Sink: XMLSink> {
    var writer: XMLTextWriter<Sink>

    mutating func write(_ document: PreparedDocument, source: SourceText, timestamp: Date) throws {
        try writer.startDocument()
        try writer.startElement("TEI")
        try writer.attribute("xmlns", TEIVocabulary.namespace)
        try writeHeader(document, source: source, timestamp: timestamp)
        try writeText(document)
        try writeStandOff(document)
        try writer.endElement()
    }
}
