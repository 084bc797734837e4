import TandemCore

/// The XLIFF 2 core constraints inside one `<unit>`: its structure, the ids of
/// its parts and inline codes, code pairing and references, reordering and
/// deletion rules, annotations.
struct XLIFF2UnitRules {
    let unit: XMLElement
    var context: XLIFF2Context
    /// Ids of all units in the file, for `subFlows`.
    let unitIDs: Set<String>

    private var noteIDs = Set<String>()
    private var dataIDs = Set<String>()
    private var hasOriginalData = false
    private var partIDs: [String: SourcePosition] = [:]

    /// One inline element met while walking a side.
    struct Code {
        let element: XMLElement
        /// 0 for `<source>` of the first segment, counting on.
        let segment: Int
        /// The id of the `<pc>` or `<mrk>` the code is inside, if any.
        let parent: String?
        var name: String { String(element.localName) }
    }

    init(unit: XMLElement, context: XLIFF2Context, unitIDs: Set<String>) {
        self.unit = unit
        self.context = context
        self.unitIDs = unitIDs
    }

    mutating func add(_ code: String, _ message: String, at position: SourcePosition, text: String = "") {
        context.add(code, message, at: position, text: text)
    }

    mutating func check() {
        context.checkAttributes(unit)
        context.inherit(unit)
        var phase = 1
        var parts: [XMLElement] = []
        var segments = 0
        for child in unit.elements {
            guard context.isCore(child) else {
                if phase > 1 { add("structure", "the extension <\(child.name)> must come before <notes>, <originalData> and segments in <unit>", at: child.position) }
                context.checkForeign(child)
                continue
            }
            switch child.localName {
            case "notes":
                if phase > 1 { add("structure", "<notes> must come first in <unit> (after extensions)", at: child.position) }
                phase = 2
                context.checkNotes(child)
                for note in child.elements("note") { if let id = note["id"] { noteIDs.insert(id) } }
            case "originalData":
                if phase > 2 { add("structure", "<originalData> must come before the segments of <unit>", at: child.position) }
                phase = 3
                checkOriginalData(child)
            case "segment", "ignorable":
                phase = 4
                if child.localName == "segment" { segments += 1 }
                parts.append(child)
            default:
                add("structure", "<\(child.name)> is not allowed in <unit>", at: child.position)
            }
        }
        if segments == 0 { add("structure", "<unit> must contain at least one <segment>", at: unit.position) }
        context.checkExtensionIDs(unit)

        var sources: [XMLElement] = []
        var targets: [XMLElement] = []
        var orders: [String: SourcePosition] = [:]
        for part in parts {
            context.checkAttributes(part)
            if let id = part["id"] { context.unique(id, in: &partIDs, what: "segment or ignorable id", at: part.position) }
            var source: XMLElement?
            var target: XMLElement?
            for child in part.elements {
                guard context.isCore(child), child.localName == "source" || child.localName == "target" else {
                    add("structure", "<\(child.name)> is not allowed in <\(part.localName)>; expected <source> and <target>", at: child.position)
                    continue
                }
                if child.localName == "source" {
                    if source != nil { add("structure", "<\(part.localName)> has more than one <source>", at: child.position) }
                    if target != nil { add("structure", "<source> must come before <target>", at: child.position) }
                    source = source ?? child
                } else {
                    if target != nil { add("structure", "<\(part.localName)> has more than one <target>", at: child.position) }
                    target = target ?? child
                }
            }
            guard let source else {
                add("structure", "<\(part.localName)> must contain a <source>", at: part.position)
                continue
            }
            context.checkAttributes(source)
            checkLanguage(source, expected: context.sourceLanguage, attribute: "srcLang")
            let sourceSpace = source["xml:space"] ?? context.inheritedSpace
            sources.append(source)
            if let target {
                context.sawTarget = true
                context.checkAttributes(target)
                checkLanguage(target, expected: context.targetLanguage, attribute: "trgLang")
                if sourceSpace != (target["xml:space"] ?? context.inheritedSpace) {
                    add("xml-space", "<target> must have the same xml:space as its <source>", at: target.position)
                }
                let order = target["order"] ?? String(parts.firstIndex { $0 === part }! + 1)
                context.unique(order, in: &orders, what: "target order (explicit or implied by position)", at: target.position)
                if let number = Int(order), number > parts.count {
                    add("order", "order=\"\(order)\" is beyond the \(parts.count) segments and ignorables of the unit", at: target.position, text: order)
                }
                targets.append(target)
            }
        }
        let sourceCodes = walk(sources, side: "source")
        let targetCodes = walk(targets, side: "target")
        checkPairing(sourceCodes)
        checkPairing(targetCodes)
        checkReferences(sourceCodes + targetCodes, all: sourceCodes + targetCodes)
        checkReordering(sourceCodes, targetCodes)
        checkDeletion(sourceCodes, targetCodes, parts: parts)
    }

