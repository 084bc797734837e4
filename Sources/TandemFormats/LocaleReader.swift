import TandemCore

/// Reads any locale or bilingual file tandem knows into ``LocaleResource``s,
/// the common model the lint checks work on.
///
///     let resources = try LocaleReader.read(path: "app/src/main/res/values-de/strings.xml")
///     resources[0].entries.first?.key          // "cart_title"
///     resources[0].entries.first?.valuePosition // line and column of the value
///
/// Most files give one resource; a String Catalog gives one per language, a
/// TBX one per language, and a bilingual file (XLIFF, TMX, PO, TSV) two: its
/// source side and its target side (a POT template only its source side).
public enum LocaleReader {
    /// Reads the file at `path`; a file tandem cannot recognize is an error that says so.
    public static func read(path: String) throws(InputError) -> [LocaleResource] {
        let raw = try SourceText.readBytes(path: path)
        guard let format = FormatDetector.detect(path: path, prefix: raw.prefix(4096)) else {
            throw .other(message: "\(path): tandem cannot read this file: it is none of the formats tandem knows (XLIFF 1.2 and 2.x, TMX, TBX, PO, two-column TSV, .strings, .stringsdict, .xcstrings, Android strings.xml, i18next JSON, messages.json, ARB, .properties, Rails YAML)")
        }
        return try read(path: path, raw: raw, format: format)
    }

    /// Reads raw bytes in a known `format`.
    public static func read(path: String, raw: [UInt8], format: FileFormat) throws(InputError) -> [LocaleResource] {
        switch format {
        case .xliff12, .xliff2, .tmx, .tsv:
            return resources(from: try BilingualReader.read(path: path, raw: raw, format: format))
        case .po:
            return resources(from: try POReader.read(SourceText.decode(path: path, raw: raw)), isTemplate: path.hasSuffix(".pot"))
        case .tbx:
            return try TBXReader.read(XMLDocument(source: XMLDocument.decode(path: path, raw: raw)))
        case .android:
            return [try AndroidReader.read(XMLDocument(source: XMLDocument.decode(path: path, raw: raw)))]
        case .stringsdict:
            return [try StringsDictReader.read(XMLDocument(source: XMLDocument.decode(path: path, raw: raw)))]
        case .appleStrings:
            return [try AppleStringsReader.read(SourceText.decode(path: path, raw: raw))]
        case .xcstrings:
            return try XCStringsReader.read(SourceText.decode(path: path, raw: raw))
        case .i18next:
            return [try I18nextReader.read(SourceText.decode(path: path, raw: raw))]
        case .webExtension:
            return [try WebExtensionReader.read(SourceText.decode(path: path, raw: raw))]
        case .arb:
            return [try ARBReader.read(SourceText.decode(path: path, raw: raw))]
        case .properties:
            return [try PropertiesReader.read(SourceText.decode(path: path, raw: raw, fallback: .latin1))]
        case .railsYAML:
            return try RailsYAMLReader.read(SourceText.decode(path: path, raw: raw))
        }
    }

    /// The two sides of a bilingual document as resources keyed by unit id; inline
    /// codes are kept on the entries, the unit's state and `translate` flag on the target side.
    public static func resources(from document: BilingualDocument) -> [LocaleResource] {
        var sources: [LocaleEntry] = []
        var targets: [LocaleEntry] = []
        for unit in document.units {
            sources.append(LocaleEntry(key: unit.id, keyPosition: unit.position, value: .text(unit.source.value), comments: unit.notes,
                                       translatable: unit.translate, placeholderSyntax: .none, inlineCodes: unit.source.codes))
            if let target = unit.target {
                targets.append(LocaleEntry(key: unit.id, keyPosition: unit.position, value: .text(target.value), comments: unit.notes,
                                           flags: unit.flags, state: unit.state, translatable: unit.translate, placeholderSyntax: .none,
                                           inlineCodes: target.codes))
            }
        }
        return [
            LocaleResource(path: document.path, format: document.format, language: document.sourceLanguage, entries: sources,
                           problems: document.problems, side: .source),
            LocaleResource(path: document.path, format: document.format, language: document.targetLanguage, entries: targets, side: .target),
        ]
    }

    /// The sides of a PO file: `msgid` (with `msgid_plural` as the `other` form) and `msgstr`
    /// (numbered forms); for a template only the `msgid` side.
    public static func resources(from file: POFile, isTemplate: Bool = false) -> [LocaleResource] {
        var sources: [LocaleEntry] = []
        var targets: [LocaleEntry] = []
        for entry in file.entries {
            let syntax = placeholderSyntax(flags: entry.flags)
            let comments = entry.translatorComments + entry.extractedComments
            let sourceValue: LocaleValue
            if let plural = entry.pluralID {
                sourceValue = .plural([PluralVariant(category: "one", value: entry.id, position: entry.idPosition),
                                       PluralVariant(category: "other", value: plural, position: plural.position)])
            } else {
                sourceValue = .text(entry.id)
            }
            sources.append(LocaleEntry(key: entry.key, keyPosition: entry.idPosition, value: sourceValue, comments: comments, flags: entry.flags,
                                       placeholderSyntax: syntax, obsolete: entry.obsolete))
            let targetValue: LocaleValue = entry.isPlural ? .indexed(entry.translations) : .text(entry.translations.first ?? TextValue(text: "", start: entry.idPosition))
            targets.append(LocaleEntry(key: entry.key, keyPosition: entry.idPosition, value: targetValue, comments: comments, flags: entry.flags,
                                       state: entry.isFuzzy ? "fuzzy" : nil, placeholderSyntax: syntax, obsolete: entry.obsolete))
        }
        let sourceLanguage = file.headerField("X-Source-Language")
        let source = LocaleResource(path: file.path, format: .po, language: sourceLanguage, entries: sources, problems: file.problems, side: .source)
        if isTemplate { return [source] }
        let pluralPosition = file.header?.translations.first?.position
        var target = LocaleResource(path: file.path, format: .po, language: file.language, entries: targets,
                                    pluralCount: file.pluralCount, pluralCountPosition: pluralPosition, side: .target)
        if let header = file.header {
            target.headerFields = file.headerFields.map { HeaderField(name: $0.name, value: $0.value) }
            target.headerPosition = header.idPosition
        }
        return [source, target]
    }

    /// The placeholder syntax a PO entry's flags announce.
    static func placeholderSyntax(flags: [String]) -> PlaceholderSyntax {
        for flag in flags {
            switch flag {
            case "c-format", "objc-format", "sh-format", "php-format", "gcc-internal-format": return .printf
            case "python-format": return .pythonPercent
            case "python-brace-format": return .pythonBrace
            case "java-format", "csharp-format": return .javaMessageFormat
            case "javascript-format": return .printf
            default: continue
            }
        }
        return .none
    }
}
