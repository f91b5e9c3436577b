import Foundation
import Synchronization

/// One reason a file failed validation, with the line libxml2 located it at.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line, 0 when unknown.
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Validates XML against a RELAX NG schema with libxml2.
///
/// Compiling a schema is the expensive part (about 5 s for tei_all), so a validator is meant
/// to be created once and shared. libxml2 does not promise that one compiled schema can be
/// used by two threads at once, and its error handlers are per thread, so each validation
/// holds a mutex: the type is `Sendable` because of that lock, not by assertion.
public final class RelaxNGValidator: Sendable {
    private let schema: Mutex<CompiledRelaxNG>
    /// Where the schema was loaded from, for messages.
    public let schemaURL: URL

    /// Compiles the schema at `url`.
    /// - Throws: `LibXMLError` with libxml2's messages when the schema cannot be read or compiled.
    public init(schemaAt url: URL) throws {
        schemaURL = url
        schema = Mutex(try CompiledRelaxNG(path: url.path))
    }

    /// The schema for exactly the TEI subset Quire writes (`Resources/quire-tei.rng`),
    /// compiled once per process. It accepts nothing that tei_all rejects.
    public static func quire() throws -> RelaxNGValidator {
        try bundled.get()
    }

    private static let bundled: Result<RelaxNGValidator, LibXMLError> = {
        guard let url = Bundle.module.url(forResource: "quire-tei", withExtension: "rng") else {
            return .failure(LibXMLError(operation: "loading the bundled quire-tei.rng", diagnostics: [
                XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "resource not found in \(Bundle.module.bundlePath)"),
            ]))
        }
        do {
            return .success(try RelaxNGValidator(schemaAt: url))
        } catch let error as LibXMLError {
            return .failure(error)
        } catch {
            return .failure(LibXMLError(operation: "xmlRelaxNGParse(\(url.path))"))
        }
    }()

    /// Problems with `bytes` (not well-formed, or not valid); empty when valid.
    public func validate(bytes: [UInt8]) -> [ValidationIssue] {
        let diagnostics = schema.withLock { $0.validate(bytes) }
        return diagnostics.map { ValidationIssue(line: $0.line, message: $0.message) }
    }

    /// Problems with the file at `url`; a file that cannot be read is one issue at line 0.
    public func validate(fileAt url: URL) -> [ValidationIssue] {
        do {
            return validate(bytes: Array(try Data(contentsOf: url)))
        } catch {
            return [ValidationIssue(line: 0, message: "cannot read \(url.path): \(error.localizedDescription)")]
        }
    }
}
