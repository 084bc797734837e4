#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The dictionary's storage: German form keys in an open-addressing hash
/// table, each pointing at a chain of links to English keys.
///
/// The keys are already hashes, so no hashing is needed to place them. The
/// whole table is four flat arrays, which ``write(to:stamp:)`` saves and
/// ``read(from:stamp:)`` loads back in one read each (the binary cache).
struct LinkTable: Sendable {
    /// Slot → German form key (0 marks an empty slot).
    private(set) var slotKeys: [UInt64]
    /// Slot → (index of the newest link << 8) | link count.
    private(set) var slotValues: [UInt64]
    /// For each link, the index of the previous link of the same German form, or -1.
    private(set) var previous: [Int32]
    /// For each link, the English key.
    private(set) var targets: [UInt64]
    private(set) var count = 0

    init(capacity: Int = 1 << 19) {
        var slots = 1
        while slots < capacity { slots <<= 1 }
        slotKeys = [UInt64](repeating: 0, count: slots)
        slotValues = [UInt64](repeating: 0, count: slots)
        previous = []
        targets = []
    }

    @inline(__always)
    private static func normalized(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var index = Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask))
        while true {
            let found = slotKeys[index]
            if found == key || found == 0 { return index }
            index = (index + 1) & mask
        }
    }

    /// The packed head of `key`'s chain, if it has one.
    @inline(__always)
    func head(_ key: UInt64) -> UInt64? {
        let key = Self.normalized(key)
        let index = slot(of: key)
        return slotKeys[index] == key ? slotValues[index] : nil
    }

    /// Calls `body` with each English key linked to `key`; false if there is none.
    @inline(__always)
    func forEachTarget(of key: UInt64, _ body: (UInt64) -> Void) -> Bool {
        guard let head = head(key) else { return false }
        var link = Int(head >> 8)
        while link >= 0 {
            body(targets[link])
            link = Int(previous[link])
        }
        return true
    }

    /// Links `key` to each of `englishKeys`, up to `limit` links per key.
    mutating func link(_ key: UInt64, to englishKeys: [UInt64], limit: Int) {
        let key = Self.normalized(key)
        if (count + 1) * 10 > slotKeys.count * 7 { grow() }
        let index = slot(of: key)
        let isNew = slotKeys[index] == 0
        var linkCount = isNew ? 0 : Int(slotValues[index] & 0xFF)
        var newest = isNew ? -1 : Int(slotValues[index] >> 8)
        for target in englishKeys {
            if linkCount >= limit { break }
            if newest >= 0 && targets[newest] == target { continue }
            previous.append(Int32(newest))
            targets.append(target)
            newest = targets.count - 1
            linkCount += 1
        }
        guard newest >= 0 else { return }
        if isNew {
            slotKeys[index] = key
            count += 1
        }
        slotValues[index] = (UInt64(newest) << 8) | UInt64(linkCount)
    }

    private mutating func grow() {
        let oldKeys = slotKeys
        let oldValues = slotValues
        slotKeys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slotValues = [UInt64](repeating: 0, count: oldKeys.count * 2)
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            let index = slot(of: key)
            slotKeys[index] = key
            slotValues[index] = value
        }
    }

    // MARK: - Binary cache

    private static let magic: UInt64 = 0x3130_5443_4944_4454 // "TDDICT01"

    /// Saves the table to `path` (through a temporary file and a rename); `stamp` identifies the source file.
    func write(to path: String, stamp: [UInt64]) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        guard let file = fopen(temporary, "wb") else { return false }
        var header: [UInt64] = [Self.magic, UInt64(stamp.count)] + stamp
            + [UInt64(slotKeys.count), UInt64(previous.count), UInt64(count)]
        var ok = header.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
        ok = ok && slotKeys.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
        ok = ok && slotValues.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
        ok = ok && previous.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
        ok = ok && targets.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
        ok = fclose(file) == 0 && ok
        header.removeAll()
        if ok && rename(temporary, path) == 0 { return true }
        unlink(temporary)
        return false
    }

    /// Loads a table saved by ``write(to:stamp:)``, or nil if the file is missing, damaged or for another source.
    static func read(from path: String, stamp: [UInt64]) -> LinkTable? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        func readArray<T>(_ type: T.Type, _ count: Int) -> [T]? {
            guard count >= 0, count < 1 << 28 else { return nil }
            let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let read = count == 0 ? 0 : fread(buffer.baseAddress, MemoryLayout<T>.stride, count, file)
                initialized = read
            }
            return array.count == count ? array : nil
        }
        guard let start = readArray(UInt64.self, 2), start[0] == magic, Int(start[1]) == stamp.count,
              let savedStamp = readArray(UInt64.self, stamp.count), savedStamp == stamp,
              let sizes = readArray(UInt64.self, 3),
              let keys = readArray(UInt64.self, Int(sizes[0])), keys.count.nonzeroBitCount == 1,
              let values = readArray(UInt64.self, Int(sizes[0])),
              let previous = readArray(Int32.self, Int(sizes[1])),
              let targets = readArray(UInt64.self, Int(sizes[1]))
        else { return nil }
        var table = LinkTable(capacity: 1)
        table.slotKeys = keys
        table.slotValues = values
        table.previous = previous
        table.targets = targets
        table.count = Int(sizes[2])
        // A damaged file must not send a lookup out of bounds.
        guard table.previous.allSatisfy({ $0 >= -1 && Int($0) < table.targets.count }),
              table.slotValues.allSatisfy({ $0 == 0 || Int($0 >> 8) < table.targets.count })
        else { return nil }
        return table
    }
}
