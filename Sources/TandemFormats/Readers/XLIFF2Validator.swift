import TandemCore
import TandemICU

/// Checks an XLIFF 2.x document against the core constraints of the
/// specification, the ones a schema checks and the ones it cannot: id
/// uniqueness in each scope, `sc`/`ec` and `sm`/`em` pairing, data references,
/// `copyOf`, `canReorder` sequences, non-removable codes, comment annotations,
/// fragment identifiers, `state`/`subState`, `type`/`subType`, languages of
/// `source` and `target`, `order`, and where extensions may appear.
///
/// Each violation is a ``FormatProblem`` with code `xliff-…` and the position
/// of the element or attribute at fault.
public enum XLIFF2Validator {
    static let core = XLIFF2Reader.namespace

    /// The problems in `document`, in file order.
    public static func validate(_ document: XMLDocument) -> [FormatProblem] {
        var context = XLIFF2Context()
        context.checkRoot(document.root)
        return context.problems.sorted { $0.position < $1.position }
    }
}

/// Where foreign (non-XLIFF) attributes may appear on a core element.
enum ForeignAttributes {
    /// Any namespace but XLIFF core and `xml:` (extensions and modules).
    case any
    /// Only module attributes (Format Style, Size and Length Restriction, ITS).
    case modules
    /// None.
    case none
}

/// What a core element allows.
struct XLIFF2ElementSpec {
    var attributes: Set<String>
    var required: Set<String>
    var foreign: ForeignAttributes
}

struct XLIFF2Context {
    var problems: [FormatProblem] = []
    var sourceLanguage: String?
    var targetLanguage: String?
    var sawTarget = false
    /// `xml:lang` and `xml:space` inherited from the enclosing elements.
    var inheritedLanguage: String?
    var inheritedSpace = "default"

