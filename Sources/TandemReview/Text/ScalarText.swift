extension String {
    /// A string from Unicode scalars, encoded straight to UTF-8 (much faster than going through `UnicodeScalarView`).
    init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }
}

extension String {
    /// A string from Latin-1 scalars (ASCII included), in lower case: what `lowercased()` gives for them,
    /// without its Unicode tables.
    init<S: Collection>(lowercasingLatin1 scalars: S) where S.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += scalar.isASCII ? 1 : 2 }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                precondition(scalar.value <= 0xFF, "lowercasingLatin1 takes Latin-1 scalars only")
                var value = scalar.value
                if (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7) { value += 0x20 }
                if value < 0x80 {
                    buffer[index] = UInt8(value)
                    index += 1
                } else {
                    buffer[index] = UInt8(0xC0 | (value >> 6))
                    buffer[index + 1] = UInt8(0x80 | (value & 0x3F))
                    index += 2
                }
            }
            return index
        }
    }
}

/// Searching arrays of scalars without going through Foundation.
enum ScalarSearch {
    /// The offset of the first occurrence of `needle` in `haystack` (from `start`), or nil.
    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        find(needle[...], in: haystack, from: start)
    }

    /// The offset of the first occurrence of `needle` (a part of another text) in `haystack` (from `start`), or nil.
    static func find(_ needle: ArraySlice<Unicode.Scalar>, in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard let first = needle.first, haystack.count - start >= needle.count else { return nil }
        let base = needle.startIndex
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[base + offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `haystack` holds the scalars `range` of `source`.
    static func contains(_ haystack: [Unicode.Scalar], _ source: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        find(source[range], in: haystack) != nil
    }
}
