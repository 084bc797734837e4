import Foundation
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

    /// The precomputed English → German index in the folder, written by ``writeIndex(directory:)``.
    public static let indexFileName = "occupations.en-de.index"

    /// Loads and merges the two files from `directory` (default: the bundled folder).
    public static func load(directory: String? = nil) throws(InputError) -> Glossary {
        try load(files: Files(directory: directory))
    }

    /// The termbase compiled for a language pair.
    ///
    /// For English → German this reads the precomputed index file next to the TSV
    /// files when it was built from exactly these files by this version of the
    /// matcher (a hash of both files and ``TermIndex/formatVersion`` are stamped in
    /// it); otherwise, and for other pairs, it compiles the TSV files.
    public static func index(sourceLanguage: String = "en", targetLanguage: String = "de",
                             directory: String? = nil) throws(InputError) -> TermIndex {
        let files = try Files(directory: directory)
        if Term.primaryLanguage(of: sourceLanguage) == "en", Term.primaryLanguage(of: targetLanguage) == "de",
           let bytes = try? SourceText.readBytes(path: "\(files.folder)/\(indexFileName)"),
           let index = TermIndex(serialized: bytes, expectedHash: files.hash) {
            return index
        }
        return TermIndex(glossaries: [try load(files: files)], sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// Compiles the English → German index and writes it next to the TSV files; returns its path.
    @discardableResult
    public static func writeIndex(directory: String? = nil) throws(InputError) -> String {
        let files = try Files(directory: directory)
        let path = "\(files.folder)/\(indexFileName)"
        let bytes = try compiledIndex(files: files)
        try AtomicFile.write(bytes, to: path)
        return path
    }

    /// The bytes the index file of `directory` should have: the TSV files compiled now.
    static func compiledIndex(directory: String? = nil) throws(InputError) -> [UInt8] {
        try compiledIndex(files: Files(directory: directory))
    }

    private static func compiledIndex(files: Files) throws(InputError) -> [UInt8] {
        let index = TermIndex(glossaries: [try load(files: files)], sourceLanguage: "en", targetLanguage: "de")
        return index.serialized(sourceHash: files.hash)
    }

    /// Whether the index file in the folder was built from its TSV files by this version.
    public static func indexIsCurrent(directory: String? = nil) throws(InputError) -> Bool {
        let files = try Files(directory: directory)
        guard let bytes = try? SourceText.readBytes(path: "\(files.folder)/\(indexFileName)") else { return false }
        return TermIndex(serialized: bytes, expectedHash: files.hash) != nil
    }

    /// The two TSV files of a folder, read once.
    private struct Files {
        var folder: String
        var occupations: SourceText
        var curated: SourceText

        init(directory: String?) throws(InputError) {
            if let directory { folder = directory } else { folder = try BundledTermbase.directory() }
            occupations = try SourceText.load(path: "\(folder)/occupations.tsv")
            curated = try SourceText.load(path: "\(folder)/curated.tsv")
        }

        /// FNV-1a over both files' bytes.
        var hash: UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for bytes in [occupations.bytes, curated.bytes] {
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x100_0000_01b3
                }
                hash ^= 0xFF
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
    }

    private static func load(files: Files) throws(InputError) -> Glossary {
        let occupations = try TermbaseTSVReader().read(bytes: files.occupations.bytes, path: files.occupations.path)
        let curated = try TermbaseTSVReader().read(bytes: files.curated.bytes, path: files.curated.path)
        var merged = merge(occupations, curated)
        merged.path = files.folder
        merged.sourceLanguage = "en"
        merged.targetLanguage = "de"
        return merged
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
