import Foundation
import Testing
@testable import QuireText

/// The segmenter's hot checks are written as compares and bit masks; they must answer exactly
/// as the sets and scans they replace.
@Suite struct LinePatternsFastPathTests {
    /// `mayOpenValediction` lets through every line whose first word may open a valediction,
    /// in either case, and nothing else.
    @Test func valedictionOpeningsAgreeWithTheirFirstLetters() {
        let initials = Set(LinePatterns.valedictionOpenings.compactMap { $0.unicodeScalars.first?.value })
        var disagreements: [UInt32] = []
        for v in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let lower = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
            if LinePatterns.mayOpenValediction(scalar) != initials.contains(lower) { disagreements.append(v) }
        }
        #expect(disagreements.isEmpty)
    }

    /// The numerals by value are exactly the fifteen (the set they replaced).
    @Test func chineseNumeralsAreTheFifteen() {
        let numerals = Set("〇零一二三四五六七八九十百千两".unicodeScalars)
        let beyond = Swift.stride(from: UInt32(0x1_0000), to: 0x11_0000, by: 101)
        let disagreements = (Array(UInt32(0)..<0x1_0000) + Array(beyond)).filter { v in
            guard let scalar = Unicode.Scalar(v) else { return false }
            return LinePatterns.isChineseNumeral(scalar) != numerals.contains(scalar)
        }
        #expect(disagreements.isEmpty)
    }

    @Test func sentencePunctuationAgreesWithTheSetEverywhere() {
        var disagreements: [UInt32] = []
        let beyond = Swift.stride(from: UInt32(0x1_0000), to: 0x11_0000, by: 101)
        for v in Array(UInt32(0)..<0x1_0000) + Array(beyond) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if LinePatterns.isSentencePunctuation(scalar) != LinePatterns.sentencePunctuation.contains(scalar) {
                disagreements.append(v)
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// `hasWideGap` of a line without wide scalars reads every second scalar: a double space at
    /// every position, odd or even, at either end, answers as the plain definition does.
    @Test func wideGapAgreesWithThePlainDefinition() {
        func plain(_ s: [Unicode.Scalar]) -> Bool {
            s.contains("\u{3000}") || zip(s, s.dropFirst()).contains { $0 == " " && $1 == " " }
        }
        let alphabet: [Unicode.Scalar] = ["a", " ", "!", "中", "\u{3000}", "\u{3001}", "\u{1F}", "\u{20000}", "\u{2FFF}"]
        var rng = SystemRandomNumberGenerator()
        var disagreements: [String] = []
        for length in 0...12 {
            for _ in 0..<400 {
                let line = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
                let wide = line.contains { $0.value >= 0x2E80 }
                // (As the furniture pass asks it: whether the line holds an ideographic space.)
                let ideographic = line.contains("\u{3000}")
                if LinePatterns.hasWideGap(LineScalars(line), mayHoldIdeographicSpace: wide) != plain(line)
                    || LinePatterns.hasWideGap(LineScalars(line), mayHoldIdeographicSpace: ideographic) != plain(line)
                    || LinePatterns.hasWideGap(LineScalars(line)) != plain(line) {
                    disagreements.append(line.map { String(format: "%X", $0.value) }.joined(separator: " "))
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// `ColumnSplitter.hasGutterWideGap` of a line without an ideographic space reads every
    /// third scalar: a run of spaces of any length at any position answers as the plain
    /// definition does (spaces one cell each, ideographic spaces two, three cells in a row).
    @Test func gutterWideGapAgreesWithThePlainDefinition() {
        func plain(_ s: [Unicode.Scalar]) -> Bool {
            var run = 0
            for scalar in s {
                run = scalar == " " ? run + 1 : scalar == "\u{3000}" ? run + 2 : 0
                if run >= 3 { return true }
            }
            return false
        }
        let alphabet: [Unicode.Scalar] = ["a", " ", " ", " ", "中", "\u{3000}", "\u{00A0}", "。"]
        var rng = SystemRandomNumberGenerator()
        var disagreements: [String] = []
        for length in 0...14 {
            for _ in 0..<400 {
                let line = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
                let ideographic = line.contains("\u{3000}")
                if ColumnSplitter.hasGutterWideGap(LineScalars(line), mayHoldIdeographicSpace: ideographic) != plain(line)
                    || ColumnSplitter.hasGutterWideGap(LineScalars(line)) != plain(line) {
                    disagreements.append(line.map { String(format: "%X", $0.value) }.joined(separator: " "))
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// A line's record says it holds an ideographic space exactly when its trimmed scalars do
    /// (the indent before a paragraph, trimmed, is no gap between cells): as decoded from the
    /// text, and as measured from scalars.
    @Test(arguments: ["\u{3000}\u{3000}第一章　总则", "\u{3000}\u{3000}正文内容。", "序号\u{3000}名称\u{3000}", "中 国 人 民",
                      "a\u{3000}b", "\u{3000}", "plain text"])
    func ideographicSpaceIsCountedInTheTrimmedLine(text: String) {
        var log = RepairLog()
        let lines = Repairer.profileLines([text], log: &log)
        let trimmed = text.unicodeScalars.drop { $0 == "\u{3000}" || $0 == " " }.reversed()
            .drop { $0 == "\u{3000}" || $0 == " " }
        let expected = trimmed.contains("\u{3000}")
        #expect(lines.allSatisfy { $0.hasIdeographicSpace == expected })
        guard !trimmed.isEmpty else { return }  // (a blank line is no line)
        let measured = LineProfile(number: 1, scalars: Array(trimmed.reversed()), indent: 0, blankLinesBefore: 0)
        #expect(measured.hasIdeographicSpace == expected)
    }

    /// `UTF8Writer` encodes runs with four-byte stores and single scalars one by one: one-,
    /// two-, three- and four-byte scalars in every order, runs stopped by a space, must give
    /// the string back.
    @Test(arguments: ["", "a", "中", "中文", "a中", "中a", "é中é", "中\u{20000}中", "\u{1F600}", "abc中文。，ü\u{3000}x𠀀中",
                      "中文 中文  中文\u{3000}x ", " 中", "ab cd"])
    func utf8WriterRoundTrip(text: String) {
        let scalars = Array(text.unicodeScalars)
        var bytes = [UInt8](repeating: 0, count: UTF8Writer.capacity(forScalars: scalars.count))
        let (string, count) = bytes.withUnsafeMutableBufferPointer { room in
            scalars.withUnsafeBufferPointer { input -> (String, Int) in
                var out = UTF8Writer(room)
                var i = 0
                while i < input.count {
                    // A space alone, the rest in runs that stop at one.
                    if input[i] == " " { out.append(input[i]); i += 1; continue }
                    i = out.appendRun(input, from: i, limit: input.count, until: { $0 == " " })
                }
                return (out.string(), out.scalarCount)
            }
        }
        #expect(string == text)
        #expect(count == scalars.count)
    }

    /// `String(scalars:)` writes runs of three-byte scalars with four-byte stores: one-, two-,
    /// three- and four-byte scalars in every order, a run at either end, must round-trip.
    @Test(arguments: ["", "a", "中", "中文", "a中", "中a", "é中é", "中\u{20000}中", "\u{1F600}", "abc中文。，ü\u{3000}x𠀀中",
                      "中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文"])
    func scalarsRoundTrip(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[...]) == text)
    }
}
