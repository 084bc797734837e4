import Synchronization
import TandemCore

/// Compiled termbases kept for the life of the process: the bundled one per
/// language pair, and the bundled one plus a list of user glossaries.
public enum TermIndexCache {
    private static let indexes = Mutex<[String: TermIndex]>([:])

    /// The bundled termbase for the pair, with the glossary files at `glossaries` on top
    /// (in order; later files win). `bundled: false` leaves the bundled termbase out.
    public static func index(source: String, target: String, glossaries: [String], bundled: Bool = true,
                             bundledDirectory: String? = nil) throws(InputError) -> TermIndex {
        let pair = "\(Term.primaryLanguage(of: source))>\(Term.primaryLanguage(of: target))"
        let key = ([pair, bundled ? "bundled" : "-", bundledDirectory ?? ""] + glossaries).joined(separator: "\u{1F}")
        if let cached = indexes.withLock({ $0[key] }) { return cached }
        var layers: [Glossary] = []
        for path in glossaries {
            layers.append(try GlossaryFile.read(path: path, sourceLanguage: source, targetLanguage: target))
        }
        let index: TermIndex
        if bundled {
            let bundledKey = [pair, "bundled", bundledDirectory ?? ""].joined(separator: "\u{1F}")
            let base: TermIndex
            if let cached = indexes.withLock({ $0[bundledKey] }) {
                base = cached
            } else {
                base = try BundledTermbase.index(sourceLanguage: source, targetLanguage: target, directory: bundledDirectory)
                indexes.withLock { $0[bundledKey] = base }
            }
            index = base.adding(layers)
        } else {
            // User glossaries are layers 1…, never judged like the bundled termbase.
            index = TermIndex(sourceLanguage: source, targetLanguage: target).adding(layers)
        }
        indexes.withLock { $0[key] = index }
        return index
    }
}
