import TandemCore

/// The kind of an inline code in a bilingual unit.
public enum InlineCodeKind: String, Sendable, Codable {
    /// A code that stands alone: `<ph/>`, `<x/>`, `<it/>`, a TMX `<ph>`.
    case standalone
    /// The start of a paired code: `<pc>`/`<g>` opening, `<sc/>`, `<bx/>`, `<bpt>`, `<mrk>`/`<sm/>` opening.
    case opening
    /// The end of a paired code: `</pc>`/`</g>`, `<ec/>`, `<ex/>`, `<ept>`, `</mrk>`/`<em/>`.
    case closing
}

/// An inline code (markup, a placeholder of the original format) inside a unit's text.
public struct InlineCode: Hashable, Sendable {
    /// The code's id (`id`, or `startRef`/`rid` for a closing code), if it has one.
    public var id: String?
    /// The element it came from, e.g. `ph`, `pc`, `sc`, `g`, `bpt`.
    public var element: String
    public var kind: InlineCodeKind
    /// Where in the unit's text (offset in Unicode scalars) the code stands.
    public var offset: Int
    /// Where the code's tag starts in the file.
    public var position: SourcePosition
    /// The original data the code stands for (a `bpt`'s content, XLIFF 2 `originalData`), if known.
    public var content: String?
    /// The code's type or ctype, e.g. `fmt`, `x-html-b`, if given.
    public var type: String?
    /// Whether the file lets a translation drop the code: XLIFF 2's `canDelete`, which is
    /// `yes` unless the code says `no`. False for formats that do not say (XLIFF 1.2, TMX).
    public var isDeletable: Bool

    public init(id: String?, element: String, kind: InlineCodeKind, offset: Int, position: SourcePosition, content: String? = nil,
                type: String? = nil, isDeletable: Bool = false) {
        self.id = id
        self.element = element
        self.kind = kind
        self.offset = offset
        self.position = position
        self.content = content
        self.type = type
        self.isDeletable = isDeletable
    }
}

/// One side of a translation unit: its plain text and the inline codes taken out of it.
public struct UnitText: Hashable, Sendable {
    /// The text without inline codes; content inside paired codes (`<g>bold</g>`) is kept.
    public var value: TextValue
    /// The inline codes in order of their offsets.
    public var codes: [InlineCode]
    /// The language of this side, if the file says.
    public var language: String?

    public init(value: TextValue, codes: [InlineCode] = [], language: String? = nil) {
        self.value = value
        self.codes = codes
        self.language = language
    }

    /// The plain text.
    public var text: String { value.text }
    /// Where the text starts in the file.
    public var position: SourcePosition { value.position }
}

/// One unit of a bilingual file: a source text and, when translated, its target.
public struct TranslationUnit: Hashable, Sendable {
    /// The unit's id: XLIFF `id` (with `/segment-id` for a segment of a multi-segment
    /// XLIFF 2 unit), TMX `tuid` (or the 1-based unit number), PO `msgctxt` + EOT + `msgid`,
    /// TSV line number.
    public var id: String
    public var source: UnitText
    public var target: UnitText?
    /// The state as the file gives it: XLIFF 1.2 `state` (e.g. `needs-review-translation`),
    /// XLIFF 2 `state` (`initial`, `translated`, `reviewed`, `final`), PO `fuzzy`.
    public var state: String?
    /// Whether the file marks the unit as not to be translated (`translate="no"`).
    public var translate: Bool
    /// Notes and comments attached to the unit.
    public var notes: [String]
    /// Flags such as PO's `c-format` or XLIFF 1.2's `approved`.
    public var flags: [String]
    /// Where the unit starts in the file.
    public var position: SourcePosition

    public init(id: String, source: UnitText, target: UnitText?, state: String? = nil, translate: Bool = true,
                notes: [String] = [], flags: [String] = [], position: SourcePosition) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.translate = translate
        self.notes = notes
        self.flags = flags
        self.position = position
    }
}

/// A bilingual file read into units: XLIFF 1.2, XLIFF 2.x, TMX 1.4b, gettext PO or two-column TSV.
///
///     let document = try BilingualReader.read(path: "shop.de.xlf")
///     for pair in document.segmentPairs() { … }   // TandemCore SegmentPairs, with file positions
public struct BilingualDocument: Sendable {
    public var path: String
    public var format: FileFormat
    /// The source language the file declares (XLIFF `srcLang`/`source-language`, TMX `srclang`), if any.
    public var sourceLanguage: String?
    /// The target language the file declares, if any.
    public var targetLanguage: String?
    public var units: [TranslationUnit]
    /// Problems found while reading that did not stop it (duplicate ids, XLIFF constraints).
    public var problems: [FormatProblem]

    public init(path: String, format: FileFormat, sourceLanguage: String?, targetLanguage: String?,
                units: [TranslationUnit], problems: [FormatProblem] = []) {
        self.path = path
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
        self.problems = problems
    }

    /// Each unit as a 1-1 ``SegmentPair`` (a 1-0 pair for a unit without a target), with
    /// `unitID` set and each side one ``Segment`` whose source map points into this file.
    ///
    /// Segment indices count the segments of each side in order; the block index
    /// is the unit's index. Units marked `translate="no"` are left out unless
    /// `includeUntranslatable` is set.
    public func segmentPairs(includeUntranslatable: Bool = false) -> [SegmentPair] {
        var numbering = UnitPairing(includeUntranslatable: includeUntranslatable)
        return units.compactMap { numbering.pair($0) }
    }
}

/// Turns a bilingual file's units, in order, into 1-1 ``SegmentPair``s (1-0 for a unit
/// without a target): the block index is the unit's number in the file, and segment indices
/// count the segments of each side. Units marked `translate="no"` are left out unless
/// `includeUntranslatable` is set (they still count as units).
public struct UnitPairing: Sendable {
    public let includeUntranslatable: Bool
    private var unitNumber = 0
    private var sourceSegments = 0
    private var targetSegments = 0

    public init(includeUntranslatable: Bool = false) {
        self.includeUntranslatable = includeUntranslatable
    }

    /// The pair of the next unit, or nil when it is not to be translated.
    public mutating func pair(_ unit: TranslationUnit) -> SegmentPair? {
        let block = unitNumber
        unitNumber += 1
        guard unit.translate || includeUntranslatable else { return nil }
        let source = [unit.source.value.segment(index: sourceSegments, block: block)]
        sourceSegments += 1
        var target: [Segment] = []
        if let text = unit.target {
            target = [text.value.segment(index: targetSegments, block: block)]
            targetSegments += 1
        }
        return SegmentPair(source: source, target: target, unitID: unit.id)
    }
}
