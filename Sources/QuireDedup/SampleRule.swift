/// The sample rule (`Fingerprinter.inSample`): a stored value is in the sample when the
/// configured `shingleSampling` divides it. For a power of two (the default, 4) it is a mask
/// test: a 32-bit division takes some 26 cycles, and a page of 30 KB asks the rule of some
/// 30,000 values (its values sampled when recorded, the alignment bounds and the recorded
/// preparation), a tenth of its index work in time though a single instruction each.
struct SampleRule: Sendable, Hashable {
    let divisor: UInt32
    /// `divisor - 1` when `divisor` is a power of two.
    private let mask: UInt32
    private let isPowerOfTwo: Bool

    init(sampling: Int) {
        precondition(sampling >= 1 && sampling <= Int(UInt32.max), "shingle-sampling out of range")
        divisor = UInt32(sampling)
        isPowerOfTwo = divisor.nonzeroBitCount == 1
        mask = divisor &- 1
    }

    /// Whether `value` is in the sample.
    @inline(__always)
    func keeps(_ value: UInt32) -> Bool {
        isPowerOfTwo ? value & mask == 0 : value % divisor == 0
    }
}