    static let specs: [String: XLIFF2ElementSpec] = [
        "xliff": .init(attributes: ["version", "srcLang", "trgLang", "xml:space", "xml:lang"], required: ["version", "srcLang"], foreign: .any),
        "file": .init(attributes: ["id", "canResegment", "original", "translate", "srcDir", "trgDir", "xml:space", "xml:lang"], required: ["id"], foreign: .any),
        "skeleton": .init(attributes: ["href"], required: [], foreign: .none),
        "group": .init(attributes: ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "type", "xml:space", "xml:lang"], required: ["id"], foreign: .any),
        "unit": .init(attributes: ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "type", "xml:space", "xml:lang"], required: ["id"], foreign: .any),
        "segment": .init(attributes: ["id", "canResegment", "state", "subState"], required: [], foreign: .none),
        "ignorable": .init(attributes: ["id"], required: [], foreign: .none),
        "notes": .init(attributes: [], required: [], foreign: .none),
        "note": .init(attributes: ["id", "appliesTo", "category", "priority"], required: [], foreign: .any),
        "originalData": .init(attributes: [], required: [], foreign: .none),
        "data": .init(attributes: ["id", "dir", "xml:space"], required: ["id"], foreign: .none),
        "source": .init(attributes: ["xml:lang", "xml:space"], required: [], foreign: .none),
        "target": .init(attributes: ["xml:lang", "xml:space", "order"], required: [], foreign: .none),
        "cp": .init(attributes: ["hex"], required: ["hex"], foreign: .none),
        "ph": .init(attributes: ["canCopy", "canDelete", "canReorder", "copyOf", "disp", "equiv", "id", "dataRef", "subFlows", "subType", "type"], required: ["id"], foreign: .modules),
        "pc": .init(attributes: ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dispEnd", "dispStart", "equivEnd", "equivStart", "id",
                                 "dataRefEnd", "dataRefStart", "subFlowsEnd", "subFlowsStart", "subType", "type", "dir"], required: ["id"], foreign: .modules),
        "sc": .init(attributes: ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv", "id", "isolated",
                                 "subFlows", "subType", "type"], required: ["id"], foreign: .modules),
        "ec": .init(attributes: ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv", "id", "isolated",
                                 "startRef", "subFlows", "subType", "type"], required: [], foreign: .modules),
        "mrk": .init(attributes: ["id", "translate", "type", "ref", "value"], required: ["id"], foreign: .any),
        "sm": .init(attributes: ["id", "translate", "type", "ref", "value"], required: ["id"], foreign: .any),
        "em": .init(attributes: ["startRef"], required: ["startRef"], foreign: .none),
    ]

    static let moduleNamespaces: [String: Set<String>?] = [
        "urn:oasis:names:tc:xliff:matches:2.0": ["matches", "match"],
        "urn:oasis:names:tc:xliff:glossary:2.0": ["glossary", "glossEntry", "term", "translation", "definition"],
        "urn:oasis:names:tc:xliff:fs:2.0": [],
        "urn:oasis:names:tc:xliff:metadata:2.0": ["metadata", "metaGroup", "meta"],
        "urn:oasis:names:tc:xliff:resourcedata:2.0": ["resourceData", "resourceItemRef", "resourceItem", "source", "target", "reference"],
        "urn:oasis:names:tc:xliff:changetracking:2.0": ["changeTrack", "revisions", "revision", "item"],
        "urn:oasis:names:tc:xliff:sizerestriction:2.0": ["profiles", "normalization", "supported", "data"],
        "urn:oasis:names:tc:xliff:validation:2.0": ["validation", "rule"],
        "http://www.w3.org/2005/11/its": nil,
        "urn:oasis:names:tc:xliff:itsm:2.1": nil,
    ]
    static let inlineModuleAttributeNamespaces: Set<String> = [
        "urn:oasis:names:tc:xliff:fs:2.0", "urn:oasis:names:tc:xliff:sizerestriction:2.0",
        "http://www.w3.org/2005/11/its", "urn:oasis:names:tc:xliff:itsm:2.1",
    ]
    static let fsNamespace = "urn:oasis:names:tc:xliff:fs:2.0"
    static let fsElements: Set<String> = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "body", "br", "button", "canvas",
        "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em",
        "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter",
        "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt",
        "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strong", "style", "sub", "summary", "sup", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
    ]

    mutating func add(_ code: String, _ message: String, at position: SourcePosition, text: String = "") {
        problems.append(FormatProblem(code: "xliff-\(code)", message: message, position: position, text: text))
    }

    func isCore(_ element: XMLElement) -> Bool { element.namespace == XLIFF2Validator.core }

    // MARK: Root, file, group

    mutating func checkRoot(_ root: XMLElement) {
        guard root.localName == "xliff", isCore(root) else {
            add("structure", "the root element must be <xliff> in the namespace \(XLIFF2Validator.core)", at: root.position)
            return
        }
        checkAttributes(root)
        if let version = root["version"], !["2.0", "2.1", "2.2"].contains(version) {
            add("version", "version '\(version)' is not an XLIFF 2 version (2.0, 2.1 or 2.2)", at: root.position, text: version)
        }
        sourceLanguage = root["srcLang"]
        targetLanguage = root["trgLang"]
        inherit(root)
        var fileIDs: [String: SourcePosition] = [:]
        var files = 0
        for child in root.elements {
            guard isCore(child), child.localName == "file" else {
                add("structure", "<\(child.name)> is not allowed in <xliff>; expected <file>", at: child.position)
                continue
            }
            files += 1
            unique(child["id"], in: &fileIDs, what: "file id", at: child.position)
            checkFile(child)
        }
        if files == 0 { add("structure", "<xliff> must contain at least one <file>", at: root.position) }
        if sawTarget && targetLanguage == nil {
            add("trglang", "the document has <target> elements but <xliff> has no trgLang attribute", at: root.position)
        }
    }

    mutating func unique(_ id: String?, in seen: inout [String: SourcePosition], what: String, at position: SourcePosition) {
        guard let id else { return }
        if let first = seen[id] {
            add("duplicate-id", "the \(what) '\(id)' is not unique (first used at \(first))", at: position, text: id)
        } else {
            seen[id] = position
        }
    }

    /// Takes `xml:lang` and `xml:space` from `element` for its descendants.
    mutating func inherit(_ element: XMLElement) {
        if let lang = element.xmlLang { inheritedLanguage = lang }
        if let space = element["xml:space"] { inheritedSpace = space }
    }

    mutating func checkFile(_ file: XMLElement) {
        checkAttributes(file)
        let saved = (inheritedLanguage, inheritedSpace)
        inherit(file)
        defer { (inheritedLanguage, inheritedSpace) = saved }
        var phase = 0  // 0 skeleton, 1 extensions, 2 notes, 3 units and groups
        var units: [String: SourcePosition] = [:]
        var groups: [String: SourcePosition] = [:]
        var unitIDs = Set<String>()
        collectUnitIDs(file, into: &unitIDs)
        var count = 0
        for child in file.elements {
            if !isCore(child) {
                if phase > 1 { add("structure", "the extension <\(child.name)> must come before <notes>, <unit> and <group> in <file>", at: child.position) }
                phase = max(phase, 1)
                checkForeign(child)
                continue
            }
            switch child.localName {
            case "skeleton":
                if phase > 0 { add("structure", "<skeleton> must be the first child of <file>", at: child.position) }
                phase = 1
                checkSkeleton(child)
            case "notes":
                if phase > 2 { add("structure", "<notes> must come before <unit> and <group> in <file>", at: child.position) }
                phase = 3 == phase ? 3 : 2
                checkNotes(child)
            case "unit", "group":
                phase = 3
                count += 1
                checkContainerChild(child, units: &units, groups: &groups, unitIDs: unitIDs)
            default:
                add("structure", "<\(child.name)> is not allowed in <file>", at: child.position)
            }
        }
        if count == 0 { add("structure", "<file> must contain at least one <unit> or <group>", at: file.position) }
        checkExtensionIDs(file)
    }

    func collectUnitIDs(_ element: XMLElement, into ids: inout Set<String>) {
        for child in element.elements where isCore(child) {
            if child.localName == "unit", let id = child["id"] { ids.insert(id) }
            if child.localName == "group" { collectUnitIDs(child, into: &ids) }
        }
    }

    mutating func checkContainerChild(_ child: XMLElement, units: inout [String: SourcePosition], groups: inout [String: SourcePosition], unitIDs: Set<String>) {
        if child.localName == "unit" {
            unique(child["id"], in: &units, what: "unit id", at: child.position)
            var unit = XLIFF2UnitRules(unit: child, context: self, unitIDs: unitIDs)
            unit.check()
            problems = unit.context.problems
            sawTarget = unit.context.sawTarget
        } else {
            unique(child["id"], in: &groups, what: "group id", at: child.position)
            checkGroup(child, units: &units, groups: &groups, unitIDs: unitIDs)
        }
    }

    mutating func checkGroup(_ group: XMLElement, units: inout [String: SourcePosition], groups: inout [String: SourcePosition], unitIDs: Set<String>) {
        checkAttributes(group)
        let saved = (inheritedLanguage, inheritedSpace)
        inherit(group)
        defer { (inheritedLanguage, inheritedSpace) = saved }
        var phase = 1
        for child in group.elements {
            if !isCore(child) {
                if phase > 1 { add("structure", "the extension <\(child.name)> must come before <notes>, <unit> and <group> in <group>", at: child.position) }
                checkForeign(child)
                continue
            }
            switch child.localName {
            case "notes":
                if phase > 2 { add("structure", "<notes> must come before <unit> and <group>", at: child.position) }
                phase = 2
                checkNotes(child)
            case "unit", "group":
                phase = 3
                checkContainerChild(child, units: &units, groups: &groups, unitIDs: unitIDs)
            default:
                add("structure", "<\(child.name)> is not allowed in <group>", at: child.position)
            }
        }
        checkExtensionIDs(group)
    }

    mutating func checkSkeleton(_ skeleton: XMLElement) {
        checkAttributes(skeleton)
        let hasContent = !skeleton.textContent.trimmingSpaces().isEmpty || !skeleton.elements.isEmpty
        if skeleton["href"] != nil && hasContent {
            add("skeleton", "<skeleton> with an href attribute must be empty", at: skeleton.position)
        } else if skeleton["href"] == nil && !hasContent {
            add("skeleton", "<skeleton> without an href attribute must have content", at: skeleton.position)
        }
    }

    mutating func checkNotes(_ notes: XMLElement) {
        checkAttributes(notes)
        var ids: [String: SourcePosition] = [:]
        var count = 0
        for child in notes.elements {
            guard isCore(child), child.localName == "note" else {
                add("structure", "<\(child.name)> is not allowed in <notes>; expected <note>", at: child.position)
                continue
            }
            count += 1
            checkAttributes(child)
            unique(child["id"], in: &ids, what: "note id", at: child.position)
            for inner in child.elements { add("structure", "<note> holds text only, not <\(inner.name)>", at: inner.position) }
        }
        if count == 0 { add("structure", "<notes> must contain at least one <note>", at: notes.position) }
    }

    /// An element from another namespace: a module (checked for known names) or an extension.
    mutating func checkForeign(_ element: XMLElement) {
        guard let namespace = element.namespace else {
            add("structure", "<\(element.name)> has no namespace; elements outside XLIFF must be in their own namespace", at: element.position)
            return
        }
        if let known = Self.moduleNamespaces[namespace], let names = known, !names.contains(String(element.localName)) {
            add("module", "<\(element.name)> is not an element of the module \(namespace)", at: element.position)
        }
    }

    /// Ids of extension elements must be unique among the extensions of one file, group or unit.
    mutating func checkExtensionIDs(_ container: XMLElement) {
        var seen: [String: SourcePosition] = [:]
        func visit(_ element: XMLElement) {
            for child in element.elements where !isCore(child) {
                if Self.moduleNamespaces[child.namespace ?? ""] == nil, let id = child["id"] ?? child.xmlID {
                    unique(id, in: &seen, what: "extension element id", at: child.position)
                }
                visit(child)
            }
        }
        visit(container)
    }

    // MARK: Attributes

    /// Checks the attributes of a core element against its spec and the value types.
    mutating func checkAttributes(_ element: XMLElement) {
        let name = String(element.localName)
        guard let spec = Self.specs[name] else { return }
        for attribute in element.attributes {
            if attribute.name == "xmlns" || attribute.name.hasPrefix("xmlns:") { continue }
            let isXML = attribute.namespace == XMLDocument.xmlNamespace
            if attribute.namespace == nil || isXML {
                if !spec.attributes.contains(attribute.name) {
                    add("attribute", "the attribute '\(attribute.name)' is not allowed on <\(name)>", at: attribute.position, text: attribute.name)
                }
                continue
            }
            let namespace = attribute.namespace!
            switch spec.foreign {
            case .none:
                add("attribute", "the attribute '\(attribute.name)' from \(namespace) is not allowed on <\(name)>", at: attribute.position, text: attribute.name)
            case .modules where !Self.inlineModuleAttributeNamespaces.contains(namespace):
                add("attribute", "only module attributes are allowed on <\(name)>, not '\(attribute.name)'", at: attribute.position, text: attribute.name)
            default:
                break
            }
            if namespace == Self.fsNamespace { checkFormatStyle(attribute, on: element) }
        }
        for required in spec.required.sorted() where element.attribute(required) == nil && !(required == "xml:lang") {
            add("attribute", "<\(name)> requires the attribute '\(required)'", at: element.position, text: required)
        }
        for attribute in element.attributes where attribute.namespace == nil || attribute.namespace == XMLDocument.xmlNamespace {
            checkValue(attribute, on: element)
        }
        if element["subType"] != nil && element["type"] == nil {
            add("subtype", "subType requires a type attribute on <\(name)>", at: element.position)
        }
        if element["subState"] != nil && element["state"] == nil {
            add("substate", "subState requires a state attribute", at: element.position)
        }
    }

    mutating func checkValue(_ attribute: XMLAttribute, on element: XMLElement) {
        let value = attribute.value.text
        let name = attribute.name
        let elementName = String(element.localName)
        func oneOf(_ allowed: [String]) {
            if !allowed.contains(value) {
                add("value", "'\(value)' is not a valid value of \(name) (expected \(allowed.joined(separator: ", ")))", at: attribute.position, text: value)
            }
        }
        switch name {
        case "canResegment", "translate", "canCopy", "canDelete", "canOverlap", "isolated": oneOf(["yes", "no"])
        case "canReorder": oneOf(["yes", "firstNo", "no"])
        case "srcDir", "trgDir", "dir": oneOf(["ltr", "rtl", "auto"])
        case "xml:space": oneOf(["default", "preserve"])
        case "state": oneOf(["initial", "translated", "reviewed", "final"])
        case "appliesTo": oneOf(["source", "target"])
        case "priority":
            if Int(value).map({ !(1...10).contains($0) }) ?? true { add("value", "priority must be a number from 1 to 10, not '\(value)'", at: attribute.position, text: value) }
        case "order":
            if Int(value).map({ $0 < 1 }) ?? true { add("value", "order must be a positive integer, not '\(value)'", at: attribute.position, text: value) }
        case "id", "startRef", "dataRef", "dataRefStart", "dataRefEnd", "copyOf":
            if !Self.isNMTOKEN(value) { add("id", "'\(value)' is not a valid \(name) (an XML NMTOKEN: letters, digits, '.', '-', '_', ':')", at: attribute.position, text: value) }
        case "subFlows", "subFlowsStart", "subFlowsEnd":
            for token in value.split(separator: " ") where !Self.isNMTOKEN(String(token)) {
                add("id", "'\(token)' in \(name) is not a unit id (NMTOKEN)", at: attribute.position, text: String(token))
            }
        case "srcLang", "trgLang", "xml:lang":
            if !Self.isWellFormedLanguageTag(value) { add("language", "'\(value)' is not a well-formed BCP 47 language tag", at: attribute.position, text: value) }
        case "type":
            switch elementName {
            case "ph", "pc", "sc", "ec": oneOf(["fmt", "ui", "quote", "link", "image", "other"])
            case "mrk", "sm":
                if !["generic", "comment", "term"].contains(value) && !Self.isUserDefined(value) {
                    add("value", "'\(value)' is not a valid annotation type (generic, comment, term or prefix:value)", at: attribute.position, text: value)
                }
            default:
                if !Self.isUserDefined(value) { add("value", "'\(value)' is not a valid type (expected prefix:value)", at: attribute.position, text: value) }
            }
        case "subType", "subState":
            if !Self.isUserDefined(value) {
                add("value", "'\(value)' is not a valid \(name) (expected prefix:value)", at: attribute.position, text: value)
            } else if name == "subType", value.hasPrefix("xlf:") {
                let allowed: [String: String] = ["xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui"]
                if let type = allowed[value] {
                    if let actual = element["type"], actual != type {
                        add("subtype", "subType '\(value)' requires type '\(type)', not '\(actual)'", at: attribute.position, text: value)
                    }
                } else {
                    add("subtype", "'\(value)' is not a subType XLIFF defines (xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u, xlf:var)", at: attribute.position, text: value)
                }
            }
        case "hex":
            guard value.count >= 1, value.count % 2 == 0, let scalar = UInt32(value, radix: 16) else {
                add("value", "'\(value)' is not a hexadecimal code point", at: attribute.position, text: value)
                return
            }
            let allowedInXML = scalar == 0x9 || scalar == 0xA || scalar == 0xD || (0x20...0xD7FF).contains(scalar) || (0xE000...0xFFFD).contains(scalar) || (0x10000...0x10FFFF).contains(scalar)
            if scalar > 0x10FFFF {
                add("value", "U+\(value) is beyond Unicode", at: attribute.position, text: value)
            } else if allowedInXML {
                add("value", "<cp hex=\"\(value)\"/> stands for a character XML allows; write the character itself", at: attribute.position, text: value)
            }
        default:
            break
        }
    }

    mutating func checkFormatStyle(_ attribute: XMLAttribute, on element: XMLElement) {
        let local = String(attribute.localName)
        switch local {
        case "fs":
            if !Self.fsElements.contains(attribute.value.text) {
                add("module", "fs:fs '\(attribute.value.text)' is not an HTML element name", at: attribute.position, text: attribute.value.text)
            }
            if element.localName == "ec" && element["isolated"] != "yes" {
                add("module", "fs:fs is not allowed on a non-isolated <ec>; put it on the <sc>", at: attribute.position)
            }
        case "subFs":
            if element.attribute("fs", namespace: Self.fsNamespace) == nil {
                add("module", "fs:subFs requires fs:fs on the same element", at: attribute.position)
            }
        default:
            add("module", "'\(attribute.name)' is not an attribute of the Format Style module (fs:fs, fs:subFs)", at: attribute.position, text: attribute.name)
        }
    }

    static func isNMTOKEN(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "._-:".unicodeScalars.contains(scalar)
                || scalar.value == 0xB7 || (0x300...0x36F).contains(scalar.value) || (0x203F...0x2040).contains(scalar.value)
        }
    }

    static func isUserDefined(_ value: String) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(where: \.isWhitespace) }
    }

    /// Well-formedness per BCP 47's syntax (language, extlang, script, region, variants, extensions, private use).
    static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let first = parts.first, !first.isEmpty else { return false }
        guard parts.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else { return false }
        if first == "x" || first == "i" { return parts.count > 1 }
        guard (2...8).contains(first.count), first.allSatisfy(\.isLetter) else { return false }
        var index = 1
        var extlangs = 0
        while index < parts.count, parts[index].count == 3, parts[index].allSatisfy(\.isLetter), first.count <= 3, extlangs < 3 { index += 1; extlangs += 1 }
        if index < parts.count, parts[index].count == 4, parts[index].allSatisfy(\.isLetter) { index += 1 }
        if index < parts.count, (parts[index].count == 2 && parts[index].allSatisfy(\.isLetter)) || (parts[index].count == 3 && parts[index].allSatisfy(\.isNumber)) { index += 1 }
        while index < parts.count, (parts[index].count >= 5) || (parts[index].count == 4 && parts[index].first!.isNumber) { index += 1 }
        while index < parts.count, parts[index].count == 1, parts[index] != "x" {
            index += 1
            var count = 0
            while index < parts.count, parts[index].count >= 2 { index += 1; count += 1 }
            if count == 0 { return false }
        }
        if index < parts.count, parts[index] == "x" { return parts.count > index + 1 }
        return index == parts.count
    }
}
