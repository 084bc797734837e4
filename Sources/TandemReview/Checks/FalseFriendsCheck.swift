import TandemCore

/// False friends and culture-bound mistranslations: a German word that looks
/// like the English one, or names the German institution, where the source
/// means something else — "actual" rendered `aktuell`, a US "state" rendered
/// `Bundesland`, a "high school diploma" rendered `Abitur`.
///
/// The entries are data, in `Locales/review/false-friends.en-de.tsv`: each
/// names the English trigger, the wrong German forms, cues the source segment
/// must have, source words that make the German word right after all ("actual"
/// and "current" in one sentence: `aktuell` may translate "current"), and
/// source words anywhere in the document that do (a text about Germany has
/// Bundesländer). Findings of an entry with such document words wait for the
/// end of the document.
///
/// German words match whole (or as the last part of a hyphenated compound),
/// never inside a closed compound: `Diplomatin` is not `Diplom`.
public final class FalseFriendsCheck: ReviewCheck {
    public static let descriptor = CheckDescriptor(
        id: "false-friends", category: .mistranslation, severity: .major, summaryKey: "checkFalseFriendsSummary",
        examples: examples, make: { context in try FalseFriendsCheck(context: context) })

    public var descriptor: CheckDescriptor { Self.descriptor }
    private let entries: [FalseFriend]
    /// German words that any entry names as wrong, word starts and word endings (a quick test before the entries are tried).
    private let wrongWords: Set<String>
    private let wrongStarts: [String]
    private let wrongEndings: [String]
    /// The entries each document word belongs to.
    private let documentCueEntries: [String: [Int]]
    /// Whether each entry's document words have been seen in the source so far.
    private var documentExcused: [Bool]
    /// Findings waiting for the end of the document, with their entry.
    private var pending: [(entry: Int, finding: Finding)] = []

    init(context: ReviewContext) throws(InputError) {
        if context.source.code == "en", context.target.code == "de", let folder = context.localesDirectory {
            entries = try FalseFriend.load(path: "\(folder)/review/false-friends.en-de.tsv")
        } else {
            entries = []
        }
        wrongWords = Set(entries.flatMap(\.wrong))
        wrongStarts = entries.flatMap(\.wrongStarts)
        wrongEndings = entries.flatMap(\.wrongEndings)
        documentExcused = Array(repeating: false, count: entries.count)
        var cueEntries: [String: [Int]] = [:]
        for (number, entry) in entries.enumerated() {
            for cue in entry.documentCues { cueEntries[cue.text, default: []].append(number) }
        }
        documentCueEntries = cueEntries
    }

    public func review(_ pair: PairView, into findings: inout FindingList) {
        guard !entries.isEmpty else { return }
        noteDocumentCues(in: pair.source.words)
        let targetWords = pair.target.words.compactMap { word -> (word: Word, form: String)? in
            let form = Self.lastPart(word.lowercased)
            let wrong = wrongWords.contains(form) || wrongStarts.contains { form.utf8.starts(with: $0.utf8) }
                || wrongEndings.contains { form.utf8.count > $0.utf8.count && form.hasSuffix($0) }
            return wrong ? (word, form) : nil
        }
        guard !targetWords.isEmpty else { return }
        let source = FalseFriend.SourceWords(pair.source.words)
        for (number, entry) in entries.enumerated() {
            guard entry.sources.contains(where: { $0.occurs(in: source) }),
                  entry.requires.isEmpty || entry.requires.contains(where: { $0.occurs(in: source) }),
                  !entry.unless.contains(where: { $0.occurs(in: source) }) else { continue }
            for (word, form) in targetWords where entry.isWrong(form) {
                let trigger = entry.sources.first { $0.occurs(in: source) }!
                let finding = Finding(
                    check: Self.descriptor.id, category: .mistranslation, severity: Self.descriptor.severity,
                    messageKey: "reviewFalseFriend",
                    messageArguments: ["found": word.text, "source": trigger.text, "note": entry.noteEnglish,
                                       "note@de": entry.noteGerman, "suggestion": entry.suggestion],
                    suggestion: entry.suggestion, source: trigger.range(in: pair.source.words).flatMap { pair.source.span($0) },
                    target: pair.target.span(word.range), pairIndex: pair.index, discriminator: form)
                if entry.documentCues.isEmpty {
                    findings.append(finding, targetRange: word.range)
                } else if !documentExcused[number] {
                    pending.append((number, finding))
                }
            }
        }
    }

