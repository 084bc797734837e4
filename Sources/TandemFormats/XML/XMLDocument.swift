import TandemCore

/// A node in an element's content.
public enum XMLNode: Sendable {
    case element(XMLElement)
    /// Character data; `cdata` for a CDATA section.
    case text(TextValue, cdata: Bool)
    case comment(TextValue)
    case processingInstruction(target: String, data: String, position: SourcePosition)
}

/// An element of a parsed XML document, with the position of its start tag.
public final class XMLElement: @unchecked Sendable {
    /// The qualified name as written, e.g. `xliff:g`.
    public let name: String
    /// The resolved namespace URI (nil when the element is in no namespace).
    public let namespace: String?
    public let attributes: [XMLAttribute]
    public internal(set) var children: [XMLNode] = []
    /// Where the start tag's `<` is.
    public let position: SourcePosition
    /// Where the end tag's `<` is (the start tag's for an empty-element tag).
    public internal(set) var endPosition: SourcePosition
    /// Whether the element was written as `<name/>`.
    public let selfClosing: Bool

    init(name: String, namespace: String?, attributes: [XMLAttribute], position: SourcePosition, selfClosing: Bool) {
        self.name = name
        self.localName = XMLName.split(name).local
        self.namespace = namespace
        self.attributes = attributes
        self.position = position
        self.endPosition = position
        self.selfClosing = selfClosing
    }

    /// The name without its prefix.
    public let localName: Substring

    /// The attribute named `name` exactly as written (e.g. `id`, `xml:lang`).
    public func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.name == name }
    }

    /// The value of the attribute named `name`, if present.
    public subscript(_ name: String) -> String? {
        attribute(name)?.value.text
    }

    /// The attribute with local name `localName` in `namespace`.
    public func attribute(_ localName: String, namespace: String) -> XMLAttribute? {
        attributes.first { $0.namespace == namespace && $0.localName == localName }
    }

    /// The `xml:id` value, if any.
    public var xmlID: String? { attribute("id", namespace: XMLDocument.xmlNamespace)?.value.text }

    /// The `xml:lang` value, if any.
    public var xmlLang: String? { attribute("lang", namespace: XMLDocument.xmlNamespace)?.value.text }

    /// The child elements in order.
    public var elements: [XMLElement] {
        children.compactMap { if case let .element(element) = $0 { return element } else { return nil } }
    }

    /// The child elements with local name `localName` (in any namespace, or in `namespace`).
    public func elements(_ localName: String, namespace: String? = nil) -> [XMLElement] {
        elements.filter { $0.localName == localName && (namespace == nil || $0.namespace == namespace) }
    }

    /// The first child element with local name `localName`.
    public func element(_ localName: String, namespace: String? = nil) -> XMLElement? {
        for case let .element(element) in children where element.localName == localName && (namespace == nil || element.namespace == namespace) {
            return element
        }
        return nil
    }

    /// All text inside the element (descendants' text included).
    public var textContent: String {
        var output = ""
        func visit(_ element: XMLElement) {
            for child in element.children {
                switch child {
                case let .text(text, _): output += text.text
                case let .element(inner): visit(inner)
                default: break
                }
            }
        }
        visit(self)
        return output
    }

    /// The element's text with a source map, when its content is text only (else the first text's start).
    public var text: TextValue {
        var pieces: [TextValue] = []
        for case let .text(text, _) in children { pieces.append(text) }
        guard let first = pieces.first else { return TextValue(text: "", start: endPosition) }
        if pieces.count == 1 { return first }
        var map = first.map
        var text = first.text
        var count = first.text.unicodeScalars.count
        for piece in pieces.dropFirst() {
            for anchor in piece.map.anchors { map.add(offset: count + anchor.offset, position: anchor.position) }
            text += piece.text
            count += piece.text.unicodeScalars.count
        }
        return TextValue(text: text, map: map)
    }
}

/// A parsed XML document: the root element and its namespaces resolved.
///
/// Built on ``XMLPullParser``; see there for what is read and what is refused.
public struct XMLDocument: Sendable {
    /// The namespace of the `xml:` prefix.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    public let source: SourceText
    public let root: XMLElement

    /// Parses `source`; throws the first syntax or well-formedness error with its position.
    public init(source: SourceText) throws(InputError) {
        self.source = source
        var parser = XMLPullParser(source: source)
        var builder = XMLTreeBuilder()
        var root: XMLElement?
        while let event = try parser.next() {
            if let element = try builder.add(event, source: parser.source), root == nil { root = element }
        }
        guard let root else { throw source.error(at: 0, "no root element") }
        self.root = root
    }

    /// Reads and parses the XML file at `path` (UTF-8, UTF-16, or ISO-8859-1 when declared).
    public static func load(path: String) throws(InputError) -> XMLDocument {
        try XMLDocument(source: XMLDocument.decode(path: path, raw: SourceText.readBytes(path: path)))
    }

    /// Decodes an XML file's bytes, honouring a byte-order mark or the encoding its declaration names.
    public static func decode(path: String, raw: [UInt8]) throws(InputError) -> SourceText {
        if let declared = declaredEncoding(raw) {
            switch declared.lowercased() {
            case "utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii":
                break
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
                let bom = raw.starts(with: [0xEF, 0xBB, 0xBF])
                if !bom { return SourceText(path: path, bytes: SourceText.latin1ToUTF8(raw[...]), encoding: .latin1) }
            default:
                throw .syntax(path: path, line: 1, column: 1, message: "the XML declaration names the encoding '\(declared)'; tandem reads UTF-8, UTF-16 and ISO-8859-1")
            }
        }
        return try SourceText.decode(path: path, raw: raw)
    }

    /// The `encoding="…"` of an XML declaration written in ASCII bytes.
    static func declaredEncoding(_ raw: [UInt8]) -> String? {
        let prefix = raw.prefix(200)
        guard prefix.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = String(decoding: prefix, as: UTF8.self)
        guard let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
