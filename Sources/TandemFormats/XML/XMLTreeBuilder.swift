import TandemCore

/// Builds elements from ``XMLPullParser`` events, resolving namespaces.
///
/// By default every element is kept as a child of its parent, which builds the
/// whole tree. An element added with `keepsChildren: false` keeps its
/// attributes but not its content: ``XMLElementStream`` uses this to walk a
/// large document while holding only the part it hands out.
struct XMLTreeBuilder {
    /// The open elements, innermost last.
    private(set) var open: [XMLElement] = []
    /// Whether each open element keeps its children.
    private var keeps: [Bool] = []
    private var scopes: [[String: String]] = [["xml": XMLDocument.xmlNamespace]]

    /// Adds an event; returns the element a start tag opened.
    @discardableResult
    mutating func add(_ event: XMLEvent, source: SourceText, keepsChildren: Bool = true) throws(InputError) -> XMLElement? {
        switch event {
        case let .startElement(name, attributes, position, selfClosing):
            let element = try start(name: name, attributes: attributes, position: position, selfClosing: selfClosing, source: source)
            if let parent = open.last, keeps[keeps.count - 1] { parent.children.append(.element(element)) }
            open.append(element)
            keeps.append(keepsChildren)
            return element
        case let .endElement(_, position):
            open.removeLast().endPosition = position
            keeps.removeLast()
            scopes.removeLast()
        case let .text(text, cdata):
            if keeps.last == true { open.last?.children.append(.text(text, cdata: cdata)) }
        case let .comment(text):
            if keeps.last == true { open.last?.children.append(.comment(text)) }
        case let .processingInstruction(target, data, position):
            if keeps.last == true { open.last?.children.append(.processingInstruction(target: target, data: data, position: position)) }
        }
        return nil
    }

    /// Makes the innermost open element keep its content from now on.
    mutating func keepChildrenOfInnermost() {
        if !keeps.isEmpty { keeps[keeps.count - 1] = true }
    }

    /// The element for a start tag, with the namespace declarations it makes in scope.
    private mutating func start(name: String, attributes: [XMLAttribute], position: SourcePosition, selfClosing: Bool,
                                source: SourceText) throws(InputError) -> XMLElement {
        var scope = scopes[scopes.count - 1]
        for attribute in attributes {
            if attribute.name == "xmlns" {
                scope[""] = attribute.value.text
            } else if attribute.name.hasPrefix("xmlns:") {
                let prefix = String(attribute.name.dropFirst(6))
                if attribute.value.text.isEmpty {
                    throw source.error(at: attribute.position, "the namespace prefix '\(prefix)' cannot be bound to an empty URI")
                }
                scope[prefix] = attribute.value.text
            }
        }
        scopes.append(scope)
        func resolve(_ qualified: String, isAttribute: Bool, at position: SourcePosition) throws(InputError) -> String? {
            guard let prefixPart = XMLName.split(qualified).prefix else {
                if isAttribute { return nil }
                let uri = scope[""] ?? ""
                return uri.isEmpty ? nil : uri
            }
            let prefix = String(prefixPart)
            if prefix == "xmlns" { return "http://www.w3.org/2000/xmlns/" }
            guard let uri = scope[prefix] else {
                throw source.error(at: position, "the namespace prefix '\(prefix)' in '\(qualified)' is not declared (missing xmlns:\(prefix)=\"…\")")
            }
            return uri
        }
        var resolved = attributes
        for index in resolved.indices where resolved[index].name.utf8.contains(0x3A) {
            resolved[index].namespace = try resolve(resolved[index].name, isAttribute: true, at: resolved[index].position)
        }
        return XMLElement(name: name, namespace: try resolve(name, isAttribute: false, at: position),
                          attributes: resolved, position: position, selfClosing: selfClosing)
    }
}

/// Walks a document (typically one read in parts) and hands out chosen elements
/// whole, with only the start tags of the elements around them kept.
///
///     var stream = XMLElementStream(parser: try .streaming(path: "big.xlf")) { element, parents in
///         element.localName == "trans-unit"
///     }
///     while let item = try stream.next() {
///         if case let .element(unit) = item { … }     // a whole <trans-unit>
///     }
///
/// Memory holds the element being handed out and the chain of open elements
/// around it, not the document.
public struct XMLElementStream {
    /// What the stream reports.
    public enum Item {
        /// The start tag of an element that is not handed out whole (its attributes only).
        case start(XMLElement)
        /// The end of such an element.
        case end(XMLElement)
        /// A chosen element with all its content.
        case element(XMLElement)
    }

    private var parser: XMLPullParser
    private var builder = XMLTreeBuilder()
    private let isWanted: (XMLElement, [XMLElement]) -> Bool
    /// The element being collected and the depth of its parent, while collecting.
    private var collecting: (element: XMLElement, depth: Int)?

    /// A stream over `parser`'s events; `isWanted` chooses, from an element's start tag
    /// and its open ancestors (outermost first), the elements handed out whole.
    public init(parser: XMLPullParser, isWanted: @escaping (XMLElement, [XMLElement]) -> Bool) {
        self.parser = parser
        self.isWanted = isWanted
    }

    /// The text being read (for positions of errors).
    public var source: SourceText { parser.source }

    /// The open elements around the current position, outermost first.
    public var ancestors: [XMLElement] { builder.open }

    /// Whether `element`, just reported as started, is the document's root.
    public var isAtRoot: Bool { builder.open.count == 1 }

    /// Throws unless the root `element` is named `name` (`xliff`, `tmx`).
    public func requireRoot(_ element: XMLElement, named name: String) throws(InputError) {
        guard element.localName == name else {
            throw source.error(at: element.position, "expected the root element <\(name)>, found <\(element.name)>")
        }
    }

    /// The next item, or nil at the end of the document.
    public mutating func next() throws(InputError) -> Item? {
        while let event = try parser.next() {
            if let (element, depth) = collecting {
                try builder.add(event, source: parser.source)
                if case .endElement = event, builder.open.count == depth {
                    collecting = nil
                    return .element(element)
                }
                continue
            }
            switch event {
            case .startElement:
                let parents = builder.open
                guard let element = try builder.add(event, source: parser.source, keepsChildren: false) else { continue }
                if isWanted(element, parents) {
                    // Collect it: its content is kept until it ends.
                    builder.keepChildrenOfInnermost()
                    collecting = (element, parents.count)
                    continue
                }
                return .start(element)
            case .endElement:
                let element = builder.open[builder.open.count - 1]
                try builder.add(event, source: parser.source)
                return .end(element)
            default:
                continue
            }
        }
        return nil
    }
}
