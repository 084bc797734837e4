import TandemCore

/// Joins pieces of text from different places in a file into one ``TextValue``
/// whose source map still points at each piece.
struct TextAccumulator {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    private var map: SourceMap?

    /// Appends a piece read from the file.
    mutating func append(_ value: TextValue) {
        let scalars = value.text.unicodeScalars.count
        guard scalars > 0 else {
            if map == nil { map = value.map }
            return
        }
        if var current = map {
            for anchor in value.map.anchors { current.add(offset: count + anchor.offset, position: anchor.position) }
            map = current
        } else {
            map = value.map
        }
        bytes.append(contentsOf: value.text.utf8)
        count += scalars
    }

    /// Appends a scalar that stands at `position` in the file (e.g. an XLIFF 2 `<cp/>`).
    mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition) {
        append(TextValue(text: String(Character(scalar)), start: position))
    }

    /// Makes sure the text starts at `position` when nothing has been appended yet.
    mutating func anchor(at position: SourcePosition) {
        if map == nil { map = SourceMap(start: position) }
    }

    func finish(start: SourcePosition) -> TextValue {
        TextValue(text: String(decoding: bytes, as: UTF8.self), map: map ?? SourceMap(start: start))
    }
}

/// How a bilingual format's inline element is turned into text and codes.
enum InlineRule {
    /// The content is translatable text between an opening and a closing code (`<g>`, `<pc>`, TMX `<hi>`).
    case paired
    /// The element is a code; its content, if any, is native data (`<x/>`, `<ph>`, `<it>`).
    case standalone
    /// The start of a split pair (`<bx/>`, `<bpt>`, `<sc/>`).
    case opening
    /// The end of a split pair (`<ex/>`, `<ept>`, `<ec/>`).
    case closing
    /// An annotation: its content is text, and it is not a code (`<mrk>`).
    case annotation
    /// An annotation marker without content (`<sm/>`, `<em/>`).
    case marker
    /// A character reference element (XLIFF 2 `<cp hex="…"/>`).
    case codePoint
    /// Not inline content: skipped (e.g. a `<note>` or extension element).
    case skip
}

/// Reads the mixed content of a `<source>`, `<target>` or `<seg>` into a ``UnitText``.
struct InlineContentReader: Sendable {
    /// The rule for a child element.
    let rule: @Sendable (XMLElement) -> InlineRule
    /// The id of a code (for a closing code, the id of the opening code it closes).
    let codeID: @Sendable (XMLElement, InlineRule) -> String?

    func read(_ element: XMLElement, language: String?) -> UnitText {
        var accumulator = TextAccumulator()
        var codes: [InlineCode] = []
        visit(element, into: &accumulator, codes: &codes)
        let value = accumulator.finish(start: element.selfClosing ? element.position : contentStart(element))
        return UnitText(value: value, codes: codes, language: language)
    }

    private func contentStart(_ element: XMLElement) -> SourcePosition {
        for child in element.children {
            switch child {
            case let .text(text, _): return text.position
            case let .element(inner): return inner.position
            default: continue
            }
        }
        return element.endPosition
    }

    private func visit(_ element: XMLElement, into accumulator: inout TextAccumulator, codes: inout [InlineCode]) {
        for child in element.children {
            switch child {
            case let .text(text, _):
                accumulator.append(text)
            case let .element(inner):
                let rule = rule(inner)
                let type = inner["ctype"] ?? inner["type"]
                // Only XLIFF 2 says whether a code may be deleted (canDelete, default yes).
                let deletable = inner.namespace == XLIFF2Reader.namespace && inner["canDelete"] != "no"
                switch rule {
                case .paired:
                    codes.append(InlineCode(id: codeID(inner, rule), element: String(inner.localName), kind: .opening, offset: accumulator.count,
                                            position: inner.position, type: type, isDeletable: deletable))
                    visit(inner, into: &accumulator, codes: &codes)
                    codes.append(InlineCode(id: codeID(inner, rule), element: String(inner.localName), kind: .closing, offset: accumulator.count,
                                            position: inner.endPosition, type: type, isDeletable: deletable))
                case .standalone, .opening, .closing:
                    let kind: InlineCodeKind = rule == .opening ? .opening : rule == .closing ? .closing : .standalone
                    let content = inner.textContent
                    codes.append(InlineCode(id: codeID(inner, rule), element: String(inner.localName), kind: kind, offset: accumulator.count,
                                            position: inner.position, content: content.isEmpty ? nil : content, type: type, isDeletable: deletable))
                case .annotation:
                    visit(inner, into: &accumulator, codes: &codes)
                case .codePoint:
                    if let hex = inner["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        accumulator.append(scalar, at: inner.position)
                    }
                case .marker, .skip:
                    break
                }
            default:
                break
            }
        }
    }
}
