/// Interns normalized word keys (UTF-8 bytes) as small integers.
///
/// Open addressing over FNV-1a hashes; keys are stored back to back and
/// compared in full on a hash match, so lookups never confuse two keys. Looking
/// up a word costs one hash of its bytes and usually one probe, without
/// creating a `String`.
struct KeyTable: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var offsets: [Int32] = [0]
    private var storage: [UInt8] = []
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of keys.
    var count: Int { hashes.count }

    /// The stored keys: their hashes, end offsets and bytes (for the index file).
    var raw: (hashes: [UInt64], offsets: [Int32], storage: [UInt8]) { (hashes, offsets, storage) }

    /// A table made from ``raw`` parts; the hash slots are rebuilt.
    init(hashes: [UInt64], offsets: [Int32], storage: [UInt8]) {
        self.init(capacity: hashes.count)
        self.hashes = hashes
        self.offsets = offsets
        self.storage = storage
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The id of `key`, or -1 if it was never interned.
    @inline(__always)
    func id(of key: ArraySlice<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return -1 }
            if hashes[Int(id)] == hash && equals(Int(id), key) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, interning it if needed.
    mutating func intern(_ key: ArraySlice<UInt8>) -> Int32 {
        let existing = id(of: key)
        if existing >= 0 { return existing }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        let id = Int32(hashes.count)
        hashes.append(hash)
        storage.append(contentsOf: key)
        offsets.append(Int32(storage.count))
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
        return id
    }

    /// The bytes of key `id`.
    func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        storage[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]
    }

    /// The key `id` as text (for lookups and debugging).
    func string(_ id: Int32) -> String {
        String(decoding: bytes(id), as: UTF8.self)
    }

    private func equals(_ id: Int, _ key: ArraySlice<UInt8>) -> Bool {
        let start = Int(offsets[id])
        let end = Int(offsets[id + 1])
        guard end - start == key.count else { return false }
        var index = key.startIndex
        for offset in start..<end {
            if storage[offset] != key[index] { return false }
            index += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    @inline(__always)
    static func hash(_ key: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        // Mix the high bits down: the slot index takes the low bits.
        return hash ^ (hash >> 29)
    }
}

/// A hash map from 64-bit keys to 32-bit values (the trie's edges), open addressing.
struct EdgeMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: .max, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var x = key &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        return Int(truncatingIfNeeded: x) & mask
    }

    /// Every stored key and value, by key (the same map always gives the same list).
    var pairs: (keys: [UInt64], values: [Int32]) {
        let slots = keys.indices.filter { keys[$0] != .max }.sorted { keys[$0] < keys[$1] }
        return (slots.map { keys[$0] }, slots.map { values[$0] })
    }

    /// The value for `key`, or -1.
    @inline(__always)
    func value(_ key: UInt64) -> Int32 {
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == .max { return -1 }
            slot = (slot + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, mask)
        while keys[slot] != .max && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == .max { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = Array(repeating: .max, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != .max { set(key, oldValues[index]) }
    }
}
