import CTandemICU

/// A Unicode normalization form.
public enum NormalizationForm: Int32, Sendable, CaseIterable {
    case nfc = 0
    case nfd = 1
    case nfkc = 2
    case nfkcCasefold = 3
}

/// Unicode normalization through ICU's `unorm2` singletons.
///
/// A quick check runs first: text that is already in the requested form is
/// returned as it is, without being copied.
///
///     let nfc = Normalizer(.nfc)
///     nfc.normalize("Ma\u{0308}dchen")   // "Mädchen" (one scalar for ä)
///     nfc.isNormalized("Mädchen")        // true
public struct Normalizer: Sendable {
    /// The form this normalizer produces.
    public let form: NormalizationForm
    private let instance: NormalizerInstance

    /// The normalizer for `form`. ICU's instances are process-wide singletons.
    public init(_ form: NormalizationForm) {
        self.form = form
        self.instance = NormalizerInstance.shared(form)
    }

    /// `text` in this normalizer's form.
    public func normalize(_ text: String) -> String {
        if isTriviallyNormalized(text) { return text }
        let units = UTF16Buffer.encode(text)
        return units.withUnsafeBufferPointer { source -> String in
            var error: Int32 = 0
            let span = tandem_normalize_span_quick_check_yes(instance.pointer, source.baseAddress, Int32(source.count), &error)
            if !ICUStatus.isFailure(error) && Int(span) == source.count { return text }
            let result = try? UTF16Buffer.produce(capacity: source.count + source.count / 2 + 16, operation: "unorm2_normalize") { dest, capacity, error in
                tandem_normalize(instance.pointer, source.baseAddress, Int32(source.count), dest, capacity, &error)
            }
            return result ?? text
        }
    }

    /// Whether `text` is already in this normalizer's form (by ICU's quick check,
    /// confirmed by normalizing where the quick check says "maybe").
    public func isNormalized(_ text: String) -> Bool {
        if isTriviallyNormalized(text) { return true }
        let units = UTF16Buffer.encode(text)
        let span = units.withUnsafeBufferPointer { source -> Int in
            var error: Int32 = 0
            let span = tandem_normalize_span_quick_check_yes(instance.pointer, source.baseAddress, Int32(source.count), &error)
            return ICUStatus.isFailure(error) ? 0 : Int(span)
        }
        if span == units.count { return true }
        return normalize(text).unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    /// The number of leading Unicode scalars of `text` that are certainly normalized.
    public func normalizedPrefixLength(_ text: String) -> Int {
        if isTriviallyNormalized(text) { return text.unicodeScalars.count }
        let units = UTF16Buffer.encode(text)
        let span = units.withUnsafeBufferPointer { source -> Int in
            var error: Int32 = 0
            let span = tandem_normalize_span_quick_check_yes(instance.pointer, source.baseAddress, Int32(source.count), &error)
            return ICUStatus.isFailure(error) ? 0 : Int(span)
        }
        // Convert the UTF-16 span to a scalar count.
        var scalars = 0
        var index = 0
        while index < span {
            let unit = units[index]
            index += (unit >= 0xD800 && unit < 0xDC00) ? 2 : 1
            scalars += 1
        }
        return scalars
    }

    /// ASCII text is in NFC, NFD and NFKC; NFKC_Casefold also needs no upper case.
    private func isTriviallyNormalized(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            switch form {
            case .nfkcCasefold:
                return bytes.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }
            default:
                return bytes.allSatisfy { $0 < 0x80 }
            }
        }
    }
}

/// Holds an ICU normalizer singleton (never closed: ICU owns it).
final class NormalizerInstance: @unchecked Sendable {
    let pointer: UnsafeRawPointer?

    private init(_ form: NormalizationForm) {
        var error: Int32 = 0
        pointer = tandem_normalizer(form.rawValue, &error)
    }

    private static let instances: [NormalizerInstance] = NormalizationForm.allCases.map(NormalizerInstance.init)

    static func shared(_ form: NormalizationForm) -> NormalizerInstance {
        instances[Int(form.rawValue)]
    }
}
