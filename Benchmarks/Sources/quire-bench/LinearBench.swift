import Foundation
import QuireText

/// `quire-bench linear FILE...`: decode + repair of single large files, to show that the cost
/// grows linearly with the input (issue 5: no quadratic behaviour on a 50 MB single-line file
/// or on a file of one million short lines). `scripts/make_linearity.py` writes each shape at
/// two sizes, ten times apart; the report compares their per-byte cost.
enum LinearBench {
    static func run(files: [URL], runs: Int) throws {
        for file in files {
            let input = [UInt8](try Data(contentsOf: file))
            var lines = 0
            for byte in input where byte == 0x0A { lines += 1 }
            var blocks = 0
            let timing = try timed(runs: runs) {
                let source = try TextDecoder.decode(bytes: input, fileName: file.lastPathComponent)
                blocks = Repairer.repair(source).blocks.count
            }
            emit([
                "stage": "linear",
                "file": file.lastPathComponent,
                "bytes": input.count,
                "lines": lines,
                "blocks": blocks,
                "mb_per_s": Double(input.count) / 1e6 / timing.seconds,
                "ns_per_byte": timing.seconds * 1e9 / Double(input.count),
                "peak_rss_mib": peakResidentMiB(),
            ].merging(timing.json) { a, _ in a })
        }
    }
}