    /// Marks the entries whose document words occur among `words` (single words: one lookup per word).
    private func noteDocumentCues(in words: [Word]) {
        guard !documentCueEntries.isEmpty else { return }
        for word in words {
            guard let numbers = documentCueEntries[word.lowercased] else { continue }
            for number in numbers { documentExcused[number] = true }
        }
    }

    public func finish(into findings: inout FindingList) {
        for (entry, finding) in pending where !documentExcused[entry] { findings.append(finding) }
        pending.removeAll()
    }

    /// The part after the last hyphen (`us-bundesländer` → `bundesländer`).
    static func lastPart(_ word: String) -> String {
        // Most words have no hyphen: look at the bytes first (U+2010 and U+2011 start with 0xE2).
        guard word.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }) else { return word }
        guard let hyphen = word.unicodeScalars.lastIndex(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) else { return word }
        return String(word.unicodeScalars[word.unicodeScalars.index(after: hyphen)...])
    }

    static let examples: [CheckExample] = [
        .failing("In some states, selling insurance requires a license.",
                 "In einigen Bundesländern ist für den Verkauf von Versicherungen eine Lizenz nötig.",
                 flags: "Bundesländern", suggestion: "Bundesstaat, Bundesstaaten", "a US state is a Bundesstaat"),
        .passing("In some states, selling insurance requires a license.",
                 "In einigen Bundesstaaten ist für den Verkauf von Versicherungen eine Lizenz nötig."),
        CheckExample(pairs: [.init("Germany has sixteen states.", "Deutschland hat sechzehn Länder."),
                             .init("Each state has its own school law.", "Jedes Bundesland hat ein eigenes Schulgesetz.")],
                     expected: [], note: "a text about Germany: its states are Bundesländer"),
        .failing("You need a high school diploma or an equivalency diploma.",
                 "Sie brauchen ein Abitur oder ein gleichwertiges Diplom.", flags: "Abitur",
                 suggestion: "Highschool-Abschluss, Schulabschluss", "the Abitur is German; the Diplom a university degree"),
        .passing("You need a high school diploma.", "Sie brauchen einen Highschool-Abschluss."),
        .passing("She holds a diploma in engineering.", "Sie hat ein Diplom in Ingenieurwissenschaften.",
                 "no school named: a diploma may be a Diplom"),
        .passing("The diplomat met the high school principal.", "Die Diplomatin traf den Schulleiter der Highschool.",
                 "Diplomatin is not Diplom"),
        .failing("Here are some requirements from actual job ads.", "Hier sind einige Anforderungen aus aktuellen Stellenanzeigen.",
                 flags: "aktuellen", suggestion: "tatsächlich, echt, wirklich"),
        .passing("The actual cost and the current price differ.", "Die tatsächlichen Kosten und der aktuelle Preis unterscheiden sich.",
                 "aktuell translates current here"),
        .failing("Educational requirements vary.", "Die pädagogischen Anforderungen variieren.", flags: "pädagogischen"),
        .passing("Educational games help children learn.", "Pädagogische Spiele helfen Kindern beim Lernen."),
        .failing("Eventually, every caller gets an answer.", "Eventuell bekommt jeder Anrufer eine Antwort.", flags: "Eventuell",
                 suggestion: "schließlich, letztendlich, irgendwann"),
        .passing("You may eventually need help.", "Eventuell brauchen Sie irgendwann Hilfe.", "may is rendered eventuell"),
        .failing("You can become a representative.", "Sie können einen Vertreter bekommen.", flags: "bekommen", suggestion: "werden"),
        .passing("Calls become easier once you get training.", "Anrufe werden leichter, wenn Sie eine Schulung bekommen."),
        .failing("Confer with customers by phone.", "Konferenzen mit Kunden per Telefon.", flags: "Konferenzen"),
        .passing("Keep a notepad handy.", "Halten Sie einen Notizblock griffbereit."),
        .failing("HS or equivalency diploma", "Highschool oder Gleichwertigkeitsdiplom", flags: "Gleichwertigkeitsdiplom",
                 "a compound ending in Diplom"),
        .failing("It can be, but it also has a big downside.", "Es kann sein, hat aber auch ein großes Abwärtspotenzial.",
                 flags: "Abwärtspotenzial", suggestion: "Nachteil, Kehrseite"),
        .passing("The stock has little downside.", "Die Aktie hat wenig Abwärtspotenzial.", "a financial text"),
        .failing("Interests: Enterprising, Conventional", "Interessen: Unternehmen, konventionell", flags: "Unternehmen",
                 suggestion: "unternehmerisch"),
        .passing("Enterprising people often start a company.", "Unternehmerische Menschen gründen oft ein Unternehmen.",
                 "Unternehmen translates company"),
        .failing("The median pay was $35,000.", "Das Durchschnittsgehalt betrug 35.000 USD.", flags: "Durchschnittsgehalt",
                 suggestion: "Median, mittleres (Median-)", "a word starting with Durchschnitt"),
        .passing("The median pay is above the average for all jobs.",
                 "Das mittlere Gehalt liegt über dem Durchschnitt aller Berufe.", "Durchschnitt translates average"),
    ]
}

