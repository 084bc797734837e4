/// Case folding of single scalars into UTF-8 bytes, for the matcher's keys.
///
/// The matcher folds every word of every segment, so this is a table for
/// ASCII, Latin-1 and Latin Extended-A (all of German and English, and most
/// European languages) with the standard library's full lower-case mapping
/// for the rest. It gives Unicode full case folding's results for those
/// blocks (`ß`/`ẞ` → `ss`, `ſ` → `s`); the tests compare it with ICU's
/// `CaseMapper.folded` on every scalar of the blocks it handles itself.
enum CaseFolding {
    /// Appends the folded form of `scalar` to `bytes`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
            return
        }
        if value == 0xDF || value == 0x1E9E {
            bytes.append(0x73)
            bytes.append(0x73)
            return
        }
        if value == 0x149 {
            // ŉ folds to modifier apostrophe + n.
            appendUTF8(0x2BC, to: &bytes)
            bytes.append(0x6E)
            return
        }
        if let mapped = simpleLower(value) {
            appendUTF8(mapped, to: &bytes)
            return
        }
        if scalar.properties.changesWhenCaseFolded {
            for folded in scalar.properties.lowercaseMapping.unicodeScalars { appendUTF8(folded.value, to: &bytes) }
            return
        }
        appendUTF8(value, to: &bytes)
    }

    /// The lower-case scalar for Latin-1 and Latin Extended-A letters (or the scalar itself).
    @inline(__always)
    static func simpleLower(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xC0...0xDE where value != 0xD7:
            return value + 0x20
        case 0x80...0xFF:
            return value == 0xB5 ? 0x3BC : value
        case 0x0130:
            return nil // İ: the library mapping gives i + combining dot
        case 0x0131, 0x0138:
            return value
        case 0x0100...0x012F, 0x0132...0x0137, 0x014A...0x0177:
            return value & 1 == 0 ? value + 1 : value
        case 0x0139...0x0148, 0x0179...0x017E:
            return value & 1 == 1 ? value + 1 : value
        case 0x0178:
            return 0xFF
        case 0x017F:
            return 0x73
        default:
            return nil
        }
    }

    @inline(__always)
    static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// `text` folded (for cue words, lookups and tests).
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `scalar` belongs inside a word: a letter, a digit or a combining mark.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Whether `scalar` is an upper-case letter (cheap for Latin).
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
        if value < 0x100 { return false }
        return scalar.properties.isUppercase
    }
}
