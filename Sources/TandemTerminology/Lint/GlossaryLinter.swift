import TandemCore
import TandemICU

/// A problem in a glossary file, at its line and column.
public struct GlossaryProblem: Sendable {
    /// Where it is (nil for a problem of the whole file).
    public var location: GlossaryLocation?
    /// The catalog key of the message and its arguments.
    public var messageKey: String
    public var arguments: [String: MessageArgument]

    /// A problem at `location` with a catalog message.
    public init(location: GlossaryLocation?, messageKey: String, arguments: [String: MessageArgument]) {
        self.location = location
        self.messageKey = messageKey
        self.arguments = arguments
    }
}

/// Finds a glossary's own errors: what it cannot read (malformed CSV or TBX,
/// with line and column), terms listed twice in one entry, a term both
/// approved and forbidden, entries without a target-language term (or with
/// forbidden ones only), unknown language codes, text not in NFC, empty terms.
public struct GlossaryLinter {
    /// The languages an entry is checked for: every entry needs a term in `targetLanguage`.
    public var sourceLanguage: String
    public var targetLanguage: String

    /// A linter for the language pair.
    public init(sourceLanguage: String = "en", targetLanguage: String = "de") {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// The result of linting one file: the glossary if it could be read, and the problems.
    public struct Result: Sendable {
        /// The glossary, when the file could be read.
        public var glossary: Glossary?
        /// The problems, in file order.
        public var problems: [GlossaryProblem]
    }

    /// Lints the file at `path`. A file that cannot be opened at all is thrown; a syntax error is a problem.
    public func lint(path: String) throws(InputError) -> Result {
        let glossary: Glossary
        do {
            glossary = try GlossaryFile.read(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        } catch {
            guard case let .syntax(file, line, column, message) = error else { throw error }
            return Result(glossary: nil, problems: [GlossaryProblem(
                location: GlossaryLocation(path: file, line: line, column: column), messageKey: "errorOther",
                arguments: ["message": .string(message)])])
        }
        return Result(glossary: glossary, problems: lint(glossary))
    }

    /// The problems of a glossary already read.
    public func lint(_ glossary: Glossary) -> [GlossaryProblem] {
        var problems: [GlossaryProblem] = []
        let nfc = Normalizer(.nfc)
        let source = Term.primaryLanguage(of: glossary.sourceLanguage ?? sourceLanguage)
        let target = Term.primaryLanguage(of: glossary.targetLanguage ?? targetLanguage)
        var checkedLanguages: [String: Bool] = [:]
        for concept in glossary.concepts {
            var seen: [String: Term] = [:]
            for term in concept.terms {
                if checkedLanguages[term.language] == nil {
                    let known = (try? LanguageTag(term.language)) != nil
                    checkedLanguages[term.language] = known
                    if !known {
                        problems.append(GlossaryProblem(location: term.location, messageKey: "termsLintUnknownLanguage",
                                                        arguments: ["tag": .string(term.language)]))
                    }
                }
                if term.text.trimmingSpaces().isEmpty {
                    problems.append(GlossaryProblem(location: term.location, messageKey: "termsLintEmptyTerm",
                                                    arguments: ["concept": .string(concept.id)]))
                    continue
                }
                if !nfc.isNormalized(term.text) {
                    problems.append(GlossaryProblem(location: term.location, messageKey: "termsLintNotNFC",
                                                    arguments: ["term": .string(term.text)]))
                }
                let key = term.primaryLanguage + "\u{1F}" + CaseFolding.fold(nfc.normalize(term.text))
                guard let first = seen[key] else {
                    seen[key] = term
                    continue
                }
                if first.status.isApproved == term.status.isApproved {
                    problems.append(GlossaryProblem(location: term.location, messageKey: "termsLintDuplicate", arguments: [
                        "term": .string(term.text), "language": .string(term.language), "concept": .string(concept.id),
                        "line": .integer(first.location?.line ?? 0)]))
                } else {
                    problems.append(GlossaryProblem(location: term.location, messageKey: "termsLintConflict", arguments: [
                        "term": .string(term.text), "language": .string(term.language), "concept": .string(concept.id)]))
                }
            }
            let sourceTerms = concept.terms.filter { $0.primaryLanguage == source }
            let targetTerms = concept.terms.filter { $0.primaryLanguage == target }
            if sourceTerms.isEmpty && !targetTerms.isEmpty {
                problems.append(GlossaryProblem(location: concept.location ?? targetTerms[0].location, messageKey: "termsLintNoTarget",
                                                arguments: ["concept": .string(concept.id), "language": .string(source)]))
                continue
            }
            guard !sourceTerms.isEmpty, !sourceTerms.allSatisfy({ $0.doNotTranslate || $0.status == .forbidden }) else { continue }
            if targetTerms.isEmpty {
                problems.append(GlossaryProblem(location: concept.location ?? sourceTerms[0].location, messageKey: "termsLintNoTarget",
                                                arguments: ["concept": .string(concept.id), "language": .string(target)]))
            } else if targetTerms.allSatisfy({ $0.status == .forbidden }) {
                problems.append(GlossaryProblem(location: concept.location ?? targetTerms[0].location, messageKey: "termsLintOnlyForbidden",
                                                arguments: ["concept": .string(concept.id), "language": .string(target)]))
            }
        }
        return problems.sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
    }
}