    private mutating func checkLanguage(_ element: XMLElement, expected: String?, attribute: String) {
        guard let lang = element.xmlLang ?? context.inheritedLanguage else { return }
        if let expected, lang.lowercased() != expected.lowercased() {
            add("language", "xml:lang=\"\(lang)\" on <\(element.localName)> differs from the document's \(attribute) \"\(expected)\"", at: element.position, text: lang)
        }
    }

    private mutating func checkOriginalData(_ element: XMLElement) {
        context.checkAttributes(element)
        hasOriginalData = true
        var ids: [String: SourcePosition] = [:]
        var count = 0
        for child in element.elements {
            guard context.isCore(child), child.localName == "data" else {
                add("structure", "<\(child.name)> is not allowed in <originalData>; expected <data>", at: child.position)
                continue
            }
            count += 1
            context.checkAttributes(child)
            context.unique(child["id"], in: &ids, what: "data id", at: child.position)
            if let id = child["id"] { dataIDs.insert(id) }
            for inner in child.elements {
                if context.isCore(inner) && inner.localName == "cp" {
                    context.checkAttributes(inner)
                } else {
                    add("structure", "<\(inner.name)> is not allowed in <data>; only text and <cp/>", at: inner.position)
                }
            }
        }
        if count == 0 { add("structure", "<originalData> must contain at least one <data>", at: element.position) }
    }

    /// The inline codes of all `sources` (or `targets`) in order, checking each element's place and ids.
    private mutating func walk(_ containers: [XMLElement], side: String) -> [Code] {
        var codes: [Code] = []
        var ids = partIDs
        for (index, container) in containers.enumerated() {
            visit(container, segment: index, parent: nil, codes: &codes, ids: &ids, side: side)
        }
        return codes
    }

