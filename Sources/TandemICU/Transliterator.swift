import CTandemICU
import Synchronization

/// Script and character conversion by ICU transforms (`utrans`).
///
///     try Transliterator(id: "de-ASCII").transliterate("Ärger über Maße")   // "Aerger ueber Masse"
///     try Transliterator(id: "Any-Latin; Latin-ASCII").transliterate("Ärger") // "Arger"
///
/// Opening a transform costs milliseconds, so instances are cached by ``shared(id:)``.
public final class Transliterator: @unchecked Sendable {
    public let id: String
    private let handle: UnsafeMutableRawPointer
    private let lock = Mutex<Void>(())

    public init(id: String) throws(ICUError) {
        let units = UTF16Buffer.encode(id)
        var error: Int32 = 0
        let pointer = units.withUnsafeBufferPointer { tandem_translit_open($0.baseAddress, Int32($0.count), 0, &error) }
        try ICUError.check(error, "utrans_openU(\(id))")
        guard let pointer else { throw ICUError(code: ICUStatus.illegalArgument, operation: "utrans_openU(\(id))") }
        handle = pointer
        self.id = id
    }

    deinit { tandem_translit_close(handle) }

    private static let cache = Mutex<[String: Transliterator]>([:])

    /// A cached transliterator for `id`.
    public static func shared(id: String) throws(ICUError) -> Transliterator {
        if let cached = cache.withLock({ $0[id] }) { return cached }
        let made = try Transliterator(id: id)
        cache.withLock { $0[id] = made }
        return made
    }

    /// `text` transformed.
    public func transliterate(_ text: String) -> String {
        var units = UTF16Buffer.encode(text)
        var capacity = max(units.count * 2 + 16, 16)
        return lock.withLock { _ in
            for _ in 0..<3 {
                var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
                var length = Int32(units.count)
                var error: Int32 = 0
                buffer.withUnsafeMutableBufferPointer {
                    tandem_translit_apply(handle, $0.baseAddress, &length, Int32(capacity), &error)
                }
                if error == ICUStatus.bufferOverflow {
                    capacity = Int(length) * 2 + 16
                    continue
                }
                if ICUStatus.isFailure(error) { return text }
                units = Array(buffer[0..<Int(length)])
                return UTF16Buffer.decode(units)
            }
            return text
        }
    }
}
