import Foundation
import TandemCore

/// One message of a gettext PO or POT file.
public struct POEntry: Hashable, Sendable {
    public var context: TextValue?
    public var id: TextValue
    public var pluralID: TextValue?
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`, … for a plural message.
    public var translations: [TextValue]
    /// Where each `msgstr` keyword is.
    public var translationPositions: [SourcePosition]
    public var translatorComments: [String]
    public var extractedComments: [String]
    public var references: [String]
    /// Flags from `#,` lines, e.g. `fuzzy`, `c-format`, `no-python-format`.
    public var flags: [String]
    /// Where the `#,` line with the flags is (the entry's start when there is none).
    public var flagsPosition: SourcePosition
    /// Whether the entry is commented out with `#~`.
    public var obsolete: Bool
    /// Where the entry starts (its first comment or keyword).
    public var position: SourcePosition
    /// Where the `msgid` keyword is.
    public var idPosition: SourcePosition

    /// Whether the message has plural forms.
    public var isPlural: Bool { pluralID != nil }
    /// Whether the entry is the header (empty msgid, no context).
    public var isHeader: Bool { id.text.isEmpty && context == nil && !obsolete }
    /// Whether the entry is marked fuzzy.
    public var isFuzzy: Bool { flags.contains("fuzzy") }
    /// The key gettext uses: `msgctxt` EOT `msgid`, or the `msgid` alone.
    public var key: String { context.map { "\($0.text)\u{04}\(id.text)" } ?? id.text }
}

/// A gettext PO or POT file.
public struct POFile: Sendable {
    public var path: String
    /// The header entry (empty msgid), if any.
    public var header: POEntry?
    /// The messages, header excluded, obsolete ones included.
    public var entries: [POEntry]
    public var problems: [FormatProblem]

