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
    /// A string from ASCII scalars, in lower case: what `lowercased()` gives for them, without its Unicode tables.
    init<S: Collection>(lowercasingASCII scalars: S) where S.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
            var index = 0
            for scalar in scalars {
                precondition(scalar.isASCII, "lowercasingASCII takes ASCII scalars only")
                let byte = UInt8(scalar.value)
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                index += 1
            }
            return index
        }
    }
}

/// Searching arrays of scalars without going through Foundation.
enum ScalarSearch {
    /// The offset of the first occurrence of `needle` in `haystack` (from `start`), or nil.
    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard let first = needle.first, haystack.count - start >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `haystack` holds the scalars `range` of `source`.
    static func contains(_ haystack: [Unicode.Scalar], _ source: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        find(Array(source[range]), in: haystack) != nil
    }
}
