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
        let sourceSpans = pair.source.protectedSpans
        let targetSpans = pair.target.protectedSpans
        guard !sourceSpans.isEmpty || !targetSpans.isEmpty else { return }
        var remaining: [String: [ProtectedSpan]] = [:]
        for span in targetSpans { remaining[Self.key(span), default: []].append(span) }
        var missing: [ProtectedSpan] = []
        for span in sourceSpans {
            let key = Self.key(span)
            if var list = remaining[key], !list.isEmpty {
                list.removeFirst()
                remaining[key] = list
            } else {
                missing.append(span)
            }
        }
        let added = targetSpans.filter { span in
            guard let list = remaining[Self.key(span)] else { return false }
            return list.contains(span)
        }
        for span in missing {
            findings.add(Self.descriptor, pair: pair, key: span.isPlaceholder ? "reviewPlaceholderMissing" : "reviewMarkupMissing",
                         arguments: ["text": span.text, "kind": span.kind.rawValue],
                         source: span.range, target: pair.target.isEmpty ? nil : 0..<pair.target.scalars.count,
                         category: span.isPlaceholder ? .placeholder : .markup, discriminator: span.text)
        }
        for span in added {
            findings.add(Self.descriptor, pair: pair, key: span.isPlaceholder ? "reviewPlaceholderAdded" : "reviewMarkupAdded",
                         arguments: ["text": span.text, "kind": span.kind.rawValue],
                         target: span.range, category: span.isPlaceholder ? .placeholder : .markup, discriminator: span.text)
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
                findings.add(Self.descriptor, pair: pair, key: "reviewMarkupMissing", arguments: ["text": marker.display, "kind": "inline code"],
                             source: offset..<min(offset + 1, pair.source.scalars.count), target: 0..<pair.target.scalars.count,
                             discriminator: marker.display)
            }
        }
        for marker in remaining {
            let offset = min(marker.offset, max(0, pair.target.scalars.count - 1))
            findings.add(Self.descriptor, pair: pair, key: "reviewMarkupAdded", arguments: ["text": marker.display, "kind": "inline code"],
                         target: offset..<min(offset + 1, pair.target.scalars.count), discriminator: marker.display)
        }
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
        case .url, .email, .printf:
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
        .failing("%d files deleted", "Dateien gelöscht", flags: "%d", side: .source, "A placeholder is lost."),
        .failing("Hello, {name}!", "Hallo, {Name}!", flags: "{Name}", "Argument names are not translated."),
        .failing("Click <b>Save</b>.", "Klicken Sie auf Speichern</b>.", flags: "<b>", side: .source),
        .failing("See https://example.com/help for help.", "Hilfe unter https://example.com/hilfe.", flags: "https://example.com/hilfe"),
    ]
}
