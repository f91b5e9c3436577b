/// Human-readable differences between two configurations, for the SIGHUP log line.
enum ConfigurationChanges {
    static func describe(from old: Configuration, to new: Configuration) -> [String] {
        var changes: [String] = []
        func compare<T: Equatable>(_ key: String, _ a: T, _ b: T) {
            if a != b { changes.append("\(key): \(a) -> \(b)") }
        }
        compare("decoding.encoding", old.encoding?.rawValue ?? "auto", new.encoding?.rawValue ?? "auto")
        compare("repair.cjk_latin_spacing", old.repair.cjkLatinSpacing.rawValue, new.repair.cjkLatinSpacing.rawValue)
        compare("repair.full_width_punctuation", old.repair.fullWidthPunctuation, new.repair.fullWidthPunctuation)
        compare("tei.diplomatic", old.diplomatic, new.diplomatic)
        compare("dedup.enabled", old.dedupEnabled, new.dedupEnabled)
        compare("dedup.shingle_size", old.dedup.cjkShingleSize, new.dedup.cjkShingleSize)
        compare("dedup.hashes", old.dedup.hashCount, new.dedup.hashCount)
        compare("dedup.threshold", old.dedup.threshold, new.dedup.threshold)
        compare("dedup.containment", old.dedup.containment, new.dedup.containment)
        compare("dedup.exact_duplicates", old.dedup.exactDuplicates.rawValue, new.dedup.exactDuplicates.rawValue)
        compare("daemon.concurrency", old.daemon.concurrency, new.daemon.concurrency)
        compare("daemon.max_file_size", old.daemon.maxFileSize, new.daemon.maxFileSize)
        compare("daemon.processed_policy", old.daemon.processedPolicy.rawValue, new.daemon.processedPolicy.rawValue)
        compare("daemon.drain_timeout", old.daemon.drainTimeout, new.daemon.drainTimeout)
        if changes.isEmpty && old.dedup != new.dedup { changes.append("dedup settings") }
        return changes
    }
}
