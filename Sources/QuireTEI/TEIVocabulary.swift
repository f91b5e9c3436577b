/// The names and attribute values that give Quire's TEI its shape, shared by the writer and
/// the reader so that what one writes the other can read back.
enum TEIVocabulary {
    static let namespace = "http://www.tei-c.org/ns/1.0"

    /// `div/@type` of a `Division`, and of a part of it that starts at a heading.
    static let articleDiv = "article"
    static let sectionDiv = "section"
    /// `head/@type` for the document's title (a plain heading has no type).
    static let titleHead = "title"
    /// `p/@rend` for a numbered item.
    static let itemRend = "item"
    /// `seg/@type` inside `p` for a signature or dateline that is not at the end of a div,
    /// where TEI does not allow `signed`/`dateline`.
    static let signatureSeg = "signature"
    static let datelineSeg = "dateline"
    /// `note/@place` of a footnote.
    static let footPlace = "foot"

    /// `sourceDesc/bibl/idno/@type` values.
    static let fileNameIdno = "filename"
    static let sha256Idno = "sha256"
    /// `sourceDesc/bibl/note/@type` values.
    static let encodingNote = "encoding"
    static let byteOrderMarkNote = "byte-order-mark"
    /// `sourceDesc/bibl/relatedItem/@type` naming the earlier, byte-identical input's TEI.
    static let exactDuplicateItem = "exact-duplicate"

    /// `standOff/linkGrp/@type` and `link/@type` for repeated sections.
    static let duplicateLinkGroup = "duplicate"
    static let sectionLink = "section"

    /// `application/@ident`.
    static let applicationIdent = "quire"
}
