import TandemCore

/// Markup and placeholders: what the source carries must survive in the
/// target, and nothing may be added: printf arguments (`%s`, `%1$d`), ICU
/// MessageFormat arguments (`{count}`, `{n, plural, …}`), HTML/XML tags,
/// URLs and e-mail addresses.
///
/// Tags are compared by name (attributes such as `title` may be translated);
/// ICU arguments by name and type (the plural branches are translated).
public final class MarkupCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "markup", category: .markup, severity: .major, summaryKey: "checkMarkupSummary",
        examples: examples, make: { _ in MarkupCheck() })

    public var descriptor: CheckDescriptor { Self.descriptor }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        reviewMarkers(pair, into: &findings)
        let sourceSpans = pair.source.protectedSpans.filter { $0.kind != .path }
        let targetSpans = pair.target.protectedSpans.filter { $0.kind != .path }
        guard !sourceSpans.isEmpty || !targetSpans.isEmpty else { return }
        var remaining: [String: [ProtectedSpan]] = [:]
        for span in targetSpans { remaining[Self.key(span), default: []].append(span) }
        var lost: [ProtectedSpan] = []
        for span in sourceSpans {
            let key = Self.key(span)
            if var list = remaining[key], !list.isEmpty {
                list.removeFirst()
                remaining[key] = list
            } else {
                lost.append(span)
            }
        }
        let extra = targetSpans.filter { span in
            guard let list = remaining[Self.key(span)] else { return false }
            return list.contains(span)
        }
        // A link to the same site in the target's language (en.wikipedia.org → de.wikipedia.org, …/deed.de)
        // and example addresses written in German (user@example.com → benutzer@beispiel.com) are localizations.
        var localized = Set<Int>()
        var addedIndices = Array(extra.indices)
        for (index, span) in lost.enumerated() where span.kind == .url || span.kind == .email {
            if span.kind == .email, Self.isExampleAddress(span.text) { localized.insert(index); continue }
            if let match = addedIndices.first(where: { extra[$0].kind == span.kind && Self.isLocalized(span.text, extra[$0].text) }) {
                localized.insert(index)
                addedIndices.removeAll { $0 == match }
            }
        }
        let added = addedIndices.map { extra[$0] }.filter { !($0.kind == .email && Self.isExampleAddress($0.text)) }
        let missing = lost.enumerated().filter { !localized.contains($0.offset) }.map(\.element)
        for span in missing {
            findings.add(Self.descriptor, pair: pair, key: span.isPlaceholder ? "reviewPlaceholderMissing" : "reviewMarkupMissing",
                         arguments: ["text": span.text, "kind": span.kind.rawValue],
                         source: span.range, target: pair.target.isEmpty ? nil : 0..<pair.target.scalars.count,
                         category: span.isPlaceholder ? .placeholder : .markup, discriminator: span.text)
        }
        for span in added {
            // An added placeholder or tag breaks the program; an added address (a translation team's, a
            // localized support page) is often meant, so it is worth a look rather than an error.
            let isAddress = span.kind == .url || span.kind == .email
            findings.add(Self.descriptor, pair: pair, key: span.isPlaceholder ? "reviewPlaceholderAdded" : "reviewMarkupAdded",
                         arguments: ["text": span.text, "kind": span.kind.rawValue],
                         target: span.range, severity: isAddress ? .minor : nil,
                         category: span.isPlaceholder ? .placeholder : .markup, discriminator: span.text)
        }
    }

    /// Inline codes of bilingual files: each source code (by element, kind and id) must be in the target, and no other.
    private func reviewMarkers(_ pair: PairView, into findings: inout FindingList) {
        guard !pair.sourceMarkers.isEmpty || !pair.targetMarkers.isEmpty, !pair.target.segments.isEmpty else { return }
        var remaining = pair.targetMarkers
        for marker in pair.sourceMarkers {
            if let index = remaining.firstIndex(where: { $0.element == marker.element && $0.kind == marker.kind && $0.id == marker.id }) {
                remaining.remove(at: index)
            } else {
                let offset = min(marker.offset, max(0, pair.source.scalars.count - 1))
                // XLIFF 2 lets a translation drop a code unless it says canDelete="no": worth a look, not an error.
                findings.add(Self.descriptor, pair: pair, key: "reviewMarkupMissing", arguments: ["text": marker.display, "kind": "inline code"],
                             source: offset..<min(offset + 1, pair.source.scalars.count), target: 0..<pair.target.scalars.count,
                             severity: marker.isDeletable ? .minor : nil, discriminator: marker.display)
            }
        }
        for marker in remaining {
            let offset = min(marker.offset, max(0, pair.target.scalars.count - 1))
            findings.add(Self.descriptor, pair: pair, key: "reviewMarkupAdded", arguments: ["text": marker.display, "kind": "inline code"],
                         target: offset..<min(offset + 1, pair.target.scalars.count), discriminator: marker.display)
        }
    }

    /// The registrable part of a URL's or address's host: `de.wikipedia.org` → `wikipedia.org`.
    static func site(_ text: String) -> String {
        var host = Substring(text.lowercased())
        if let scheme = host.range(of: "://") { host = host[scheme.upperBound...] }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let slash = host.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" }) { host = host[..<slash] }
        let labels = host.split(separator: ".")
        return labels.suffix(2).joined(separator: ".")
    }

    /// Whether `target` is `source` for readers of another language: the same site under a language host
    /// (en.wikipedia.org → de.wikipedia.org, us.pool.ntp.org → de.pool.ntp.org), or the same address but for
    /// language parts (…/3.0/ → …/3.0/deed.de, /en/ → /de/).
    static func isLocalized(_ source: String, _ target: String) -> Bool {
        let a = parts(source), b = parts(target)
        if a.host != b.host, a.host.split(separator: ".").count >= 3, a.host.split(separator: ".").dropFirst() == b.host.split(separator: ".").dropFirst(),
           isLanguage(a.host.split(separator: ".")[0]), isLanguage(b.host.split(separator: ".")[0]) {
            return true
        }
        return a.host == b.host && a.path.filter { !isLanguage($0) } == b.path.filter { !isLanguage($0) }
    }

    private static func parts(_ text: String) -> (host: String, path: [Substring]) {
        var rest = Substring(text.lowercased())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        let pieces = rest.split(separator: "/", omittingEmptySubsequences: true)
        return (String(pieces.first ?? ""), Array(pieces.dropFirst()))
    }

    /// A language or country code as a URL part: `de`, `en-us`, `deed.de`, `lang=de`.
    private static func isLanguage(_ part: Substring) -> Bool {
        var part = part
        for prefix in ["deed.", "lang=", "hl=", "?lang=", "?hl="] where part.hasPrefix(prefix) { part = part.dropFirst(prefix.count) }
        let pieces = part.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return (1...2).contains(pieces.count) && pieces.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isLetter) }
    }

    /// Addresses in the domains reserved for examples (RFC 2606) and their German counterparts.
    static func isExampleAddress(_ text: String) -> Bool {
        let domain = site(text)
        return ["example.com", "example.org", "example.net", "beispiel.de", "beispiel.com", "beispiel.org"].contains(domain)
            || domain.hasSuffix(".example") || domain.hasSuffix(".test") || domain.hasSuffix(".invalid")
    }

    /// What two spans must share to be the same: a tag's name, an ICU argument's name and type, the rest verbatim.
    static func key(_ span: ProtectedSpan) -> String {
        switch span.kind {
        case .tag:
            let scalars = Array(span.text.unicodeScalars.dropFirst())
            var name = String.UnicodeScalarView()
            for scalar in scalars {
                if scalar == ">" || scalar == " " || (scalar == "/" && !name.isEmpty) { break }
                name.append(scalar)
            }
            let closing = span.text.hasSuffix("/>") ? "/" : ""
            return "tag:" + String(name).lowercased() + closing
        case .brace:
            var inner = span.text
            if inner.hasPrefix("$") { inner.removeFirst() }
            let fields = inner.dropFirst().dropLast().split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            if fields.count >= 2 {
                return "arg:" + String(fields[0]).trimmingSpaces() + "," + String(fields[1]).trimmingSpaces()
            }
            return "arg:" + inner
        case .url:
            // https://example.org/ and https://example.org are the same address.
            var text = span.text.lowercased()
            while text.hasSuffix("/") { text.removeLast() }
            return "url:" + text
        case .email, .printf, .path:
            return span.kind.rawValue + ":" + span.text
        }
    }

    static let examples: [CheckExample] = [
        .passing("%d files deleted", "%d Dateien gelöscht"),
        .passing("Hello, {name}!", "Hallo, {name}!"),
        .passing("{count, plural, one {# file} other {# files}}", "{count, plural, one {# Datei} other {# Dateien}}"),
        .passing("Click <b>Save</b>.", "Klicken Sie auf <b>Speichern</b>."),
        .passing("Write to help@example.com.", "Schreiben Sie an help@example.com."),
        .passing("Give customers 100% attention.", "Geben Sie den Kunden 100 % Aufmerksamkeit.", "A percent sign is not a placeholder."),
        .passing("→ https://en.wikipedia.org/wiki/Regular_expression", "→ https://de.wikipedia.org/wiki/Regulärer_Ausdruck",
                 "The same site in the reader's language."),
        .passing("Write to user@example.com.", "Schreiben Sie an benutzer@beispiel.com.", "Example addresses may be translated."),
        .passing("Block the falcot.com network.", "Sperren Sie das falcot.com-Netzwerk."),
        .failing("%d files deleted", "Dateien gelöscht", flags: "%d", side: .source, "A placeholder is lost."),
        .passing("warning: GREP_COLOR='%s' is deprecated", "Warnung: GREP_COLOR=»%s« ist veraltet",
                 "a placeholder inside a longer token (`='%s'`) is still a placeholder"),
        .failing("Report bugs to: %s", "Fehler an %s melden, Übersetzungsfehler an <team@uebersetzung.de>",
                 flags: "team@uebersetzung.de", "an added address (minor): in angle brackets it is an address, not a tag"),
        .failing("Hello, {name}!", "Hallo, {Name}!", flags: "{Name}", "Argument names are not translated."),
        .failing("Click <b>Save</b>.", "Klicken Sie auf Speichern</b>.", flags: "<b>", side: .source),
        .failing("See https://example.com/help for help.", "Hilfe unter https://example.com/hilfe.", flags: "https://example.com/hilfe"),
    ]
}
