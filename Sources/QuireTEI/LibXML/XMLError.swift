import CLibXML2

/// One message libxml2 reported while parsing, writing or validating, with its position.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious libxml2 considered the problem; a document is rejected at `.error` and above.
    public enum Level: String, Sendable, Hashable {
        case warning, error, fatal
    }

    public var level: Level
    /// 1-based line in the input, 0 when libxml2 did not know it.
    public var line: Int
    /// 1-based column, 0 when libxml2 did not know it.
    public var column: Int
    public var message: String

    public init(level: Level, line: Int, column: Int, message: String) {
        self.level = level
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "line \(line)" + (column > 0 ? ":\(column)" : "") + ": \(message)"
    }
}

/// A libxml2 call failed; carries libxml2's own words so the user sees the real cause.
public struct LibXMLError: Error, Sendable, CustomStringConvertible {
    /// The libxml2 function that failed (`xmlTextWriterStartElement`, `xmlRelaxNGParse`, ...).
    public var operation: String
    public var diagnostics: [XMLDiagnostic]

    public init(operation: String, diagnostics: [XMLDiagnostic] = []) {
        self.operation = operation
        self.diagnostics = diagnostics
    }

    public var description: String {
        let details = diagnostics.map(\.description).joined(separator: "; ")
        return details.isEmpty ? "\(operation) failed" : "\(operation) failed: \(details)"
    }
}

/// Collects libxml2's structured errors for the duration of one synchronous call.
///
/// libxml2 keeps its structured error handler per thread, so installing it around a call that
/// runs entirely on the current thread is safe even when other threads do the same. The
/// previous handler is restored afterwards, so calls nest.
final class DiagnosticCollector {
    private(set) var diagnostics: [XMLDiagnostic] = []

    /// The C callback libxml2 calls; `context` is an unretained `DiagnosticCollector`.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
        collector.record(error.pointee)
    }

    /// The value libxml2 hands back to `callback`; valid while `self` is alive.
    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    func add(_ diagnostic: XMLDiagnostic) {
        diagnostics.append(diagnostic)
    }

    func record(_ error: xmlError) {
        let level: XMLDiagnostic.Level
        switch error.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        case XML_ERR_NONE: return
        default: level = .error
        }
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        while message.last?.isWhitespace == true { message.removeLast() }
        // Parser errors carry the column in int2; other domains leave it 0.
        let column = error.domain == Int32(XML_FROM_PARSER.rawValue) || error.domain == Int32(XML_FROM_NAMESPACE.rawValue)
            ? Int(error.int2) : 0
        diagnostics.append(XMLDiagnostic(level: level, line: Int(error.line), column: column, message: message))
    }

    /// Runs `body` with libxml2's per-thread structured error handler pointing at a fresh
    /// collector, so nothing is printed to stderr and every message is kept.
    static func collecting<Result>(_ body: (DiagnosticCollector) throws -> Result) rethrows -> Result {
        LibXML.ensureInitialized()
        let collector = DiagnosticCollector()
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(collector.context, callback)
        defer {
            xmlSetStructuredErrorFunc(previousContext, previousHandler)
            withExtendedLifetime(collector) {}
        }
        return try body(collector)
    }

    /// An error for `operation` holding what was collected so far (the real cause).
    func failure(_ operation: String) -> LibXMLError {
        LibXMLError(operation: operation, diagnostics: diagnostics)
    }
}
