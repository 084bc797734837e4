/// 64-bit keys for words and numbers, shared by the dictionary and the aligner.
///
/// A word's key is the FNV-1a hash of its lower-cased UTF-8 bytes; a number's
/// key hashes its canonical value behind a marker byte, so `32,890` (English)
/// and `32.890` (German) get the same key.
enum TokenHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of lower-cased UTF-8 bytes.
    @inline(__always)
    static func word<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// The key of a lower-cased string.
    static func word(_ text: String) -> UInt64 { word(text.utf8) }

    /// The key of a number's canonical decimal form.
    static func number(_ canonical: String) -> UInt64 {
        var hash = offsetBasis
        hash ^= 0x01
        hash = hash &* prime
        for byte in canonical.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// A key derived from another one (learned associations live in their own space).
    static func derived(_ key: UInt64, salt: UInt64) -> UInt64 {
        var hash = key ^ (salt &* 0x9E37_79B9_7F4A_7C15)
        hash = (hash ^ (hash >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 29)
    }
}

/// Lower-casing UTF-8 bytes without building strings: ASCII and Latin-1
/// capitals (`Ä Ö Ü É …`) are mapped, everything else is kept.
enum ByteCase {
    /// Appends the lower-cased form of `bytes` to `output`.
    @inline(__always)
    static func appendLowercased<C: Collection>(_ bytes: C, to output: inout [UInt8]) where C.Element == UInt8 {
        var previousWasC3 = false
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A {
                output.append(byte + 0x20)
            } else if previousWasC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 {
                output.append(byte + 0x20)
            } else {
                output.append(byte)
            }
            previousWasC3 = byte == 0xC3
        }
    }

    /// Whether `byte` starts a UTF-8 character (is not a continuation byte).
    @inline(__always)
    static func isCharacterStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
}
