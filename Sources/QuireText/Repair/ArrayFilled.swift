extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, but allocated through
    /// the path that is specialised for `Element` in this module.
    ///
    /// `Array(repeating:count:)` allocates through the standard library's
    /// `_allocateBufferUninitialized`, which is neither inlined nor specialised: it looks the
    /// storage class for `Element` up at run time, about 550 instructions an array. The repair
    /// makes a dozen such arrays a document (a flag or a width a line, a hash table): 2
    /// instructions a byte of Chinese. Reserving capacity goes through code specialised here.
    ///
    /// For the small arrays of a document's lines: the copies are written one by one, where
    /// `Array(repeating:count:)` fills a large array (a hash table over a document's words)
    /// with `memset`, faster than a loop once the array runs to thousands of elements.
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
