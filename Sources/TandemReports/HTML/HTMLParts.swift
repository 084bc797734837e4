import TandemCore

/// Pieces that every tandem HTML report is built from: the header, summary
/// cards, the toolbar with its filters, finding items. All text that comes in
/// is escaped here; the markup around it is fixed.
public struct HTMLParts {
    /// The catalog in the UI language.
    public let catalog: MessageCatalog

    public init(catalog: MessageCatalog) {
        self.catalog = catalog
    }

    // MARK: Words

    /// A message from the catalog.
    public func text(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        catalog.format(key, arguments)
    }

    /// A count, grouped the way the UI language groups numbers.
    public func number(_ value: Int) -> String {
        catalog.format("htmlNumber", ["value": .integer(value)])
    }

    /// A decimal with `digits` fraction digits, in the UI language's notation.
    public func decimal(_ value: Double, digits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = catalog.format("htmlNumber", ["value": .number(rounded)])
        // Keep a fixed number of fraction digits (97 → 97,0) so columns line up.
        let separator: Character = catalog.language == "de" ? "," : "."
        if digits > 0 {
            if let index = text.firstIndex(of: separator) {
                let have = text.distance(from: index, to: text.endIndex) - 1
                if have < digits { text += String(repeating: "0", count: digits - have) }
            } else {
                text += String(separator) + String(repeating: "0", count: digits)
            }
        }
        return text
    }

    /// A ratio 0…1 as a percentage with one decimal, e.g. `12.5 %` / `12,5 %`.
    public func percent(_ ratio: Double) -> String {
        catalog.format("htmlPercent", ["value": .string(decimal(ratio * 100, digits: 1))])
    }

    /// The name of a language in the UI language, e.g. `German` or `German (de-CH)`.
    public func languageName(_ tag: String) -> String {
        let primary = String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
        let name = text("htmlLanguageName", ["language": .string(primary)])
        return primary == tag.lowercased() ? name : "\(name) (\(tag))"
    }

    /// The name of a severity in the UI language.
    public func severityName(_ severity: Severity) -> String {
        text("htmlSeverityName", ["severity": .string(severity.rawValue)])
    }

    /// The name of a category in the UI language.
    public func categoryName(_ category: FindingCategory) -> String {
        // ICU select keywords cannot hold '-' (a pattern-syntax character): locale-convention → locale_convention.
        text("htmlCategoryName", ["category": .string(String(category.rawValue.map { $0 == "-" ? "_" : $0 }))])
    }

    /// A finding's message in the UI language.
    public func message(for finding: Finding) -> String {
        var arguments: [String: MessageArgument] = [:]
        for (name, value) in finding.messageArguments {
            // Whole numbers stay numbers, so plural forms and grouping work.
            if let integer = Int(value), String(integer) == value, value.count < 16 {
                arguments[name] = .integer(integer)
            } else {
                arguments[name] = .string(value)
            }
        }
        return catalog.format(finding.messageKey, arguments)
    }

    // MARK: Blocks

    /// The page header: a title and the files with their languages.
    public func header(title: String, files: [(label: String, path: String, language: String?)]) -> String {
        var html = "<header class=\"top\">\n<h1>\(HTMLText.escape(title))</h1>\n<p class=\"files\">"
        for file in files {
            html += "<span>\(HTMLText.escape(file.label)): <b class=\"path\">\(HTMLText.escape(file.path))</b>"
            if let language = file.language { html += " · \(HTMLText.escape(languageName(language)))" }
            html += "</span>"
        }
        html += "</p>\n</header>\n"
        return html
    }

