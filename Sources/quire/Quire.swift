import ArgumentParser
import QuireService

/// The `quire` command: a thin layer of argument parsing over QuireService.
@main
struct Quire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quire",
        abstract: "Turn raw OCR and newspaper text into clean, valid TEI P5 XML.",
        version: QuireVersion.current,
        subcommands: [CleanCommand.self, ValidateCommand.self, WatchCommand.self, IndexCommand.self, DupsCommand.self]
    )
}
