/// A 128-bit digest of a text, for remembering many texts in little memory: FNV-1a, and a
/// second 64-bit hash with another seed and a shift mixed in. The seeds are fixed, so the
/// digest is the same in every run; with 128 bits, two of millions of distinct texts
/// sharing a digest is not a practical concern. Texts are compared by their UTF-8 bytes:
/// normalize them first where canonically equivalent texts must count as the same.
public struct KeyDigest: Hashable, Sendable {
    public let first: UInt64
    public let second: UInt64

    /// The digest of `text`; with `skippingASCIIDigits`, of `text` without the digits 0–9.
    public init(_ text: String, skippingASCIIDigits: Bool = false) {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x8422_2325_CBF2_9CE4
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes where !(skippingASCIIDigits && byte >= 0x30 && byte <= 0x39) {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = ((second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3) ^ (second >> 29)
            }
        }
        self.first = first
        self.second = second
    }
}

/// Where each key (a unit id, a message key) was first met, in about 16 bytes per key (a
/// 64-bit digest and the packed line and column), for reporting duplicates in files read as
/// a stream. Two of a million distinct keys share a 64-bit digest with a chance of about
/// three in a hundred million; such a pair would be reported as a duplicate.
public struct FirstPositions: Sendable {
    private var table: [UInt64: UInt64] = [:]

    public init() {}

    /// Records `key` at `position`; returns where it was met before, if it was.
    public mutating func record(_ key: String, at position: SourcePosition) -> SourcePosition? {
        let digest = KeyDigest(key).first
        if let packed = table[digest] {
            return SourcePosition(line: Int(packed >> 32), column: Int(packed & 0xFFFF_FFFF))
        }
        table[digest] = UInt64(min(position.line, Int(UInt32.max))) << 32 | UInt64(min(position.column, Int(UInt32.max)))
        return nil
    }
}
