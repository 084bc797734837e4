/// The encodings tandem reads text files in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"

    /// The encoding a file's first bytes announce (a byte-order mark), else UTF-8.
    public static func detect<C: Collection>(_ prefix: C) -> (encoding: TextEncoding, bomLength: Int) where C.Element == UInt8 {
        let bytes = Array(prefix.prefix(3))
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8WithBOM, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
        return (.utf8, 0)
    }
}

/// UTF-8 validation that reports where the first bad byte is.
public enum UTF8Validation {
    /// The offset of the first byte that is not valid UTF-8, or nil.
    ///
    /// A sequence cut off at the very end is reported at its first byte only
    /// when `isFinal`; otherwise the caller is expected to supply more bytes,
    /// and the returned value is `-(length of the incomplete tail)`.
    public static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool = true) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Skip ASCII eight bytes at a time.
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
            }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            if index + length > count {
                // Check what is there, then ask for more.
                for offset in 1..<(count - index) {
                    let byte = bytes[index + offset]
                    let (lo, hi) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                    if byte < lo || byte > hi { return index }
                }
                return isFinal ? index : -(count - index)
            }
            let second = bytes[index + 1]
            if second < lower || second > upper { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
