import Foundation

/// Monotonic wall-clock time in seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU time this process has used, in seconds. On a machine shared with other work, CPU
/// time measures what a stage costs per core; wall time also measures the neighbours.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The durations of repeated runs of one measurement, in CPU and in wall seconds.
struct Timing {
    var cpu: [Double] = []
    var wall: [Double] = []

    /// Median CPU seconds: the figure throughput is computed from.
    var seconds: Double { median(cpu) }

    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let (c, w) = (cpuNow(), now())
        let result = try body()
        cpu.append(cpuNow() - c)
        wall.append(now() - w)
        return result
    }

    var json: [String: Any] { ["cpu_seconds": cpu, "wall_seconds": wall] }
}

/// Times `body` `runs` times.
func timed(runs: Int, _ body: () throws -> Void) rethrows -> Timing {
    var timing = Timing()
    for _ in 0..<runs { try timing.measure(body) }
    return timing
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/// Nearest-rank percentile, p in 0...100.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[max(0, min(sorted.count - 1, rank - 1))]
}

/// Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB).
func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Prints one JSON object on standard output: the harness's only output format, read by
/// `Benchmarks/scripts/report.py`.
func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}
