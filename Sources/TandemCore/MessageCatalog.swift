import Foundation
import TandemICU

/// A value passed into a message.
public enum MessageArgument: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)

    var numericValue: Double? {
        switch self {
        case .string: return nil
        case let .integer(value): return Double(value)
        case let .number(value): return value
        }
    }

    /// The value as plain text: integers without grouping (line numbers, offsets).
    var plainText: String {
        switch self {
        case let .string(value): return value
        case let .integer(value): return String(value)
        case let .number(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
    }
}

/// The messages tandem prints, in one UI language, read from `Locales/<lang>/tandem.arb`.
///
/// Messages are ICU MessageFormat patterns with named arguments:
///
///     catalog.format("segmentsFound", ["count": .integer(3)])   // "3 segments"
///
/// A key missing from a German catalog falls back to English; a key missing
/// everywhere is printed as the key itself, so nothing is lost.
public final class MessageCatalog: @unchecked Sendable {
    /// The UI language (`en` or `de`).
    public let language: String
    private let patterns: [String: [MessageNode]]
    private let fallback: MessageCatalog?
    private let plurals: PluralRules?
    private let numbers: NumberFormat?

    /// The UI languages tandem ships.
    public static let supportedLanguages = ["en", "de"]

    /// Loads the catalog for `language` from `directory` (the `Locales` folder).
    public init(language: String, directory: String) throws(InputError) {
        let language = Self.supportedLanguages.contains(language) ? language : "en"
        self.language = language
        self.patterns = try Self.load(path: "\(directory)/\(language)/tandem.arb")
        self.fallback = language == "en" ? nil : try MessageCatalog(language: "en", directory: directory)
        self.plurals = try? PluralRules(locale: language)
        self.numbers = try? NumberFormat(skeleton: "", locale: language)
    }

    /// The catalog's keys.
    public var keys: [String] { patterns.keys.sorted() }

    /// The message `key` with `arguments` filled in.
    ///
    /// An argument may come in several languages: `note` (the default) and
    /// `note@de` (used by the German catalog), for text that comes with the
    /// data rather than from the catalogs, such as a word list's explanations.
    public func format(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        guard let nodes = patterns[key] else {
            return fallback?.format(key, arguments) ?? key
        }
        var output = ""
        render(nodes, localized(arguments), pound: nil, into: &output)
        return output
    }

    /// `arguments` with each `name@<this catalog's language>` in place of `name`.
    private func localized(_ arguments: [String: MessageArgument]) -> [String: MessageArgument] {
        let suffix = "@\(language)"
        guard arguments.keys.contains(where: { $0.hasSuffix(suffix) }) else { return arguments }
        var result = arguments
        for (name, value) in arguments where name.hasSuffix(suffix) {
            result[String(name.dropLast(suffix.count))] = value
        }
        return result
    }

    /// The message for an input error.
    public func message(for error: InputError) -> String {
        format(error.messageKey, error.messageArguments)
    }

    private func render(_ nodes: [MessageNode], _ arguments: [String: MessageArgument], pound: Double?, into output: inout String) {
        for node in nodes {
            switch node {
            case let .text(text):
                output += text
            case .pound:
                if let pound { output += formatNumber(pound) }
            case let .argument(name, type, _):
                guard let value = arguments[name] else { output += "{\(name)}"; continue }
                if type == "number", let number = value.numericValue {
                    output += formatNumber(number)
                } else {
                    output += value.plainText
                }
            case let .plural(name, _, offset, cases):
                let number = (arguments[name]?.numericValue ?? 0) - offset
                let exact = cases.first { $0.key == "=\(MessageArgument.number(number + offset).plainText)" }
                let category = plurals?.category(for: number) ?? (number == 1 ? "one" : "other")
                let chosen = exact ?? cases.first { $0.key == category } ?? cases.first { $0.key == "other" }
                if let chosen { render(chosen.message, arguments, pound: number, into: &output) }
            case let .select(name, cases):
                let value = arguments[name]?.plainText ?? "other"
                let chosen = cases.first { $0.key == value } ?? cases.first { $0.key == "other" }
                if let chosen { render(chosen.message, arguments, pound: pound, into: &output) }
            }
        }
    }

    private func formatNumber(_ value: Double) -> String {
        numbers?.format(value) ?? MessageArgument.number(value).plainText
    }

    /// Reads an ARB file: a JSON object of message keys to patterns; keys starting with `@` are metadata.
    static func load(path: String) throws(InputError) -> [String: [MessageNode]] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, message: "not valid JSON")
        }
        guard let entries = object as? [String: Any] else {
            throw .syntax(path: path, line: 1, column: 1, message: "expected a JSON object of messages")
        }
        var patterns: [String: [MessageNode]] = [:]
        for (key, value) in entries where !key.hasPrefix("@") {
            guard let pattern = value as? String else { continue }
            do {
                patterns[key] = try MessageSyntax.parse(pattern)
            } catch {
                throw .syntax(path: path, line: 1, column: 1, message: "message '\(key)': expected \(error.expected) at offset \(error.offset)")
            }
        }
        return patterns
    }

    /// The UI language from `LC_ALL`, `LC_MESSAGES` or `LANG` (`de_DE.UTF-8` → `de`), else English.
    public static func languageFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let language = value.prefix { $0.isLetter }.lowercased()
            if language == "c" || language == "posix" { return "en" }
            return supportedLanguages.contains(language) ? language : "en"
        }
        return "en"
    }
}
