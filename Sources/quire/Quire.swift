import ArgumentParser
import QuireService

/// The `quire` command: a thin layer of argument parsing over QuireService.
///
/// Every command names itself (`commandName`): ArgumentParser otherwise derives the name from
/// `String(describing:)` of the type, and in a statically linked binary the protocol lookups
/// behind that scanned every conformance record, about 1.3 ms of each run's start-up.
@main
struct Quire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quire",
        abstract: "Turn raw OCR and newspaper text into clean, valid TEI P5 XML.",
        version: QuireVersion.current,
        subcommands: [CleanCommand.self, ValidateCommand.self, WatchCommand.self, IndexCommand.self, DupsCommand.self]
    )
}
