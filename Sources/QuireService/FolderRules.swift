import Foundation

extension Configuration {
    /// Refuses folder layouts that would feed Quire's own output back into its input: the outbox
    /// (or the processed, failed or state folder) equal to or inside the inbox, or the inbox inside
    /// the outbox. Symbolic links are resolved first, so an alias cannot sneak past the check.
    ///
    /// - Parameters:
    ///   - line: the line that set a `folders` key, for the error message.
    ///   - keyName: how a folder is named in messages: `folders.outbox`, or a flag like `--output`.
    public func checkFolders(
        line: (String) -> Int? = { _ in nil },
        keyName: (String) -> String = { "folders.\($0)" }
    ) throws(ConfigurationError) {
        let file = sourceFile?.path
        let inbox = Self.canonical(folders.inbox)
        let others: [(String, URL)] = [
            ("outbox", folders.outbox), ("processed", folders.processed),
            ("failed", folders.failed), ("state", folders.state),
        ]
        for (key, url) in others {
            let folder = Self.canonical(url)
            if folder == inbox {
                throw ConfigurationError(file: file, line: line(key), key: keyName(key),
                                         message: "must not be the same folder as \(keyName("inbox")) (\(inbox))")
            }
            if Self.isInside(folder, inbox) {
                throw ConfigurationError(file: file, line: line(key), key: keyName(key),
                                         message: "must not be inside \(keyName("inbox")) (\(inbox)): Quire would read its own files back")
            }
        }
        if Self.isInside(inbox, Self.canonical(folders.outbox)) {
            throw ConfigurationError(file: file, line: line("inbox"), key: keyName("inbox"),
                                     message: "must not be inside \(keyName("outbox")) (\(folders.outbox.path))")
        }
    }

    /// Absolute path with `.`/`..` removed and symbolic links of the existing part resolved.
    static func canonical(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }
}