    /// The header's fields (`Language`, `Plural-Forms`, `Content-Type`, …) in order.
    public var headerFields: [(name: String, value: String)] {
        guard let header else { return [] }
        return header.translations.first?.text.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]).trimmingSpaces(), String(line[line.index(after: colon)...]).trimmingSpaces())
        } ?? []
    }

    /// The value of header field `name`.
    public func headerField(_ name: String) -> String? {
        headerFields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// `nplurals` from the `Plural-Forms` header.
    public var pluralCount: Int? {
        guard let forms = headerField("Plural-Forms"), let range = forms.range(of: "nplurals") else { return nil }
        let rest = forms[range.upperBound...].drop { $0 == " " || $0 == "=" }
        return Int(rest.prefix { $0.isNumber })
    }

    /// The `Language` header.
    public var language: String? {
        headerField("Language").flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Reads gettext PO and POT files: `msgctxt`, `msgid`, `msgid_plural`, `msgstr[n]`,
/// comments (`#`, `#.`, `#:`, `#,`, `#|`), obsolete entries (`#~`), C escapes.
///
/// Syntax errors that stop `msgfmt` stop the reader with the line and column;
/// duplicate messages are reported as problems.
public enum POReader {
    /// Reads the PO file at `path` (UTF-8).
    public static func read(path: String) throws(InputError) -> POFile {
        try read(SourceText.load(path: path))
    }

    private enum Keyword: Equatable { case context, id, pluralID, translation(Int?) }

    private struct Pending {
        var entry: POEntry?
        var comments: (translator: [String], extracted: [String], references: [String], flags: [String]) = ([], [], [], [])
        var flagsPosition: SourcePosition?
        var start: SourcePosition?
        var obsolete = false
        var last: Keyword?
        var builder: TextBuilder?
        var sawTranslation = false
    }

    /// Reads a PO file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> POFile {
        var seen = FirstPositions()
        return try read(source, seen: &seen)
    }

    /// Reads a PO file, or one part of it: `seen` holds where each message key was
    /// first defined in the parts read before (for duplicate messages).
    static func read(_ source: SourceText, seen: inout FirstPositions) throws(InputError) -> POFile {
        var entries: [POEntry] = []
        var header: POEntry?
        var problems: [FormatProblem] = []
        var pending = Pending()

        func finishString() {
            guard let builder = pending.builder, let last = pending.last else { return }
            let value = builder.finish()
            pending.builder = nil
            switch last {
            case .context: pending.entry?.context = value
            case .id: pending.entry?.id = value
            case .pluralID: pending.entry?.pluralID = value
            case .translation: pending.entry?.translations.append(value)
            }
        }

        func finishEntry(at offset: Int) throws(InputError) {
            finishString()
            guard var entry = pending.entry else {
                pending = Pending()
                return
            }
            guard pending.sawTranslation else {
                throw source.error(at: offset, "missing 'msgstr' for the message at \(entry.idPosition)")
            }
            entry.translatorComments = pending.comments.translator
            entry.extractedComments = pending.comments.extracted
            entry.references = pending.comments.references
            entry.flags = pending.comments.flags
            entry.flagsPosition = pending.flagsPosition ?? entry.position
            if entry.isHeader && header == nil && entries.isEmpty {
                header = entry
            } else {
                if !entry.obsolete {
                    if let first = seen.record(entry.key, at: entry.idPosition) {
                        problems.append(FormatProblem(code: "duplicate-key", message: "duplicate message definition (first defined at \(first))", position: entry.idPosition, text: entry.id.text))
                    }
                }
                entries.append(entry)
            }
            pending = Pending()
        }

        try source.bytes.withUnsafeBufferPointer { (bytes) throws(InputError) in
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                var index = lineStart
                while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                if index == end {
                    if lineEnd >= bytes.count { break }
                    continue
                }
                var obsolete = false
                if bytes[index] == 0x23 {
                    // A comment, or an obsolete entry's line.
                    if index + 1 < end, bytes[index + 1] == 0x7E {
                        obsolete = true
                        index += 2
                        if index < end, bytes[index] == 0x7C { continue }  // #~| previous
                        while index < end, bytes[index] == 0x20 { index += 1 }
                        if index == end { continue }
                    } else {
                        if pending.sawTranslation { try finishEntry(at: lineStart) }
                        if pending.start == nil { pending.start = source.position(at: lineStart) }
                        let kind = index + 1 < end ? bytes[index + 1] : 0x20
                        let textStart = min(end, index + 2)
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<end]), as: UTF8.self).trimmingSpaces()
                        switch kind {
                        case 0x2E: pending.comments.extracted.append(text)
                        case 0x3A: pending.comments.references.append(contentsOf: text.split(separator: " ").map(String.init))
                        case 0x2C:
                            pending.flagsPosition = source.position(at: index)
                            pending.comments.flags.append(contentsOf: text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
                        case 0x7C: break
                        default:
                            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[min(end, index + 1)..<end]), as: UTF8.self)
                            pending.comments.translator.append(raw.hasPrefix(" ") ? String(raw.dropFirst()) : raw)
                        }
                        continue
                    }
                }
                if bytes[index] == 0x22 {
                    // A continuation string.
                    guard pending.builder != nil else {
                        throw source.error(at: index, "a string with no keyword before it; expected msgid, msgstr or msgctxt")
                    }
                    try readString(bytes, at: &index, end: end, source: source, into: &pending.builder!)
                    try expectLineEnd(bytes, index, end, source)
                    continue
                }
                // A keyword.
                let keywordStart = index
                while index < end, bytes[index] != 0x20, bytes[index] != 0x09, bytes[index] != 0x22 { index += 1 }
                let keyword = String(decoding: UnsafeBufferPointer(rebasing: bytes[keywordStart..<index]), as: UTF8.self)
                while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                let parsed: Keyword
                switch keyword {
                case "msgctxt": parsed = .context
                case "msgid": parsed = .id
                case "msgid_plural": parsed = .pluralID
                case "msgstr": parsed = .translation(nil)
                default:
                    if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let number = Int(keyword.dropFirst(7).dropLast()) {
                        parsed = .translation(number)
                    } else {
                        throw source.error(at: keywordStart, "unknown keyword '\(keyword)'; expected msgctxt, msgid, msgid_plural, msgstr or msgstr[N]")
                    }
                }
                finishString()
                switch parsed {
                case .context, .id:
                    let position = source.position(at: keywordStart)
                    let continuesContext = parsed == .id && pending.entry != nil && pending.last == .context
                    if !continuesContext {
                        if pending.entry != nil { try finishEntry(at: lineStart) }
                        pending.entry = POEntry(context: nil, id: TextValue(text: "", start: position), pluralID: nil, translations: [],
                                                translationPositions: [], translatorComments: [], extractedComments: [], references: [],
                                                flags: [], flagsPosition: position, obsolete: obsolete, position: pending.start ?? position, idPosition: position)
                    }
                    pending.entry?.idPosition = position
                case .pluralID:
                    guard pending.last == .id else {
                        throw source.error(at: keywordStart, "msgid_plural must follow msgid")
                    }
                case let .translation(number):
                    guard pending.entry != nil, pending.last != nil else {
                        throw source.error(at: keywordStart, "msgstr without a msgid before it")
                    }
                    let isPlural = pending.entry?.pluralID != nil
                    if isPlural && number == nil {
                        throw source.error(at: keywordStart, "a plural message (msgid_plural) needs msgstr[0], msgstr[1], …, not msgstr")
                    }
                    if !isPlural && number != nil {
                        throw source.error(at: keywordStart, "msgstr[\(number!)] in a message without msgid_plural; expected msgstr")
                    }
                    if let number, number != pending.entry!.translations.count {
                        throw source.error(at: keywordStart, "expected msgstr[\(pending.entry!.translations.count)], found msgstr[\(number)]")
                    }
                    pending.sawTranslation = true
                    pending.entry?.translationPositions.append(source.position(at: keywordStart))
                }
                pending.last = parsed
                guard index < end, bytes[index] == 0x22 else {
                    throw source.error(at: index, "expected a quoted string after \(keyword)")
                }
                pending.builder = TextBuilder(start: source.position(at: index + 1))
                try readString(bytes, at: &index, end: end, source: source, into: &pending.builder!)
                try expectLineEnd(bytes, index, end, source)
            }
            try finishEntry(at: bytes.count)
        }
        return POFile(path: source.path, header: header, entries: entries, problems: problems)
    }

    private static func expectLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ source: SourceText) throws(InputError) {
        var index = index
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        if index < end { throw source.error(at: index, "unexpected text after the closing quote") }
    }

    /// Reads `"…"` at `index` (which is at the opening quote) into `builder`.
    private static func readString(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, end: Int, source: SourceText,
                                   into builder: inout TextBuilder) throws(InputError) {
        let open = index
        index += 1
        builder.move(to: source.position(at: index))
        var runStart = index
        while true {
            guard index < end else { throw source.error(at: open, "end of line within a string; expected a closing '\"'") }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte == 0x5C {
                builder.copy(bytes, runStart..<index)
                guard index + 1 < end else { throw source.error(at: index, "a backslash at the end of the line") }
                let next = bytes[index + 1]
                var scalar: Unicode.Scalar?
                var length = 2
                switch next {
                case 0x6E: scalar = "\n"
                case 0x74: scalar = "\t"
                case 0x72: scalar = "\r"
                case 0x22: scalar = "\""
                case 0x5C: scalar = "\\"
                case 0x61: scalar = "\u{07}"
                case 0x62: scalar = "\u{08}"
                case 0x66: scalar = "\u{0C}"
                case 0x76: scalar = "\u{0B}"
                case 0x3F: scalar = "?"
                case 0x27: scalar = "'"
                case 0x30...0x37:
                    var value: UInt32 = 0
                    var cursor = index + 1
                    while cursor < end, cursor < index + 4, bytes[cursor] >= 0x30, bytes[cursor] <= 0x37 {
                        value = value * 8 + UInt32(bytes[cursor] - 0x30)
                        cursor += 1
                    }
                    length = cursor - index
                    scalar = Unicode.Scalar(value)
                case 0x78:
                    var value: UInt32 = 0
                    var cursor = index + 2
                    while cursor < end, let digit = hexValue(bytes[cursor]) {
                        value = value * 16 + UInt32(digit)
                        cursor += 1
                    }
                    if cursor == index + 2 { scalar = nil } else { scalar = Unicode.Scalar(value); length = cursor - index }
                default: scalar = nil
                }
                guard let scalar else {
                    throw source.error(at: index, "invalid escape sequence '\\\(Character(Unicode.Scalar(next)))'")
                }
                builder.emit(scalar, consuming: length)
                index += length
                runStart = index
                continue
            }
            index += 1
        }
        builder.copy(bytes, runStart..<index)
        index += 1
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// The PO file as bilingual units: each message's `msgid` with its `msgstr`; a plural
    /// message gives one unit per `msgstr[n]` (`msgid` for n = 0, `msgid_plural` after),
    /// with `[n]` after the id. Obsolete entries are left out; fuzzy ones have state `fuzzy`.
    public static func bilingual(_ file: POFile, sourceLanguage: String? = nil) -> BilingualDocument {
        var units: [TranslationUnit] = []
        for entry in file.entries where !entry.obsolete {
            let notes = entry.translatorComments + entry.extractedComments
            let state = entry.isFuzzy ? "fuzzy" : nil
            if let pluralID = entry.pluralID {
                for (index, translation) in entry.translations.enumerated() {
                    let source = index == 0 ? entry.id : pluralID
                    units.append(TranslationUnit(id: "\(entry.key)[\(index)]", source: UnitText(value: source, language: sourceLanguage),
                                                 target: UnitText(value: translation, language: file.language), state: state,
                                                 notes: notes, flags: entry.flags, position: entry.position))
                }
            } else {
                units.append(TranslationUnit(id: entry.key, source: UnitText(value: entry.id, language: sourceLanguage),
                                             target: entry.translations.first.map { UnitText(value: $0, language: file.language) },
                                             state: state, notes: notes, flags: entry.flags, position: entry.position))
            }
        }
        return BilingualDocument(path: file.path, format: .po, sourceLanguage: sourceLanguage, targetLanguage: file.language,
                                 units: units, problems: file.problems)
    }
}
