/// Checks that bytes are well-formed (namespace-aware) XML, without any schema.
///
/// Why a separate check: the TEI writer promises well-formed output whatever the input, and
/// tests and `quire validate` need libxml2's verdict (with line numbers), not a regex's.
public enum XMLWellFormedness {
    /// libxml2's complaints about `bytes`; empty when the document is well-formed.
    /// Warnings are left out: they do not make a document ill-formed.
    public static func check(_ bytes: [UInt8]) -> [XMLDiagnostic] {
        LibXMLParser.parse(bytes).diagnostics.filter { $0.level != .warning }
    }
}
