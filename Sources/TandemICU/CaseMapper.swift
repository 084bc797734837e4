import CTandemICU

/// Locale-aware case mapping and folding (ICU `ucasemap`, on UTF-8).
///
///     let de = try CaseMapper(locale: "de")
///     de.uppercased("straße")   // "STRASSE"
///     de.folded("Straße")       // "strasse"
///     try CaseMapper(locale: "tr").uppercased("i")  // "İ"
public final class CaseMapper: @unchecked Sendable {
    public let locale: String
    private let handle: UnsafeMutableRawPointer

    public init(locale: String) throws(ICUError) {
        var error: Int32 = 0
        let pointer = tandem_casemap_open(locale, &error)
        try ICUError.check(error, "ucasemap_open(\(locale))")
        guard let pointer else { throw ICUError(code: ICUStatus.illegalArgument, operation: "ucasemap_open(\(locale))") }
        handle = pointer
        self.locale = locale
    }

    deinit { tandem_casemap_close(handle) }

    public func lowercased(_ text: String) -> String { map(0, text) }
    public func uppercased(_ text: String) -> String { map(1, text) }
    /// Title case by word (ICU's default word breaks).
    public func titlecased(_ text: String) -> String { map(2, text) }
    /// Full case folding, for caseless comparison.
    public func folded(_ text: String) -> String { map(3, text) }

    private func map(_ operation: Int32, _ text: String) -> String {
        var source = text
        return source.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { bytes in
                (try? UTF16Buffer.produceUTF8(capacity: bytes.count + bytes.count / 2 + 8, operation: "ucasemap") { dest, capacity, error in
                    tandem_casemap_utf8(handle, operation, dest, capacity, bytes.baseAddress, Int32(bytes.count), &error)
                }) ?? text
            }
        }
    }
}