    /// A summary card with a heading and a table of counts; each count carries
    /// `data-count="<key>"` so tests can read what the page shows.
    public func countCard(heading: String, rows: [(key: String, dot: String?, label: String, count: Int)]) -> String {
        var html = "<div class=\"card\"><h2>\(HTMLText.escape(heading))</h2><table>"
        for row in rows {
            html += "<tr\(row.count == 0 ? " class=\"zero\"" : "")><td>"
            if let dot = row.dot { html += "<span class=\"dot \(HTMLText.token(dot))\"></span>" }
            html += "\(HTMLText.escape(row.label))</td><td class=\"n\" data-count=\"\(HTMLText.attribute(row.key))\">\(number(row.count))</td></tr>"
        }
        if rows.isEmpty { html += "<tr class=\"zero\"><td>\(HTMLText.escape(text("htmlNone")))</td></tr>" }
        html += "</table></div>\n"
        return html
    }

    /// Filter toggles shown as pills (for a few values, e.g. severities).
    public func pills(group: String, label: String, options: [(value: String, dot: String, label: String, count: Int, on: Bool)]) -> String {
        var html = "<div class=\"group\" role=\"group\" aria-label=\"\(HTMLText.attribute(label))\">"
        for option in options {
            html += "<label class=\"pill\"><input type=\"checkbox\" data-group=\"\(HTMLText.token(group))\" value=\"\(HTMLText.token(option.value))\"\(option.on ? " checked" : "")>"
            html += "<span class=\"dot \(HTMLText.token(option.dot))\"></span>\(HTMLText.escape(option.label)) <span class=\"n\">\(number(option.count))</span></label>"
        }
        html += "</div>"
        return html
    }

    /// Filter toggles in a drop-down (for many values, e.g. categories and checks).
    public func dropdown(group: String, label: String, options: [(value: String, label: String, count: Int)]) -> String {
        var html = "<details class=\"dd\"><summary>\(HTMLText.escape(label))</summary><div class=\"panel\">"
        html += "<div class=\"bulk\"><button type=\"button\" data-bulk=\"all\" data-group=\"\(HTMLText.token(group))\">\(HTMLText.escape(text("htmlFilterAll")))</button>"
        html += "<button type=\"button\" data-bulk=\"none\" data-group=\"\(HTMLText.token(group))\">\(HTMLText.escape(text("htmlFilterNone")))</button></div>"
        for option in options {
            html += "<label><input type=\"checkbox\" data-group=\"\(HTMLText.token(group))\" value=\"\(HTMLText.token(option.value))\" checked>"
            html += "\(HTMLText.escape(option.label))<span class=\"n\">\(number(option.count))</span></label>"
        }
        html += "</div></details>"
        return html
    }

    /// The search box, the "only pairs with findings" toggle and the previous/next buttons with the position.
    ///
    /// - Parameters:
    ///   - itemName: what the buttons move between, e.g. "finding" (`htmlKeyNext` takes it).
    ///   - onlyLabel: the label of the "only pairs with …" toggle, or nil for none.
    public func searchAndNavigation(itemName: String, onlyLabel: String?) -> String {
        let placeholder = HTMLText.attribute(text("htmlSearchPlaceholder"))
        var html = "<input type=\"search\" id=\"q\" placeholder=\"\(placeholder)\" aria-label=\"\(placeholder)\" autocomplete=\"off\">"
        if let onlyLabel {
            html += "<label class=\"pill\"><input type=\"checkbox\" id=\"only\">\(HTMLText.escape(onlyLabel))</label>"
        }
        let next = HTMLText.escape(text("htmlKeyNext", ["item": .string(itemName)]))
        let previous = HTMLText.escape(text("htmlKeyPrevious", ["item": .string(itemName)]))
        html += "<div class=\"nav\" role=\"group\">"
        html += "<button type=\"button\" id=\"prev\" title=\"\(previous) (k)\" aria-label=\"\(previous)\">←</button>"
        html += "<span class=\"pos\" id=\"pos\" aria-live=\"polite\">0 / 0</span>"
        html += "<button type=\"button\" id=\"next\" title=\"\(next) (j)\" aria-label=\"\(next)\">→</button></div>"
        return html
    }

    /// The line above the text: how many pairs are shown, and the keys: j/n/→ next, k/p/← previous, / search.
    public func keyHint(itemName: String) -> String {
        let next = HTMLText.escape(text("htmlKeyNext", ["item": .string(itemName)]))
        let previous = HTMLText.escape(text("htmlKeyPrevious", ["item": .string(itemName)]))
        return "<p class=\"hint\"><span class=\"shown\">\(HTMLText.escape(text("htmlPairsShown"))) <span id=\"shown\"></span></span><kbd>j</kbd> <kbd>n</kbd> <kbd>→</kbd> \(next) · <kbd>k</kbd> <kbd>p</kbd> <kbd>←</kbd> \(previous) · <kbd>/</kbd> \(HTMLText.escape(text("htmlKeySearch")))</p>\n"
    }

    /// One finding as a list item: severity badge, category and check, message,
    /// suggestion and location.
    ///
    /// - Parameters:
    ///   - id: the finding's number in the report (`f<id>`).
    ///   - targetLanguage: the `lang` of the suggestion.
    ///   - fix: `fixed` or `introduced` in a revision report.
    ///   - navigable: whether the previous/next keys stop at it.
    public func findingItem(_ finding: Finding, id: Int, targetLanguage: String, sourceLanguage: String, fix: String? = nil,
                            navigable: Bool = true) -> String {
        let severity = finding.severity.rawValue
        var html = "<li class=\"f fi\(navigable ? " nv" : "") s-\(severity)\" id=\"f\(id)\" tabindex=\"-1\" data-sev=\"\(severity)\" data-cat=\"\(finding.category.rawValue)\" data-chk=\"\(HTMLText.token(finding.check))\""
        if let fix { html += " data-fx=\"\(HTMLText.token(fix))\"" }
        html += ">"
        if let fix { html += "<span class=\"badge fx-\(HTMLText.token(fix))\">\(HTMLText.escape(text("diffFix", ["fix": .string(fix)])))</span>" }
        html += "<span class=\"badge s-\(severity)\">\(HTMLText.escape(severityName(finding.severity)))</span>"
        html += "<span class=\"meta\">\(HTMLText.escape(categoryName(finding.category))) · <code>\(HTMLText.escape(finding.check))</code></span>"
        html += "<span class=\"msg\">\(HTMLText.escape(message(for: finding)))</span>"
        if let suggestion = finding.suggestion {
            html += "<span class=\"sug\">\(HTMLText.escape(text("htmlSuggestion"))) <span class=\"rep\" lang=\"\(HTMLText.attribute(targetLanguage))\">\(HTMLText.escape(suggestion))</span></span>"
        }
        if let span = finding.target ?? finding.source {
            let language = finding.target != nil ? targetLanguage : sourceLanguage
            html += "<span class=\"loc\" title=\"\(HTMLText.attribute(text("htmlLocationHint")))\">\(HTMLText.escape(language)) \(span.line):\(span.column)</span>"
        }
        html += "</li>"
        return html
    }

    /// The footer: tandem's version and, when given, the date.
    public func footer(_ stamp: HTMLReportStamp) -> String {
        let line: String
        if let generated = stamp.generated {
            line = text("htmlMadeByOn", ["version": .string(stamp.toolVersion), "date": .string(generated)])
        } else {
            line = text("htmlMadeBy", ["version": .string(stamp.toolVersion)])
        }
        return "<footer>\(HTMLText.escape(line))</footer>\n"
    }

    /// The line of a segment list as shown beside the text: `12`, or `12–14` when it spans lines.
    public static func lineLabel(_ segments: [Segment]) -> String {
        guard let first = segments.first?.line else { return "" }
        let last = segments.last?.sourceMap.anchors.last?.position.line ?? first
        return last > first ? "\(first)–\(last)" : "\(first)"
    }
}
