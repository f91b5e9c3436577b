import CLibXML2

/// A compiled RELAX NG schema, owned and freed here.
///
/// Not Sendable: libxml2 gives no guarantee that one compiled schema may validate on two
/// threads at once. `RelaxNGValidator` keeps it behind a mutex.
final class CompiledRelaxNG {
    private let schema: xmlRelaxNGPtr

    /// Compiles the schema at `path` (relative `include`s resolve against it).
    init(path: String) throws {
        schema = try DiagnosticCollector.collecting { collector in
            guard let parser = xmlRelaxNGNewParserCtxt(path) else {
                throw collector.failure("xmlRelaxNGNewParserCtxt")
            }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, DiagnosticCollector.callback, collector.context)
            guard let schema = xmlRelaxNGParse(parser) else {
                throw collector.failure("xmlRelaxNGParse(\(path))")
            }
            return schema
        }
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Parses and validates `bytes`; returns every problem (not well-formed, or not valid).
    /// An empty result means the document is valid.
    func validate(_ bytes: [UInt8]) -> [XMLDiagnostic] {
        DiagnosticCollector.collecting { collector in
            let result = LibXMLParser.withDocument(bytes, collector: collector) { document -> Int32 in
                guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                xmlRelaxNGSetValidStructuredErrors(context, DiagnosticCollector.callback, collector.context)
                return xmlRelaxNGValidateDoc(context, document)
            }
            var problems = collector.diagnostics.filter { $0.level != .warning }
            if let result, result != 0, problems.isEmpty {
                // libxml2 returned "invalid" (or an internal error) without saying why.
                let message = result < 0 ? "internal error while validating" : "document does not match the schema"
                problems.append(XMLDiagnostic(level: .error, line: 0, column: 0, message: message))
            }
            return problems
        }
    }
}
