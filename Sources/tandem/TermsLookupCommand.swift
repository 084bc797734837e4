import ArgumentParser
import Foundation
import TandemCore
import TandemReview
import TandemSegmentation
import TandemTerminology

/// `tandem terms lookup WORD`: every glossary entry that contains the word, with its terms.
struct TermsLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show every entry of the termbase and glossaries that contains a word, with all its forms.",
        discussion: """
        A term contains the word when its text contains it (teller: bank teller, fortune teller, \
        Tellers) or one of its words has the word's base form (Ärztinnen: Arzt). Entries whose \
        term is the word come first. Exit status: 0 entries found, 1 none, 2 unusable input.
        """
    )

    @Argument(help: "The word (or phrase) to look up.")
    var word: String

    @Option(help: "Search only terms in this language: en or de (default: both).")
    var lang: String?

    @Option(name: .customLong("glossary"), help: "A glossary to search besides the bundled termbase (repeatable).")
    var glossaries: [String] = []

    @Option(help: "The configuration file (default: the nearest .tandem.yml), for its glossaries.")
    var config: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        if let lang { _ = try LanguageResolver.tag(lang) }
        var paths: [String] = []
        if let path = config ?? ReviewConfiguration.find() {
            paths = try ReviewConfiguration.load(path: path, checks: ReviewCheckPlugins.registry().ids).glossaries
        }
        paths += glossaries
        var sources = [try BundledTermbase.load()]
        for path in paths { sources.append(try GlossaryFile.read(path: path)) }
        let matches = TermLookup(glossaries: sources).find(word, language: lang)
        guard !matches.isEmpty else {
            print(catalog.format("termsLookupNone", ["word": .string(word)]))
            throw ExitCode(ExitStatus.findings)
        }
        var out = ""
        for match in matches {
            out += Self.render(match, catalog: catalog)
        }
        out += catalog.format("termsLookupCount", ["count": .integer(matches.count), "word": .string(word)]) + "\n"
        print(out, terminator: "")
    }

    /// One entry: its id and glossary, then one line per term (language, term, status, gender, notes).
    static func render(_ match: TermLookup.Match, catalog: MessageCatalog) -> String {
        let concept = match.concept
        var out = "\(concept.id)  (\(match.glossary))\n"
        if let note = concept.note { out += "    \(note)\n" }
        let width = min(44, concept.terms.map { $0.text.count }.max() ?? 0)
        // Languages in the order they first appear; in each, preferred, admitted, forbidden.
        let languages = concept.languages
        let order = concept.terms.indices.sorted { a, b in
            let (termA, termB) = (concept.terms[a], concept.terms[b])
            let keyA = (languages.firstIndex(of: termA.primaryLanguage) ?? 0, TermStatus.allCases.firstIndex(of: termA.status) ?? 0, a)
            let keyB = (languages.firstIndex(of: termB.primaryLanguage) ?? 0, TermStatus.allCases.firstIndex(of: termB.status) ?? 0, b)
            return keyA < keyB
        }
        for position in order {
            let term = concept.terms[position]
            let marker = match.terms.contains(position) ? "*" : " "
            var line = "  \(marker) \(term.language.padding(3))\(term.text.padding(width + 2))"
            line += catalog.format("termsStatus\(term.status.rawValue.prefix(1).uppercased())\(term.status.rawValue.dropFirst())").padding(11)
            line += (term.gender?.rawValue ?? "").padding(3)
            var notes: [String] = []
            if !term.contextCues.isEmpty {
                notes.append(catalog.format("termsLookupContext", ["cues": .string(term.contextCues.joined(separator: "|"))]))
            }
            if term.doNotTranslate { notes.append(catalog.format("termsDoNotTranslate")) }
            if term.caseSensitive { notes.append(catalog.format("termsCaseSensitive")) }
            if let note = term.note, !note.isEmpty { notes.append(note) }
            line += notes.joined(separator: "; ")
            out += line.trimmingTrailingSpaces() + "\n"
        }
        // The gender spellings the preferred German masculine/feminine pair also matches.
        let german = order.map { concept.terms[$0] }.filter { $0.primaryLanguage == "de" && $0.status.isApproved }
        let curatedFirst = german.filter { $0.origin == "curated" } + german.filter { $0.origin != "curated" }
        if let masculine = curatedFirst.first(where: { $0.gender == .masculine && german.contains { $0.gender == .feminine } }),
           let feminine = german.first(where: { $0.gender == .feminine && $0.text == masculine.text + "in" })
               ?? german.first(where: { $0.gender == .feminine }) {
            let forms = TermLookup.germanForms(masculine: masculine.text, feminine: feminine.text)
            out += "      de " + catalog.format("termsLookupForms", ["forms": .string(forms.joined(separator: ", "))]) + "\n"
        }
        return out + "\n"
    }
}

extension String {
    /// The string padded with spaces to `width` characters (never cut).
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
