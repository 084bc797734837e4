import TandemCore
import TandemFormats

/// The occupation termbase that ships with tandem: `Locales/terminology/occupations.tsv`
/// (ESCO occupations and ISCO-08 groups with O*NET titles, generated) and
/// `curated.tsv` (hand-written corrections, context cues and forbidden renderings).
///
/// The two files are merged as `Locales/terminology/README.md` says: a curated
/// row with the same concept, language and term as a generated row replaces
/// it; every other curated row is added to its concept (or makes a new one).
public enum BundledTermbase {
    /// The folder with the two files, inside tandem's `Locales` folder.
    public static func directory() throws(InputError) -> String {
        try ResourceLocator.path("terminology")
    }

    /// Loads and merges the two files from `directory` (default: the bundled folder).
    public static func load(directory: String? = nil) throws(InputError) -> Glossary {
        let folder: String
        if let directory { folder = directory } else { folder = try Self.directory() }
        let occupations = try read("\(folder)/occupations.tsv")
        let curated = try read("\(folder)/curated.tsv")
        var merged = merge(occupations, curated)
        merged.path = folder
        merged.sourceLanguage = "en"
        merged.targetLanguage = "de"
        return merged
    }

    /// Reads one file of the bundled layout.
    static func read(_ path: String) throws(InputError) -> Glossary {
        let text = try SourceText.load(path: path)
        return try TermbaseTSVReader().read(bytes: text.bytes, path: path)
    }

    /// `base` with `overrides` applied: rows with the same (concept, language, term) are
    /// replaced in place, other rows are added, new concepts are appended.
    public static func merge(_ base: Glossary, _ overrides: Glossary) -> Glossary {
        var result = base
        var conceptIndex: [String: Int] = [:]
        for (index, concept) in result.concepts.enumerated() { conceptIndex[concept.id] = index }
        for concept in overrides.concepts {
            guard let index = conceptIndex[concept.id] else {
                conceptIndex[concept.id] = result.concepts.count
                result.concepts.append(concept)
                continue
            }
            for term in concept.terms {
                if let existing = result.concepts[index].terms.firstIndex(where: { $0.language == term.language && $0.text == term.text }) {
                    result.concepts[index].terms[existing] = term
                } else {
                    result.concepts[index].terms.append(term)
                }
            }
        }
        return result
    }
}
