/// Text that must pass through translation unchanged: URLs, e-mail addresses,
/// printf and ICU placeholders, HTML/XML tags.
public struct ProtectedSpan: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case url
        case email
        case printf
        case brace
        case tag
        /// A file path (`/etc/apt/sources.list`, `~/.bashrc`): kept as it is, but not compared.
        case path
    }

    public let kind: Kind
    /// Scalar offsets in the side's text.
    public let range: Range<Int>
    public let text: String

    /// Whether the span is a placeholder (printf or brace) rather than markup, a URL or an address.
    public var isPlaceholder: Bool { kind == .printf || kind == .brace }
}

/// Finds ``ProtectedSpan``s in a text.
enum ProtectedSpanScanner {
    /// Top-level domains that make `Indeed.com` a web address without `http://`.
    static let domains: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "de", "at", "ch", "eu", "uk", "us", "io", "info",
        "biz", "fr", "it", "es", "nl", "be", "lu", "li", "dk", "se", "no", "fi", "pl", "cz", "ru", "jp",
        "cn", "ca", "au", "nz", "co", "app", "dev",
    ]

    static func scan(_ scalars: [Unicode.Scalar]) -> [ProtectedSpan] {
        var spans: [ProtectedSpan] = []
        let count = scalars.count
        var index = 0
        // Offsets before this one lie in a token already found to be no URL or address;
        // placeholders inside it (`GREP_COLOR='%s'`) are still looked for.
        var plainUntil = 0
        func make(_ kind: ProtectedSpan.Kind, _ range: Range<Int>) {
            spans.append(ProtectedSpan(kind: kind, range: range, text: String(scalars: scalars[range])))
        }
        while index < count {
            let scalar = scalars[index]
            let atBoundary = index == 0 || !ScalarClass.isLetterOrDigit(scalars[index - 1])
            if scalar == "<", let end = tagEnd(scalars, from: index) {
                make(.tag, index..<end)
                index = end
                continue
            }
            if scalar == "{", let end = braceEnd(scalars, from: index) {
                let start = index > 0 && scalars[index - 1] == "$" ? index - 1 : index
                make(.brace, start..<end)
                index = end
                continue
            }
            if scalar == "%", let end = printfEnd(scalars, from: index) {
                make(.printf, index..<end)
                index = end
                continue
            }
            if (scalar == "/" || scalar == "~") && (index == 0 || ScalarClass.isSpace(scalars[index - 1]) || scalars[index - 1] == "("),
               let end = pathEnd(scalars, from: index) {
                make(.path, index..<end)
                index = end
                continue
            }
            if atBoundary, index >= plainUntil, ScalarClass.isLetterOrDigit(scalar) {
                let tokenEnd = nonSpaceEnd(scalars, from: index)
                let token = scalars[index..<tokenEnd]
                // Only a token with a period or colon inside, or an at sign, can be an address.
                var candidate = false
                var position = token.startIndex
                while position < token.endIndex {
                    let scalar = token[position]
                    if scalar == "@" || ((scalar == "." || scalar == ":") && position + 1 < token.endIndex
                        && (ScalarClass.isLetterOrDigit(token[position + 1]) || token[position + 1] == "/")) {
                        candidate = true
                        break
                    }
                    position += 1
                }
                guard candidate else {
                    plainUntil = tokenEnd
                    index += 1
                    continue
                }
                if let end = urlEnd(token, start: index) {
                    make(.url, index..<end)
                    index = end
                    continue
                }
                if let end = emailEnd(token, start: index) {
                    make(.email, index..<end)
                    index = end
                    continue
                }
                plainUntil = tokenEnd
                index += 1
                continue
            }
            index += 1
        }
        return spans
    }

    private static func nonSpaceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, !ScalarClass.isSpace(scalars[end]), !isDelimiter(scalars[end]) { end += 1 }
        return end
    }

    /// `/etc/postfix/main.cf`, `~/.ssh/config`: a slash-separated path of two parts at least.
    private static func pathEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        if scalars[index] == "~" {
            guard index + 1 < scalars.count, scalars[index + 1] == "/" else { return nil }
            index += 1
        }
        var slashes = 0
        var end = index
        while end < scalars.count, !ScalarClass.isSpace(scalars[end]), !isDelimiter(scalars[end]) {
            if scalars[end] == "/" { slashes += 1 }
            end += 1
        }
        while end > index, ".,;:!?".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        guard slashes >= 2 || (slashes == 1 && end - index > 1 && start < index), end - index > 1,
              index + 1 < scalars.count, ScalarClass.isLetterOrDigit(scalars[index + 1]) || scalars[index + 1] == "." else { return nil }
        return end
    }

    private static func isDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", "\"", "„", "“", "”", "«", "»", "(", ")", "[", "]", "{", "}": return true
        default: return false
        }
    }

    /// The end of a token, less trailing sentence punctuation.
    private static func trimmedEnd(_ token: ArraySlice<Unicode.Scalar>) -> Int {
        var end = token.endIndex
        while end > token.startIndex, ".,;:!?'’".unicodeScalars.contains(token[end - 1]) { end -= 1 }
        return end
    }

    private static func urlEnd(_ token: ArraySlice<Unicode.Scalar>, start: Int) -> Int? {
        let text = String(scalars: token).lowercased()
        let end = trimmedEnd(token)
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("ftp://") || text.hasPrefix("www.") {
            return end > start + 4 ? end : nil
        }
        // A bare domain: labels of letters, digits and hyphens, the last a known top-level domain.
        let core = token[token.startIndex..<end]
        guard !core.contains("@") else { return nil }
        let hostEnd = core.firstIndex(of: "/") ?? core.endIndex
        var labels = core[core.startIndex..<hostEnd].split(separator: ".", omittingEmptySubsequences: false)
        // falcot.com-Netzwerk: a German compound after the domain ends it at the top-level domain.
        if labels.count >= 2, let hyphen = labels[labels.count - 1].firstIndex(where: ScalarClass.isHyphen),
           domains.contains(String(scalars: labels[labels.count - 1][..<hyphen]).lowercased()) {
            let last = labels[labels.count - 1]
            labels[labels.count - 1] = last[last.startIndex..<hyphen]
            return labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ScalarClass.isLetterOrDigit($0) || $0 == "-" } }) && labels[labels.count - 2].count >= 2 ? hyphen : nil
        }
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ScalarClass.isLetterOrDigit($0) || $0 == "-" } }) else { return nil }
        let tld = String(scalars: labels.last!).lowercased()
        guard domains.contains(tld), labels.dropLast().allSatisfy({ $0.contains { ScalarClass.isLetter($0) } }) else { return nil }
        // "z.B" or "d.h" are not domains: the label before the top-level domain has two letters at least.
        guard labels[labels.count - 2].count >= 2 else { return nil }
        // A bare domain ends with its top-level domain unless a path follows: falcot.com-Netzwerk is falcot.com.
        if hostEnd == core.endIndex { return labels.last!.endIndex }
        return end
    }

    private static func emailEnd(_ token: ArraySlice<Unicode.Scalar>, start: Int) -> Int? {
        let end = trimmedEnd(token)
        let core = token[token.startIndex..<end]
        guard let at = core.firstIndex(of: "@"), at > core.startIndex else { return nil }
        let domain = core[(at + 1)...]
        guard domain.contains("."), domain.last.map(ScalarClass.isLetter) == true,
              domain.allSatisfy({ ScalarClass.isLetterOrDigit($0) || $0 == "." || $0 == "-" }) else { return nil }
        return end
    }

    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "/" { index += 1 }
        guard index < scalars.count, ScalarClass.isLetter(scalars[index]) else { return nil }
        // The name (`b`, `xliff:g`, `my-tag`) ends at white space, `/` or `>`: `<team@example.org>` is an address.
        while index < scalars.count, ScalarClass.isLetterOrDigit(scalars[index]) || "-_:.".unicodeScalars.contains(scalars[index]) { index += 1 }
        guard index < scalars.count, ScalarClass.isSpace(scalars[index]) || scalars[index] == "/" || scalars[index] == ">" else { return nil }
        while index < scalars.count, index - start < 400 {
            let scalar = scalars[index]
            if scalar == ">" { return index + 1 }
            if scalar == "<" || scalar == "\n" { return nil }
            index += 1
        }
        return nil
    }

    private static func braceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "{" { index += 1 }
        guard index < scalars.count, ScalarClass.isLetterOrDigit(scalars[index]) || scalars[index] == "_" else { return nil }
        // The argument's name: letters, digits, `_`, `.`, `[]` (`{0}`, `{user.name}`), then `}`, `,` or a
        // format spec. `{script-only-if-no-other-script}` in a usage line is a metavariable, not an argument.
        var nameEnd = index
        while nameEnd < scalars.count, ScalarClass.isLetterOrDigit(scalars[nameEnd]) || "_.[]".unicodeScalars.contains(scalars[nameEnd]) {
            nameEnd += 1
        }
        guard nameEnd < scalars.count, "},: !".unicodeScalars.contains(scalars[nameEnd]) else { return nil }
        var depth = 0
        index = start
        while index < scalars.count, index - start < 2000 {
            let scalar = scalars[index]
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    private static func printfEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        // "25%" and "25 % der" are percent signs, not placeholders.
        if start > 0 {
            var back = start - 1
            while back > 0, scalars[back] == " " || scalars[back] == "\u{A0}" { back -= 1 }
            if ScalarClass.isDigit(scalars[back]) { return nil }
        }
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "%" { return nil }
        // %1$s
        var digits = index
        while digits < scalars.count, ScalarClass.isDigit(scalars[digits]) { digits += 1 }
        if digits > index, digits < scalars.count, scalars[digits] == "$" { index = digits + 1 }
        while index < scalars.count, "-+0#".unicodeScalars.contains(scalars[index]) { index += 1 }
        while index < scalars.count, ScalarClass.isDigit(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, ScalarClass.isDigit(scalars[index]) { index += 1 }
        }
        for length in ["hh", "ll", "h", "l", "L", "z", "j", "t"] {
            let units = Array(length.unicodeScalars)
            if index + units.count <= scalars.count, Array(scalars[index..<index + units.count]) == units {
                index += units.count
                break
            }
        }
        guard index < scalars.count, "diouxXeEfFgGaAcspn@".unicodeScalars.contains(scalars[index]) else { return nil }
        let end = index + 1
        // "%s" must not run into a word: "%sie" is not a placeholder.
        if end < scalars.count, ScalarClass.isLetter(scalars[end]), end - start == 2 { return nil }
        return end
    }
}
