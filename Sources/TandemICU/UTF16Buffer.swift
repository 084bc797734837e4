import CTandemICU

/// Conversions between Swift strings and the UTF-16 buffers ICU works on.
///
/// A native Swift string is UTF-8, so every conversion costs a pass over the
/// text; ICU's own converters run an order of magnitude faster than
/// `String(decoding:as:)` for UTF-16, so they are used here.
enum UTF16Buffer {
    /// The UTF-16 code units of `text`.
    static func encode(_ text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { utf8 -> [UInt16] in
            if utf8.isEmpty { return [] }
            let count = utf8.count
            // UTF-16 never needs more code units than UTF-8 has bytes.
            return [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
                var error: Int32 = 0
                let length = utf8.withMemoryRebound(to: CChar.self) { bytes in
                    tandem_str_from_utf8(buffer.baseAddress, Int32(count), bytes.baseAddress, Int32(count), &error)
                }
                initialized = ICUStatus.isFailure(error) ? 0 : Int(length)
            }
        }
    }

    /// A Swift string from UTF-16 code units (lone surrogates become U+FFFD).
    static func decode(_ units: UnsafeBufferPointer<UInt16>) -> String {
        if units.isEmpty { return "" }
        let capacity = units.count * 3
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var error: Int32 = 0
            let length = buffer.withMemoryRebound(to: CChar.self) { bytes in
                tandem_str_to_utf8(bytes.baseAddress, Int32(capacity), units.baseAddress, Int32(units.count), &error)
            }
            return ICUStatus.isFailure(error) ? 0 : Int(length)
        }
    }

    static func decode(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { decode($0) }
    }

    /// Calls an ICU function that writes UTF-16 output, growing the buffer once
    /// if the first guess was too small.
    static func produce(
        capacity initialCapacity: Int = 64,
        operation: @autoclosure () -> String,
        _ body: (UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> String {
        var capacity = max(initialCapacity, 1)
        for _ in 0..<2 {
            var error: Int32 = 0
            var units = [UInt16](repeating: 0, count: capacity)
            let length = units.withUnsafeMutableBufferPointer { body($0.baseAddress, Int32(capacity), &error) }
            if error == ICUStatus.bufferOverflow || Int(length) > capacity {
                capacity = Int(length) + 1
                continue
            }
            try ICUError.check(error, operation())
            return units.withUnsafeBufferPointer { decode(UnsafeBufferPointer(rebasing: $0[0..<Int(length)])) }
        }
        throw ICUError(code: ICUStatus.bufferOverflow, operation: operation())
    }

    /// Calls an ICU function that writes a NUL-terminated ASCII or UTF-8 string.
    static func produceUTF8(
        capacity initialCapacity: Int = 64,
        operation: @autoclosure () -> String,
        _ body: (UnsafeMutablePointer<CChar>?, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> String {
        var capacity = max(initialCapacity, 1)
        for _ in 0..<2 {
            var error: Int32 = 0
            var bytes = [CChar](repeating: 0, count: capacity + 1)
            let length = bytes.withUnsafeMutableBufferPointer { body($0.baseAddress, Int32(capacity), &error) }
            if error == ICUStatus.bufferOverflow || Int(length) > capacity {
                capacity = Int(length) + 1
                continue
            }
            try ICUError.check(error, operation())
            return bytes[0..<Int(length)].withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeRawBufferPointer(buffer), as: UTF8.self)
            }
        }
        throw ICUError(code: ICUStatus.bufferOverflow, operation: operation())
    }
}
