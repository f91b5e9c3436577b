/// Set operations on sorted, distinct `UInt32` lists, by merging.
///
/// Every block's stored values are kept sorted and distinct, so the similarity of two spans
/// needs no hashing: building two `Set`s of a section's values and intersecting them hashed
/// every value three times and allocated as it grew.
enum SortedValues {
    /// The sorted distinct union of sorted distinct `lists`, keeping the values `include` admits.
    static func union(_ lists: some Sequence<[UInt32]>, where include: (UInt32) -> Bool) -> [UInt32] {
        var result: [UInt32] = []
        for list in lists {
            let filtered = list.filter(include)
            result = result.isEmpty ? filtered : merge(result, filtered)
        }
        return result
    }

    /// The sorted distinct union of two sorted distinct lists.
    static func merge(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: a.count + b.count) { out, written in
            var i = 0
            var j = 0
            var n = 0
            while i < a.count && j < b.count {
                let x = a[i]
                let y = b[j]
                out[n] = min(x, y)
                n += 1
                if x <= y { i += 1 }
                if y <= x { j += 1 }
            }
            while i < a.count { out[n] = a[i]; n += 1; i += 1 }
            while j < b.count { out[n] = b[j]; n += 1; j += 1 }
            written = n
        }
    }

    /// How many values two sorted distinct lists share.
    static func intersectionCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            if x == y { shared += 1 }
            if x <= y { i += 1 }
            if y <= x { j += 1 }
        }
        return shared
    }
}