/// One entry of the false-friends list.
struct FalseFriend: Sendable {
    /// An English word or phrase to look for, with a final `*` matching any ending.
    struct Cue: Sendable {
        let text: String
        let words: [String]
        let isPrefix: Bool

        init(_ text: String) {
            self.text = text.hasSuffix("*") ? String(text.dropLast()) : text
            isPrefix = text.hasSuffix("*")
            words = self.text.split(separator: " ").map(String.init)
        }

        /// The range of its words among `words` (the first occurrence), if present.
        func range(in words: [Word]) -> Range<Int>? {
            guard let start = start(in: words.map(\.lowercased)) else { return nil }
            return words[start].range.lowerBound..<words[start + self.words.count - 1].range.upperBound
        }

        /// Whether it occurs among a segment's words.
        func occurs(in source: SourceWords) -> Bool {
            if words.count == 1, !isPrefix { return source.set.contains(words[0]) }
            return start(in: source.list) != nil
        }

        private func start(in lowered: [String]) -> Int? {
            guard !words.isEmpty, lowered.count >= words.count else { return nil }
            for start in 0...(lowered.count - words.count) {
                var matches = true
                for (offset, word) in words.enumerated() {
                    let candidate = lowered[start + offset]
                    let last = offset == words.count - 1
                    if !(candidate == word || (last && isPrefix && candidate.hasPrefix(word))) { matches = false; break }
                }
                if matches { return start }
            }
            return nil
        }
    }

    /// A source segment's words in lower case, as a list (for phrases and word starts) and a set.
    struct SourceWords {
        let list: [String]
        let set: Set<String>

        init(_ words: [Word]) {
            list = words.map(\.lowercased)
            set = Set(list)
        }
    }

    let sources: [Cue]
    /// Wrong German forms, whole words.
    let wrong: Set<String>
    /// Wrong German word starts (written with a final `*`) and word endings (a leading `*`): the
    /// heads and first parts of closed compounds (`Gleichwertigkeitsdiplom`).
    let wrongStarts: [String]
    let wrongEndings: [String]
    let requires: [Cue]
    let unless: [Cue]
    let documentCues: [Cue]
    let suggestion: String
    let noteEnglish: String
    let noteGerman: String

    /// Whether the German word `form` (lower case) is one of the wrong renderings.
    func isWrong(_ form: String) -> Bool {
        wrong.contains(form) || wrongStarts.contains { form.hasPrefix($0) }
            || wrongEndings.contains { form.count > $0.count && form.hasSuffix($0) }
    }

    /// Reads the list; a malformed line is an error naming its line.
    static func load(path: String) throws(InputError) -> [FalseFriend] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        var entries: [FalseFriend] = []
        var sawHeader = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 8 else {
                throw .syntax(path: path, line: number + 1, column: 1, message: "expected 8 tab-separated columns, found \(cells.count)")
            }
            if !sawHeader { sawHeader = true; continue }
            func cues(_ cell: String) -> [Cue] { cell.split(separator: "|").map { Cue(String($0)) } }
            let documentCues = cues(cells[4])
            if let phrase = documentCues.first(where: { $0.words.count != 1 || $0.isPrefix }) {
                throw .syntax(path: path, line: number + 1, column: 1, message: "document words are single whole words; '\(phrase.text)' is not")
            }
            let forms = cells[1].split(separator: "|").map(String.init)
            entries.append(FalseFriend(sources: cues(cells[0]), wrong: Set(forms.filter { !$0.hasSuffix("*") && !$0.hasPrefix("*") }),
                                       wrongStarts: forms.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) },
                                       wrongEndings: forms.filter { $0.hasPrefix("*") }.map { String($0.dropFirst()) },
                                       requires: cues(cells[2]), unless: cues(cells[3]), documentCues: documentCues,
                                       suggestion: cells[5], noteEnglish: cells[6], noteGerman: cells[7]))
        }
        return entries
    }
}
