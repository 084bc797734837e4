import Foundation
import TandemCore

/// Reads TMX 1.4b translation memories: `header` (`srclang`), `body` → `tu`
/// (`tuid`) → `tuv` (`xml:lang`) → `seg`, inline `bpt ept it ph hi ut sub`.
///
/// A TMX file may hold many languages; the unit's source is the `tuv` in the
/// header's `srclang`, the target the `tuv` in `targetLanguage` (or, when not
/// given, the first other language the file uses).
public enum TMXReader {
    static let inline = InlineContentReader(
        rule: { element in
            switch element.localName {
            case "hi": return .paired
            case "ph", "it", "ut": return .standalone
            case "bpt": return .opening
            case "ept": return .closing
            default: return .skip
            }
        },
        codeID: { element, _ in element["i"] ?? element["x"] }
    )

    /// Reads the units of a parsed TMX document.
    public static func read(_ document: XMLDocument, targetLanguage wanted: String? = nil) throws(InputError) -> BilingualDocument {
        let root = document.root
        let source = document.source
        guard root.localName == "tmx" else {
            throw source.error(at: root.position, "expected the root element <tmx>, found <\(root.name)>")
        }
        var problems: [FormatProblem] = []
        guard let header = root.element("header") else {
            throw source.error(at: root.position, "<tmx> has no <header>; TMX 1.4b requires one with srclang")
        }
        guard let body = root.element("body") else {
            throw source.error(at: root.position, "<tmx> has no <body>")
        }
        var sourceLanguage = header["srclang"]
        if sourceLanguage == nil {
            problems.append(FormatProblem(code: "tmx-structure", message: "<header> has no srclang attribute", position: header.position))
        }
        let tus = body.elements("tu")
        if sourceLanguage == "*all*" || sourceLanguage == nil {
            sourceLanguage = tus.first?.elements("tuv").first.flatMap(language(of:))
        }
        var targetLanguage = wanted
        if targetLanguage == nil {
            targetLanguage = tus.lazy.compactMap { otherLanguage(in: $0, than: sourceLanguage) }.first
        }
        var units: [TranslationUnit] = []
        var seen = FirstPositions()
        for (number, tu) in tus.enumerated() {
            if let unit = unit(tu, number: number + 1, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, seen: &seen, problems: &problems) {
                units.append(unit)
            }
        }
        return BilingualDocument(path: source.path, format: .tmx, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                 units: units, problems: problems)
    }

    /// The unit a `<tu>` holds (numbered `number` from 1), or nil (with a problem) when it has no source.
    static func unit(_ tu: XMLElement, number: Int, sourceLanguage: String?, targetLanguage: String?,
                     seen: inout FirstPositions, problems: inout [FormatProblem]) -> TranslationUnit? {
        let id = tu["tuid"] ?? String(number)
        if let tuid = tu["tuid"] {
            if let first = seen.record(tuid, at: tu.position) {
                problems.append(FormatProblem(code: "duplicate-id", message: "the tuid '\(tuid)' is used twice (first at \(first))", position: tu.position, text: tuid))
            }
        }
        var sourceText: UnitText?
        var targetText: UnitText?
        for tuv in tu.elements("tuv") {
            guard let lang = language(of: tuv) else {
                problems.append(FormatProblem(code: "tmx-structure", message: "<tuv> has no xml:lang attribute", position: tuv.position))
                continue
            }
            guard let seg = tuv.element("seg") else {
                problems.append(FormatProblem(code: "tmx-structure", message: "<tuv xml:lang=\"\(lang)\"> has no <seg>", position: tuv.position))
                continue
            }
            if sameLanguage(lang, sourceLanguage), sourceText == nil {
                sourceText = inline.read(seg, language: lang)
            } else if sameLanguage(lang, targetLanguage), targetText == nil {
                targetText = inline.read(seg, language: lang)
            }
        }
        guard let sourceText else {
            problems.append(FormatProblem(code: "tmx-structure", message: "<tu> has no <tuv> in the source language \(sourceLanguage ?? "?")", position: tu.position, text: id))
            return nil
        }
        let notes = tu.elements("note").map(\.textContent)
        return TranslationUnit(id: id, source: sourceText, target: targetText, notes: notes, position: tu.position)
    }

    /// The first language of `tu` other than `sourceLanguage`.
    static func otherLanguage(in tu: XMLElement, than sourceLanguage: String?) -> String? {
        for tuv in tu.elements("tuv") {
            if let lang = language(of: tuv), !sameLanguage(lang, sourceLanguage) { return lang }
        }
        return nil
    }

    static func language(of tuv: XMLElement) -> String? {
        tuv.xmlLang ?? tuv["lang"]
    }

    /// Whether two language tags name the same language (`de` matches `de-DE`, case ignored).
    static func sameLanguage(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let x = a.lowercased().replacingOccurrences(of: "_", with: "-")
        let y = b.lowercased().replacingOccurrences(of: "_", with: "-")
        return x == y || x.hasPrefix(y + "-") || y.hasPrefix(x + "-")
    }
}