    private mutating func visit(_ element: XMLElement, segment: Int, parent: String?, codes: inout [Code], ids: inout [String: SourcePosition], side: String) {
        for child in element.elements {
            guard context.isCore(child), ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"].contains(String(child.localName)) else {
                add("structure", "<\(child.name)> is not allowed in <\(element.localName)>; only text and inline elements", at: child.position)
                continue
            }
            context.checkAttributes(child)
            let name = String(child.localName)
            if ["ph", "sc", "ec", "sm", "em", "cp"].contains(name), !child.children.isEmpty {
                add("structure", "<\(name)> must be empty", at: child.position)
            }
            if name != "cp" && name != "em" {
                if name != "ec" || child["isolated"] == "yes" {
                    context.unique(child["id"], in: &ids, what: "id in the \(side) of this unit", at: child.position)
                }
                codes.append(Code(element: child, segment: segment, parent: parent))
            } else if name == "em" {
                codes.append(Code(element: child, segment: segment, parent: parent))
            }
            if name == "pc" || name == "mrk" {
                visit(child, segment: segment, parent: child["id"], codes: &codes, ids: &ids, side: side)
            }
        }
    }

    private mutating func checkPairing(_ codes: [Code]) {
        var openCodes: [String: XMLElement] = [:]
        var openMarkers: [String: XMLElement] = [:]
        var closedCodes = Set<String>()
        for code in codes {
            let element = code.element
            switch code.name {
            case "sc":
                if element["isolated"] != "yes", let id = element["id"] { openCodes[id] = element }
            case "ec":
                let isolated = element["isolated"] == "yes"
                if isolated {
                    if element["startRef"] != nil { add("pairing", "an isolated <ec> must use id, not startRef", at: element.position) }
                    if element["id"] == nil { add("pairing", "an isolated <ec> needs an id", at: element.position) }
                } else {
                    if element["id"] != nil { add("pairing", "a non-isolated <ec> must use startRef, not id", at: element.position) }
                    guard let startRef = element["startRef"] else {
                        add("pairing", "<ec> has no startRef; give the id of its <sc>, or mark it isolated=\"yes\" with an id", at: element.position)
                        continue
                    }
                    guard let start = openCodes.removeValue(forKey: startRef) else {
                        if codes.contains(where: { $0.name == "sc" && $0.element["id"] == startRef && $0.element.position > element.position }) {
                            add("pairing", "<ec startRef=\"\(startRef)\"> comes before its <sc>", at: element.position, text: startRef)
                        } else {
                            add("pairing", "<ec startRef=\"\(startRef)\"> has no <sc id=\"\(startRef)\"> before it in this unit", at: element.position, text: startRef)
                        }
                        continue
                    }
                    closedCodes.insert(startRef)
                    for attribute in ["canCopy", "canDelete", "canOverlap", "canReorder"] where start[attribute] != element[attribute] {
                        add("pairing", "\(attribute) of <ec startRef=\"\(startRef)\"> must be the same as on its <sc>", at: element.position, text: startRef)
                    }
                }
            case "sm":
                if let id = element["id"] { openMarkers[id] = element }
            case "em":
                if let startRef = element["startRef"], openMarkers.removeValue(forKey: startRef) == nil {
                    add("pairing", "<em startRef=\"\(startRef)\"> has no <sm id=\"\(startRef)\"> before it in this unit", at: element.position, text: startRef)
                }
            default:
                break
            }
        }
        for (id, element) in openCodes.sorted(by: { $0.value.position < $1.value.position }) {
            if codes.contains(where: { $0.name == "sc" && $0.element["isolated"] == "yes" && $0.element["id"] == id }) { continue }
            add("pairing", "<sc id=\"\(id)\"> has no <ec startRef=\"\(id)\"> in this unit; mark it isolated=\"yes\" if its end is elsewhere", at: element.position, text: id)
        }
        for (id, element) in openMarkers.sorted(by: { $0.value.position < $1.value.position }) {
            add("pairing", "<sm id=\"\(id)\"> has no <em startRef=\"\(id)\"> in this unit", at: element.position, text: id)
        }
        _ = closedCodes
    }

    private mutating func checkReferences(_ codes: [Code], all: [Code]) {
        let codeIDs = Dictionary(all.compactMap { code -> (String, XMLElement)? in
            guard ["ph", "pc", "sc", "ec"].contains(code.name), let id = code.element["id"] else { return nil }
            return (id, code.element)
        }, uniquingKeysWith: { first, _ in first })
        for code in codes {
            let element = code.element
            for attribute in ["dataRef", "dataRefStart", "dataRefEnd"] {
                guard let reference = element[attribute] else { continue }
                if !hasOriginalData {
                    add("data-ref", "\(attribute)=\"\(reference)\" but the unit has no <originalData>", at: element.position, text: reference)
                } else if !dataIDs.contains(reference) {
                    add("data-ref", "\(attribute)=\"\(reference)\" names no <data> of this unit", at: element.position, text: reference)
                }
            }
            if let base = element["copyOf"] {
                if element["dataRef"] != nil || element["dataRefStart"] != nil || element["dataRefEnd"] != nil {
                    add("copy-of", "a code with copyOf must not have its own original data (dataRef)", at: element.position, text: base)
                }
                if let original = codeIDs[base] {
                    if original["canCopy"] == "no" { add("copy-of", "copyOf=\"\(base)\" copies a code marked canCopy=\"no\"", at: element.position, text: base) }
                } else {
                    add("copy-of", "copyOf=\"\(base)\" names no code of this unit", at: element.position, text: base)
                }
            }
            for attribute in ["subFlows", "subFlowsStart", "subFlowsEnd"] {
                guard let value = element[attribute] else { continue }
                for id in value.split(separator: " ").map(String.init) where XLIFF2Context.isNMTOKEN(id) && !unitIDs.contains(id) {
                    add("sub-flows", "\(attribute) names '\(id)', which is not a unit of this file", at: element.position, text: id)
                }
            }
            if code.name == "mrk" || code.name == "sm" {
                checkAnnotation(element)
            }
        }
    }

    private mutating func checkAnnotation(_ element: XMLElement) {
        let ref = element["ref"]
        if let ref, ref.hasPrefix("#"), let problem = XLIFF2FragmentID.problem(ref) {
            add("fragment-id", "ref=\"\(ref)\": \(problem)", at: element.position, text: ref)
            return
        }
        guard element["type"] == "comment" else { return }
        switch (element["value"], ref) {
        case (nil, nil):
            add("comment", "a comment annotation needs either value or ref", at: element.position)
        case (.some, .some):
            add("comment", "a comment annotation has either value or ref, not both", at: element.position)
        case let (nil, .some(ref)):
            if !XLIFF2FragmentID.refersToUnitNote(ref, unitID: unit["id"], notes: noteIDs) {
                add("comment", "ref=\"\(ref)\" of a comment annotation must name a <note> of this unit (e.g. #n=note1)", at: element.position, text: ref)
            }
        default:
            break
        }
    }

    /// `canReorder`: a sequence starts with `firstNo`, goes on with `no`, and keeps its order in the target.
    private mutating func checkReordering(_ source: [Code], _ target: [Code]) {
        let reorderable = source.filter { ["ph", "pc", "sc"].contains($0.name) }
        var sequences: [[String]] = []
        for (index, code) in reorderable.enumerated() {
            let value = code.element["canReorder"] ?? "yes"
            guard value != "yes" else { continue }
            if code.element["canCopy"] != "no" || code.element["canDelete"] != "no" {
                add("reorder", "a code with canReorder=\"\(value)\" must also have canCopy=\"no\" and canDelete=\"no\"", at: code.element.position)
            }
            if value == "firstNo" {
                sequences.append([code.element["id"] ?? ""])
            } else {
                let previous = index > 0 ? reorderable[index - 1].element["canReorder"] : nil
                if previous != "no" && previous != "firstNo" {
                    add("reorder", "canReorder=\"no\" must follow a code with canReorder=\"firstNo\" or \"no\"", at: code.element.position)
                } else if !sequences.isEmpty {
                    sequences[sequences.count - 1].append(code.element["id"] ?? "")
                }
            }
        }
        let targetOrder = target.filter { ["ph", "pc", "sc"].contains($0.name) }.compactMap { $0.element["id"] }
        let sourceParents = Dictionary(reorderable.map { ($0.element["id"] ?? "", $0.parent) }, uniquingKeysWith: { first, _ in first })
        for code in target where ["ph", "pc", "sc"].contains(code.name) {
            guard let id = code.element["id"], let sourceParent = sourceParents[id], sequences.contains(where: { $0.contains(id) }) else { continue }
            if sourceParent != code.parent {
                add("reorder", "the code '\(id)' cannot be reordered but is nested differently in the target", at: code.element.position, text: id)
            }
        }
        for sequence in sequences where sequence.count > 1 {
            let positions = sequence.compactMap { targetOrder.firstIndex(of: $0) }
            guard positions.count == sequence.count, let first = positions.first else { continue }
            if positions != Array(first..<(first + positions.count)) {
                let element = target.first { $0.element["id"] == sequence[0] }?.element
                add("reorder", "the codes \(sequence.joined(separator: ", ")) cannot be reordered but are not kept together in order in the target",
                    at: element?.position ?? unit.position)
            }
        }
    }

    /// Codes with `canDelete="no"` must be in a target wherever their segment has one.
    private mutating func checkDeletion(_ source: [Code], _ target: [Code], parts: [XMLElement]) {
        let targetIDs = Set(target.compactMap { $0.element["id"] ?? ($0.name == "ec" ? $0.element["startRef"] : nil) })
        let segmentsWithTarget = Set(parts.enumerated().compactMap { index, part in
            part.element("target", namespace: XLIFF2Validator.core) != nil ? part.element("source", namespace: XLIFF2Validator.core) : nil
        }.map { ObjectIdentifier($0) })
        let sources = parts.compactMap { $0.element("source", namespace: XLIFF2Validator.core) }
        for code in source where code.element["canDelete"] == "no" {
            guard code.segment < sources.count, segmentsWithTarget.contains(ObjectIdentifier(sources[code.segment])) else { continue }
            let id = code.element["id"] ?? code.element["startRef"] ?? ""
            if !targetIDs.contains(id) {
                add("delete", "the code '\(id)' has canDelete=\"no\" but is missing from the target", at: code.element.position, text: id)
            }
        }
    }
}

