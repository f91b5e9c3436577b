import Foundation

/// Expands command-line paths into the list of inputs, in a deterministic order.
public enum InputFiles {
    /// One thing to process: a file, standard input, or a path that does not exist.
    public enum Input: Sendable, Hashable {
        case file(URL)
        case standardInput
        case missing(String)
    }

    /// Each path in the order given: `-` is standard input, a folder contributes every `*.txt`
    /// below it (recursively, skipping hidden files and folders) sorted by relative path, and
    /// anything else is taken as a file.
    public static func collect(_ paths: [String], workingDirectory: URL) -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                inputs.append(.missing(path))
                continue
            }
            inputs += isDirectory.boolValue ? textFiles(under: url).map(Input.file) : [.file(url)]
        }
        return inputs
    }

    /// Every `*.txt` (any case) under `folder`, sorted by path relative to it, byte-wise.
    public static func textFiles(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var found: [(String, URL)] = []
        let prefix = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "txt" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            found.append((relative, url.standardizedFileURL))
        }
        return found.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }.map(\.1)
    }
}
