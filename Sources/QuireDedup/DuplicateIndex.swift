import Foundation
import QuireText

/// Stub: the dedup helper replaces this file.
public struct DedupConfiguration: Sendable, Hashable {
    public enum ExactDuplicatePolicy: String, Sendable, Hashable, CaseIterable { case skip, link }
    public var cjkShingleSize: Int = 5
    public var hashCount: Int = 128
    public var threshold: Double = 0.5
    public var exactDuplicates: ExactDuplicatePolicy = .skip
    public init() {}
}

public final class DuplicateIndex: @unchecked Sendable {
    public init(stateDirectory: URL, configuration: DedupConfiguration) throws {}
    /// The TEI name of an earlier document with the same raw bytes, if any.
    public func exactDuplicate(sha256: String) throws -> String? { nil }
    /// Finds what `blocks` repeat from documents already recorded. Does not record anything.
    public func findDuplicates(document: String, blocks: [Block]) throws -> DuplicateReport { .none }
    /// Records a document once its TEI is safely committed, so later inputs can link to it.
    public func record(document: String, sha256: String, blocks: [Block], report: DuplicateReport) throws {}
}
