import TandemCore

/// Writes the little binary format of the precomputed index: fixed-width
/// integers in little-endian order, arrays and strings with a 32-bit length first.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int32) { write(UInt32(bitPattern: value)) }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        write(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }

    mutating func write(_ values: [UInt8]) {
        write(UInt32(values.count))
        bytes.append(contentsOf: values)
    }

    mutating func write(_ values: [Int32]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }

    mutating func write(_ values: [UInt64]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }
}

/// Reads what ``BinaryWriter`` wrote; a short or malformed file is an error, never a crash.
struct BinaryReader {
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func need(_ count: Int) throws(Truncated) {
        guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
    }

    mutating func uint32() throws(Truncated) -> UInt32 {
        try need(4)
        var value: UInt32 = 0
        for shift in 0..<4 { value |= UInt32(bytes[offset + shift]) << (8 * UInt32(shift)) }
        offset += 4
        return value
    }

    mutating func int32() throws(Truncated) -> Int32 { Int32(bitPattern: try uint32()) }

    mutating func uint64() throws(Truncated) -> UInt64 {
        try need(8)
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        offset += 8
        return value
    }

    mutating func bool() throws(Truncated) -> Bool {
        try need(1)
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func count() throws(Truncated) -> Int {
        let value = Int(try uint32())
        guard value <= bytes.count - offset else { throw Truncated() }
        return value
    }

    mutating func string() throws(Truncated) -> String {
        let length = try count()
        try need(length)
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func optionalString() throws(Truncated) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(Truncated) -> [String] {
        let total = try count()
        var values: [String] = []
        values.reserveCapacity(total)
        for _ in 0..<total { values.append(try string()) }
        return values
    }

    mutating func bytesArray() throws(Truncated) -> [UInt8] {
        let length = try count()
        try need(length)
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }

    mutating func int32s() throws(Truncated) -> [Int32] {
        let total = try count()
        try need(total * 4)
        let values = bytes.withUnsafeBytes { raw -> [Int32] in
            (0..<total).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + $0 * 4, as: Int32.self)) }
        }
        offset += total * 4
        return values
    }

    mutating func uint64s() throws(Truncated) -> [UInt64] {
        let total = try count()
        try need(total * 8)
        let values = bytes.withUnsafeBytes { raw -> [UInt64] in
            (0..<total).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + $0 * 8, as: UInt64.self)) }
        }
        offset += total * 8
        return values
    }
}
