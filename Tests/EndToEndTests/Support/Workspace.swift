import Foundation

/// A throwaway project folder for one end-to-end test: inputs, outputs, state and a
/// configuration, all under one temporary directory.
struct Workspace {
    let root: URL

    /// The fixtures shared with the service tests (`Tests/QuireServiceTests/Fixtures`).
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("QuireServiceTests/Fixtures", isDirectory: true)

    /// Creates the folder. `dedup: false` writes a `Config/quire.toml` that disables the
    /// duplicate index, for tests about something else.
    init(dedup: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("quire-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Config"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Inbox"), withIntermediateDirectories: true)
        try write("Config/quire.toml", "[dedup]\nenabled = \(dedup)\n")
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let target = url(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
    }

    /// Copies a fixture into the workspace under `path` (default: the fixture's own name).
    func copyFixture(_ name: String, to path: String? = nil) throws {
        try write(path ?? name, Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
    }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: url(path))) }

    func text(_ path: String) throws -> String { String(decoding: try bytes(path), as: UTF8.self) }

    /// Names in a folder of the workspace, hidden ones included, sorted; empty if it is missing.
    func names(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(path).path)) ?? []).sorted()
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    func run(_ arguments: [String], standardInput: [UInt8]? = nil, environment: [String: String] = [:]) throws -> QuireBinary.Run {
        try QuireBinary.run(arguments, in: root, standardInput: standardInput, environment: environment)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// The `<text>...</text>` part of a TEI file: the reading text, without the header that
/// records file name, size, checksum and encoding.
func teiBody(_ xml: String) -> Substring? {
    guard let start = xml.range(of: "<text"), let end = xml.range(of: "</text>") else { return nil }
    return xml[start.lowerBound..<end.upperBound]
}
