import CTandemICU

/// The kinds of text boundary ICU finds.
public enum BreakKind: Int32, Sendable {
    case character = 0
    case word = 1
    case line = 2
    case sentence = 3
}

/// A piece of text between two boundaries, as UTF-8 byte offsets into the text.
public struct TextPiece: Equatable, Sendable {
    /// UTF-8 byte offsets of the piece in the text it was cut from.
    public let range: Range<Int>
    /// For words: ICU's rule status (0–99 none/punctuation, 100–199 number,
    /// 200–299 letter, 300–399 kana, 400–499 ideograph).
    public let ruleStatus: Int32

    /// Whether a word piece is a number.
    public var isNumber: Bool { (100..<200).contains(ruleStatus) }
    /// Whether a word piece holds letters.
    public var isWord: Bool { ruleStatus >= 200 }
}

/// A reusable break iterator: opening one costs far more than pointing it at
/// new text, so code that breaks many short texts keeps one per task.
///
/// Not thread-safe (ICU break iterators carry state): use one per thread or task.
public final class BreakIterator {
    public let kind: BreakKind
    public let locale: String
    private let handle: UnsafeMutableRawPointer?

    public init(_ kind: BreakKind, locale: String) {
        self.kind = kind
        self.locale = locale
        var error: Int32 = 0
        let pointer = tandem_brk_open(kind.rawValue, locale, &error)
        handle = ICUStatus.isFailure(error) ? nil : pointer
    }

    deinit { if let handle { tandem_brk_close(handle) } }

    /// Calls `body` for each piece of `text` between boundaries.
    public func forEachPiece(in text: String, _ body: (TextPiece) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return }
            var error: Int32 = 0
            if let handle {
                utf8.withMemoryRebound(to: CChar.self) {
                    tandem_brk_set_utf8(handle, $0.baseAddress, Int64($0.count), &error)
                }
            }
            guard let handle, !ICUStatus.isFailure(error) else {
                body(TextPiece(range: 0..<utf8.count, ruleStatus: 0))
                return
            }
            var start = 0
            while true {
                let end = Int(tandem_brk_next(handle))
                if end < 0 { break }  // UBRK_DONE
                let status = kind == .word ? tandem_brk_rule_status(handle) : 0
                body(TextPiece(range: start..<end, ruleStatus: status))
                start = end
            }
        }
    }
}

/// Break iteration (grapheme clusters, words, lines, sentences) over UTF-8 text.
///
/// ICU iterates the string's own UTF-8 storage (`utext_openUTF8`), so offsets
/// are UTF-8 byte offsets that map to `String.Index` in constant time.
///
///     TextBreaks.pieces(.sentence, in: "Er kam. Sie ging.", locale: "de")
///     // two pieces: bytes 0..<8 and 8..<17
public enum TextBreaks {
    /// The pieces of `text` between consecutive boundaries of `kind`.
    public static func pieces(_ kind: BreakKind, in text: String, locale: String) -> [TextPiece] {
        var pieces: [TextPiece] = []
        forEachPiece(kind, in: text, locale: locale) { pieces.append($0) }
        return pieces
    }

    /// Calls `body` for each piece of `text` between boundaries of `kind`.
    public static func forEachPiece(_ kind: BreakKind, in text: String, locale: String, _ body: (TextPiece) -> Void) {
        BreakIterator(kind, locale: locale).forEachPiece(in: text, body)
    }

    /// The substrings of `text` between boundaries of `kind`.
    public static func split(_ kind: BreakKind, _ text: String, locale: String) -> [Substring] {
        let utf8 = text.utf8
        return pieces(kind, in: text, locale: locale).map { piece in
            let lower = utf8.index(utf8.startIndex, offsetBy: piece.range.lowerBound)
            let upper = utf8.index(lower, offsetBy: piece.range.count)
            return text[lower..<upper]
        }
    }

    /// The words of `text` (pieces holding letters or digits), in order.
    public static func words(_ text: String, locale: String) -> [Substring] {
        let utf8 = text.utf8
        return pieces(.word, in: text, locale: locale).compactMap { piece in
            guard piece.isWord || piece.isNumber else { return nil }
            let lower = utf8.index(utf8.startIndex, offsetBy: piece.range.lowerBound)
            let upper = utf8.index(lower, offsetBy: piece.range.count)
            return text[lower..<upper]
        }
    }
}
