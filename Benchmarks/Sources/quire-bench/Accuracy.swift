import Foundation

/// Scores a system's reading text against the generated clean text: character error rate
/// (newlines count) and paragraph-boundary F1, per language.
enum Accuracy {
    /// Levenshtein distance over Unicode scalars, by Ukkonen's banded dynamic programme: the
    /// band doubles until the distance fits inside it, so the cost is O(n·d), not O(n·m).
    static func editDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        let n = a.count, m = b.count
        if n == 0 { return m }
        if m == 0 { return n }
        var band = max(32, abs(n - m) + 32)
        while true {
            if let d = bandedDistance(a, b, band: band) { return d }
            band *= 2
        }
    }

    /// The distance if it is at most `band`, else nil.
    private static func bandedDistance(_ a: [UInt32], _ b: [UInt32], band: Int) -> Int? {
        let n = a.count, m = b.count
        let infinity = Int32.max / 2
        var previous = [Int32](repeating: infinity, count: m + 1)
        var current = [Int32](repeating: infinity, count: m + 1)
        for j in 0...min(m, band) { previous[j] = Int32(j) }
        for i in 1...n {
            let low = max(1, i - band), high = min(m, i + band)
            if low > high { return nil }
            current[low - 1] = low - 1 == 0 ? Int32(i) : infinity
            let ai = a[i - 1]
            var j = low
            while j <= high {
                let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                let deletion = previous[j] + 1
                let insertion = current[j - 1] + 1
                current[j] = min(substitution, min(deletion, insertion))
                j += 1
            }
            if high < m { current[high + 1] = infinity }
            swap(&previous, &current)
        }
        let d = Int(previous[m])
        return d <= band ? d : nil
    }

    /// Folds text for locating paragraph boundaries: whitespace and hyphens dropped,
    /// full-width forms made half-width, ligatures expanded, case folded.
    static func folded(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if scalar.properties.isWhitespace || v == 0x2D || v == 0xAD || v == 0x3000 { continue }
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
            if v == 0xFB01 { out += [0x66, 0x69]; continue }
            if v == 0xFB02 { out += [0x66, 0x6C]; continue }
            if (0x41...0x5A).contains(v) { v += 0x20 }
            out.append(v)
        }
        return out
    }

    /// Each boundary between two blocks, named by the folded text around it (8 characters
    /// either side), so that boundaries match even where the texts differ elsewhere.
    static func boundaryKeys(_ blocks: [String]) -> [String: Int] {
        let folds = blocks.map(folded)
        var stream: [UInt32] = []
        var cuts: [Int] = []
        for (i, fold) in folds.enumerated() {
            stream += fold
            if i < folds.count - 1 { cuts.append(stream.count) }
        }
        var keys: [String: Int] = [:]
        for cut in cuts {
            let before = stream[max(0, cut - 8)..<cut], after = stream[cut..<min(stream.count, cut + 8)]
            let key = before.map(String.init).joined(separator: ",") + "|" + after.map(String.init).joined(separator: ",")
            keys[key, default: 0] += 1
        }
        return keys
    }

    struct Score {
        var errors = 0, referenceLength = 0
        var truePositives = 0, hypothesisBoundaries = 0, referenceBoundaries = 0
        mutating func add(reference: [String], hypothesis: [String]) {
            let ref = Array((reference.joined(separator: "\n") + "\n").unicodeScalars.map(\.value))
            let hyp = Array((hypothesis.joined(separator: "\n") + "\n").unicodeScalars.map(\.value))
            errors += editDistance(ref, hyp)
            referenceLength += ref.count
            let r = boundaryKeys(reference), h = boundaryKeys(hypothesis)
            referenceBoundaries += r.values.reduce(0, +)
            hypothesisBoundaries += h.values.reduce(0, +)
            for (key, count) in h { truePositives += min(count, r[key] ?? 0) }
        }
        var cer: Double { Double(errors) / Double(max(1, referenceLength)) }
        var precision: Double { Double(truePositives) / Double(max(1, hypothesisBoundaries)) }
        var recall: Double { Double(truePositives) / Double(max(1, referenceBoundaries)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Scores `hypotheses/<system>/<name>.txt` for every system folder present.
    static func run(corpus: Corpus, hypotheses: URL, systems: [String]) throws {
        for system in systems {
            let folder = hypotheses.appendingPathComponent(system)
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            for language in ["zh", "en"] {
                var score = Score()
                var scored = 0
                for document in corpus.documents where document.language == language {
                    let url = folder.appendingPathComponent("\(document.name).txt")
                    guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    score.add(reference: document.clean, hypothesis: lines.last == "" ? Array(lines.dropLast()) : lines)
                    scored += 1
                }
                guard scored > 0 else { continue }
                emit([
                    "stage": "accuracy", "system": system, "language": language, "documents": scored,
                    "cer": score.cer, "edit_errors": score.errors, "reference_chars": score.referenceLength,
                    "boundary_precision": score.precision, "boundary_recall": score.recall, "boundary_f1": score.f1,
                ])
            }
        }
    }
}
