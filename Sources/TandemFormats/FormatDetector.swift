import Foundation
import TandemCore

/// Recognizes a locale or bilingual file's format from its name and first bytes.
///
/// The name proposes, the content decides: an `.xml` file is Android only if its
/// root is `<resources>`, a `.json` file is ARB if it has `@@locale` or `@key`
/// metadata, WebExtension if its values are `{"message": …}` objects, i18next
/// otherwise; a `.tsv` file is bilingual only if its lines have two columns.
/// Files that are not locale resources (plain text, Markdown, tables with more
/// columns) are not recognized, so a folder can be linted as it is.
public enum FormatDetector {
    /// The format of the file at `path` whose first bytes are `prefix`, or nil.
    public static func detect<C: Collection>(path: String, prefix: C) -> FileFormat? where C.Element == UInt8 {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        let ext = lower.contains(".") ? String(lower[lower.index(after: lower.lastIndex(of: ".")!)...]) : ""
        let head = asciiHead(prefix)
        switch ext {
        case "xlf", "xliff", "xml", "tmx", "tbx", "stringsdict", "mxliff", "sdlxliff":
            return xmlFormat(head, ext: ext)
        case "po", "pot":
            return .po
        case "tsv":
            return isTwoColumns(head) ? .tsv : nil
        case "strings":
            return .appleStrings
        case "xcstrings":
            return .xcstrings
        case "arb":
            return .arb
        case "properties":
            return .properties
        case "yml", "yaml":
            if lower.hasPrefix(".tandem") { return nil }
            return startsWithLocaleKey(head) ? .railsYAML : nil
        case "json":
            return jsonFormat(head, path: path)
        default:
            return nil
        }
    }

    /// The first bytes as ASCII text (UTF-16 zero bytes and non-ASCII bytes dropped).
    private static func asciiHead<C: Collection>(_ prefix: C) -> String where C.Element == UInt8 {
        let bytes = Array(prefix)
        var ascii = [UInt8]()
        ascii.reserveCapacity(bytes.count)
        for byte in bytes where byte != 0 && byte < 0x80 { ascii.append(byte) }
        return String(decoding: ascii, as: UTF8.self)
    }

    private static func xmlFormat(_ head: String, ext: String) -> FileFormat? {
        guard let root = rootTag(head) else { return nil }
        let name = root.name.split(separator: ":").last.map(String.init) ?? root.name
        switch name {
        case "xliff":
            if root.tag.contains("urn:oasis:names:tc:xliff:document:2.") || root.tag.range(of: #"version\s*=\s*["']2\."#, options: .regularExpression) != nil {
                return .xliff2
            }
            return .xliff12
        case "tmx": return .tmx
        case "tbx", "martif": return .tbx
        case "resources": return .android
        case "plist": return ext == "stringsdict" || head.contains("NSStringLocalizedFormatKey") ? .stringsdict : nil
        default: return nil
        }
    }

    /// The first start tag's name and text.
    static func rootTag(_ head: String) -> (name: String, tag: String)? {
        var rest = head[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                let closer = after.hasPrefix("!--") ? "-->" : ">"
                guard let end = after.range(of: closer) else { return nil }
                rest = after[end.upperBound...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            let tag = after.prefix { $0 != ">" }
            return name.isEmpty ? nil : (String(name), String(tag))
        }
        return nil
    }

    private static func isTwoColumns(_ head: String) -> Bool {
        var lines = head.split(separator: "\n", omittingEmptySubsequences: true)
        if head.count >= 4000, !lines.isEmpty { lines.removeLast() }  // possibly cut off
        let content = lines.filter { !$0.hasPrefix("#") && !String($0).trimmingSpaces().isEmpty }
        return !content.isEmpty && content.allSatisfy { $0.filter { $0 == "\t" }.count == 1 }
    }

    private static func jsonFormat(_ head: String, path: String) -> FileFormat? {
        guard head.drop(while: { $0.isWhitespace }).hasPrefix("{") else { return nil }
        if head.contains("\"@@locale\"") || head.range(of: #""@[A-Za-z_]"#, options: .regularExpression) != nil { return .arb }
        if path.contains("_locales/") || path.hasSuffix("messages.json"),
           head.range(of: #"\{\s*"message"\s*:"#, options: .regularExpression) != nil {
            return .webExtension
        }
        if head.range(of: #"^\s*\{\s*"[^"]*"\s*:\s*\{\s*"message"\s*:"#, options: .regularExpression) != nil { return .webExtension }
        if head.contains("\"sourceLanguage\"") && head.contains("\"strings\"") { return .xcstrings }
        if head.contains("\"$schema\"") { return nil }
        // Any JSON object could be read as i18next; only files a locale layout names are.
        return isLocalePath(path) ? .i18next : nil
    }

    /// Whether the first key of a YAML file is a locale (`de:`, `en-GB:`), as in Rails locale files.
    static func startsWithLocaleKey(_ head: String) -> Bool {
        for line in head.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" { continue }
            let key = trimmed.hasSuffix(":") ? String(trimmed.dropLast()).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) : ""
            return !key.isEmpty && looksLikeLanguageTag(key)
        }
        return false
    }

    /// Whether a path follows a locale layout: a folder such as `locales/`, `i18n/`, `lang/`,
    /// `translations/`, `l10n/`, or a language code as a folder or in the file name.
    static func isLocalePath(_ path: String) -> Bool {
        let components = path.split(separator: "/").map { $0.lowercased() }
        let folders: Set<String> = ["locales", "locale", "i18n", "l10n", "lang", "langs", "languages", "translations", "translation", "messages", "strings"]
        if components.dropLast().contains(where: { folders.contains($0) || looksLikeLanguageTag($0) }) { return true }
        guard let name = path.split(separator: "/").last else { return false }
        let stem = name.split(separator: ".").first.map(String.init) ?? String(name)
        if looksLikeLanguageTag(stem) { return true }
        for separator: Character in ["_", "-", "."] {
            if let last = stem.split(separator: separator).last, stem.contains(separator), looksLikeLanguageTag(String(last)) { return true }
        }
        return false
    }

    /// `de`, `de-DE`, `de_ch`, `pt-BR`, `zh-Hans`, `fil-PH`: two letters (three only with a region or
    /// script, since folders such as `app` and `src` are three letters too), then region or script subtags.
    static func looksLikeLanguageTag(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, first.count == 2 || (first.count == 3 && parts.count > 1),
              first.allSatisfy({ $0.isASCII && $0.isLetter }), parts.count <= 3 else { return false }
        return parts.dropFirst().allSatisfy { part in (2...4).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
