#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One glibc iconv conversion descriptor, from some encoding to UTF-8.
///
/// Non-copyable so that the descriptor has exactly one owner and is closed exactly once, when
/// that owner goes away; callers never see `iconv_t`.
struct IconvConverter: ~Copyable {
    /// Where a conversion stopped.
    struct Failure: Error {
        /// Offset into the input of the first byte that could not be converted.
        var byteOffset: Int
    }

    private let descriptor: iconv_t

    /// Opens a converter from `encoding` to UTF-8, or returns nil when the system lacks it.
    init?(from encoding: String) {
        let opened = iconv_open("UTF-8", encoding)
        guard let opened, Int(bitPattern: opened) != -1 else { return nil }
        descriptor = opened
    }

    deinit { iconv_close(descriptor) }

    /// Converts all of `input` to UTF-8 bytes in one linear pass.
    ///
    /// Fails at the first invalid sequence, or at an incomplete sequence at the end of input.
    func convert(_ input: [UInt8]) -> Result<[UInt8], Failure> {
        // Reset any shift state left by an earlier conversion.
        iconv(descriptor, nil, nil, nil, nil)
        // Every supported source encoding needs at most 3 UTF-8 bytes per 2 input bytes
        // (4 per 4 for GB18030's four-byte form), so this usually fits in one round.
        var output = [UInt8](repeating: 0, count: input.count + input.count / 2 + 16)
        var produced = 0
        var consumed = 0
        while true {
            let step = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    Self.step(descriptor, inBuffer, from: consumed, outBuffer, at: produced)
                }
            }
            consumed += step.consumed
            produced += step.produced
            switch step.outcome {
            case .done:
                output.removeSubrange(produced...)
                return .success(output)
            case .outputFull:
                output.append(contentsOf: repeatElement(0, count: max(output.count, 64)))
            case .invalid:
                return .failure(Failure(byteOffset: consumed))
            }
        }
    }

    private enum Outcome { case done, outputFull, invalid }

    private static func step(
        _ descriptor: iconv_t,
        _ input: UnsafeBufferPointer<UInt8>, from start: Int,
        _ output: UnsafeMutableBufferPointer<UInt8>, at outStart: Int
    ) -> (consumed: Int, produced: Int, outcome: Outcome) {
        guard let inBase = input.baseAddress, let outBase = output.baseAddress else {
            return (0, 0, .done)
        }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inBase + start)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count - start
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + outStart)
            .assumingMemoryBound(to: CChar.self)
        var outLeft = output.count - outStart
        let inBefore = inLeft
        let outBefore = outLeft
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let consumed = inBefore - inLeft
        let produced = outBefore - outLeft
        if result != -1 { return (consumed, produced, .done) }
        switch errno {
        case E2BIG: return (consumed, produced, .outputFull)
        default: return (consumed, produced, .invalid)  // EILSEQ, or EINVAL: truncated at the end
        }
    }
}
