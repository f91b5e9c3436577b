/// The origins of a lookup's keys (`DuplicateIndex.lookupKeys(for:)`), noted run by run as
/// the keys are appended and spelled out once at the end: appending a run of equal origins
/// to an array went through the standard library's generic sequence path, some 480
/// instructions a run (28,595 runs on 95 pages of 30 KB).
struct KeyOriginRuns {
    /// Each run's end (exclusive) in the lookup's keys, and the origin of its keys.
    private var runs: [(end: Int, origin: KeyOrigin)] = []

    init(capacity: Int) {
        runs.reserveCapacity(capacity)
    }

    /// The keys appended since the last mark, up to `end`, came from `origin`.
    mutating func mark(upTo end: Int, _ origin: KeyOrigin) {
        if end > (runs.last?.end ?? 0) { runs.append((end, origin)) }
    }

    /// One origin per key, for keys `0..<count` (all of them marked).
    func origins(count: Int) -> [KeyOrigin] {
        precondition(count == (runs.last?.end ?? 0), "keys left without an origin")
        return [KeyOrigin](unsafeUninitializedCapacity: count) { origins, written in
            var start = 0
            for run in runs {
                (origins.baseAddress! + start).initialize(repeating: run.origin, count: run.end - start)
                start = run.end
            }
            written = start
        }
    }
}
