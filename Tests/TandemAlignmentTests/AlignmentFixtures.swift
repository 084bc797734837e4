import TandemAlignment
import TandemCore
import TandemSegmentation
import XCTest

/// Shared helpers: segmenting test texts and checking alignment invariants.
enum Fixtures {
    static let locales: String = {
        if let found = ResourceLocator.localesDirectory { return found }
        // Tests run from the build folder: find Locales/ beside the package.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Locales").path
    }()

    static func blocks(_ text: String, language: String) -> [Block] {
        let profile = (try? LanguageProfile.load(language: language, directory: locales))
            ?? LanguageProfile(language: language, sections: [:])
        return Segmenter(profile: profile).blocks(of: text)
    }

    /// The dictionary of trans-de-en (or `$TANDEM_DICTIONARY`), or a small built-in one when it is not installed.
    static let dictionary: BilingualDictionary = {
        let path = ProcessInfo.processInfo.environment["TANDEM_DICTIONARY"] ?? BilingualDictionary.defaultPath
        if let real = try? BilingualDictionary.shared(path: path) { return real }
        return BilingualDictionary.parse(text: smallDictionary)
    }()

    static let smallDictionary = """
    Kunde {m}; Kundin {f} | Kunden {pl}; Kundinnen {pl} :: customer; client | customers; clients
    Rechnung {f} | Rechnungen {pl} :: bill; invoice | bills; invoices
    Paket {n} | Pakete {pl} :: package | packages
    Verwaltung {f} :: management; administration
    installieren {vt} | installierend | installiert :: to install | installing | installed
    Datei {f} | Dateien {pl} :: file | files
    Server {m} :: server
    Schritt {m} | Schritte {pl} :: step | steps
    Stunde {f} | Stunden {pl} :: hour | hours
    Woche {f} | Wochen {pl} :: week | weeks
    Schulung {f} | Schulungen {pl} :: training | trainings
    Raum {m} | Räume {pl} :: room | rooms
    ruhig {adj} :: quiet; calm
    Besucher {m} | Besucher {pl} :: visitor | visitors
    Aktualisierung {f} :: update
    Minute {f} | Minuten {pl} :: minute | minutes
    Computer {m} :: computer
    Bewerbung {f} :: application
    """

    static func aligner(_ source: String = "en", _ target: String = "de", dictionary: BilingualDictionary? = Fixtures.dictionary) -> Aligner {
        Aligner(sourceLanguage: source, targetLanguage: target, dictionary: dictionary)
    }

    /// Every segment of both sides appears once, in order, and scores are within 0…1.
    static func assertComplete(_ pairs: [SegmentPair], _ source: [Block], _ target: [Block],
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(pairs.flatMap(\.source).map(\.index), source.flatMap(\.segments).map(\.index), "source order", file: file, line: line)
        XCTAssertEqual(pairs.flatMap(\.target).map(\.index), target.flatMap(\.segments).map(\.index), "target order", file: file, line: line)
        for pair in pairs {
            XCTAssertTrue((0...1).contains(pair.score), "score \(pair.score)", file: file, line: line)
            XCTAssertEqual(pair.kind, "\(pair.source.count)-\(pair.target.count)", file: file, line: line)
        }
    }

    /// The pairs as `kind: source texts | target texts` lines, for readable assertions.
    static func summary(_ pairs: [SegmentPair]) -> [String] {
        pairs.map { "\($0.kind): \($0.sourceText) | \($0.targetText)" }
    }
}
