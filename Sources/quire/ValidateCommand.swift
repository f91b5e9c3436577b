import ArgumentParser
import Foundation
import QuireTEI

/// `quire validate`: checks TEI files against Quire's own RELAX NG schema (or another one).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate TEI files against Quire's RELAX NG schema with libxml2.",
        discussion: """
            Prints one 'file:line: message' per problem on standard output and 'file: valid' on \
            standard error for each valid file. Exit status 1 when any file is invalid.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Validate against this RELAX NG schema instead (e.g. tei_all.rng).", valueName: "rng"))
    var schema: String?

    @Argument(help: ArgumentHelp("TEI files to validate.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to validate") }
    }

    func run() throws {
        let validator: RelaxNGValidator
        do {
            validator = try schema.map { try RelaxNGValidator(schemaAt: URL(fileURLWithPath: $0)) } ?? RelaxNGValidator.quire()
        } catch {
            Console.report("quire: cannot load the schema: \(error)")
            throw ExitCode.failure
        }
        var invalid = 0
        for file in files {
            let issues = validator.validate(fileAt: URL(fileURLWithPath: file))
            if issues.isEmpty {
                Console.report("\(file): valid")
                continue
            }
            invalid += 1
            let lines = issues.map { "\(file):\($0.line): \($0.message)\n" }.joined()
            Console.writeStandardOutput(Array(lines.utf8))
        }
        if invalid > 0 { throw ExitCode.failure }
    }
}