/// XLIFF 2 fragment identifiers (`#/f=f1/u=u1/n=n1`, `#m1`).
enum XLIFF2FragmentID {
    static let corePrefixes: [String: Int] = ["f": 0, "g": 1, "u": 2, "n": 3, "d": 3, "t": 3]
    /// Prefixes registered with the XLIFF TC for modules and for TBX.
    static let modulePrefixes: Set<String> = ["mtc", "gls", "mda", "res", "ctr", "slr", "val", "its", "tbx"]

    /// The parts of a fragment: (prefix or nil, id).
    static func parts(_ ref: String) -> [(prefix: String?, id: String)] {
        var body = ref.dropFirst()
        if body.hasPrefix("/") { body = body.dropFirst() }
        return body.split(separator: "/", omittingEmptySubsequences: false).map { part in
            if let equals = part.firstIndex(of: "=") {
                return (String(part[..<equals]), String(part[part.index(after: equals)...]))
            }
            return (nil, String(part))
        }
    }

    /// What is wrong with the fragment identifier `ref`, or nil.
    static func problem(_ ref: String) -> String? {
        let parts = parts(ref)
        var rank = -1
        var seen = Set<String>()
        for (index, part) in parts.enumerated() {
            if part.id.isEmpty { return "an empty selector" }
            let partRank: Int
            if let prefix = part.prefix {
                if !XLIFF2Context.isNMTOKEN(prefix) || prefix.contains(":") { return "the prefix '\(prefix)' is not a valid name" }
                if let core = corePrefixes[prefix] {
                    partRank = core
                } else if modulePrefixes.contains(prefix) {
                    partRank = 3
                } else {
                    return prefix.count == 1 ? "'\(prefix)' is not a prefix XLIFF defines (f, g, u, n, d, t)" : "the prefix '\(prefix)' is not registered"
                }
                if prefix != "g" {
                    if seen.contains(prefix) { return "the prefix '\(prefix)' appears twice" }
                    seen.insert(prefix)
                }
            } else {
                partRank = 3
            }
            if partRank < rank || (partRank == rank && (partRank != 1)) {
                return "the selectors are out of order (file, group, unit, then one item)"
            }
            if partRank == 3 && index != parts.count - 1 { return "only the last selector may name a note, data, target code or annotation" }
            rank = partRank
        }
        return nil
    }

    /// Whether `ref` names a `<note>` of the unit `unitID` whose note ids are `notes`.
    static func refersToUnitNote(_ ref: String, unitID: String?, notes: Set<String>) -> Bool {
        guard ref.hasPrefix("#"), problem(ref) == nil else { return false }
        let parts = parts(ref)
        guard let last = parts.last, last.prefix == "n", notes.contains(last.id) else { return false }
        let prefixes = parts.dropLast().map(\.prefix)
        if prefixes.isEmpty { return true }
        guard let unit = parts.first(where: { $0.prefix == "u" }) else { return false }
        return unit.id == unitID
    }
}
