import TandemCore
import TandemICU
@testable import TandemReview
import XCTest

final class EngineTests: XCTestCase {
    private func review(_ pairs: [(String, String)], settings: ReviewSettings = ReviewSettings(), target: String = "de-DE") throws -> [Finding] {
        let example = CheckExample(pairs: pairs.map { CheckExample.Pair($0.0, $0.1) }, expected: [], targetLanguage: target)
        let context = try ReviewContext(sourceLanguage: LanguageTag("en"), targetLanguage: LanguageTag(target))
        let engine = try ReviewEngine(context: context, settings: settings)
        var findings: [Finding] = []
        for pair in ExampleRunner.pairs(of: example, context: context) { findings += engine.review(pair) }
        return findings + engine.finish()
    }

    func testUntranslatedTextSilencesTheOtherChecks() throws {
        let findings = try review([("Training takes 12.5 days, \"a long time.\"", "Training takes 12.5 days, \"a long time.\"")])
        XCTAssertEqual(findings.map(\.check), ["untranslated"])
    }

    func testSeverityOverridesDisabledChecksAndIgnores() throws {
        let pair = ("Employers expect 100% of their attention.", "Arbeitgeber erwarten 100% ihrer Aufmerksamkeit.")
        XCTAssertEqual(try review([pair]).map(\.severity), [.minor])
        XCTAssertEqual(try review([pair], settings: ReviewSettings(severities: ["locale-conventions": .critical])).map(\.severity), [.critical])
        XCTAssertEqual(try review([pair], settings: ReviewSettings(disabled: ["locale-conventions"])), [])
        XCTAssertEqual(try review([pair], settings: ReviewSettings(ignores: [try IgnoreRule(pattern: "^100%$")])), [])
        XCTAssertEqual(try review([pair], settings: ReviewSettings(ignores: [try IgnoreRule(pattern: "100%", check: "spelling")])).count, 1)
    }

    func testFingerprintsSurviveLineMoves() throws {
        let early = try review([("Costs: $33,510", "Kosten: $33,510")])
        let late = try review([("Intro.", "Einleitung."), ("More.", "Mehr."), ("Costs: $33,510", "Kosten: $33,510")])
        XCTAssertEqual(early.count, 1)
        XCTAssertEqual(late.count, 1)
        XCTAssertNotEqual(early[0].target?.line, late[0].target?.line)
        XCTAssertEqual(early[0].fingerprint, late[0].fingerprint)
    }

    func testCorrectTranslationsAreQuiet() throws {
        let correct: [(String, String)] = [
            ("Customer service representatives (all genders) answer calls.", "Kundendienstmitarbeiter (m/w/d) beantworten Anrufe."),
            ("Representatives answer calls.", "Kundendienstmitarbeiter:innen beantworten Anrufe."),
            ("Representatives answer calls.", "Kundendienstmitarbeiter*innen beantworten Anrufe."),
            ("Representatives answer calls.", "KundendienstmitarbeiterInnen beantworten Anrufe."),
            ("The office is open from 9:00 a.m. to 5:30 p.m.", "Das Büro ist von 9:00 bis 17:30 Uhr geöffnet."),
            ("Total: €1,234.50", "Summe: 1.234,50 €"),
            ("On October 3, 2023, the office was closed.", "Am 3. Oktober 2023 war das Büro geschlossen."),
            ("They call it the \"face\" of the company.", "Sie nennen es das „Gesicht“ des Unternehmens."),
            ("Employment will grow by 4.5% between 2016 and 2026.", "Die Beschäftigung wächst zwischen 2016 und 2026 um 4,5 %."),
            ("Evening, weekend and holiday shifts are common.", "Abend-, Wochenend- und Feiertagsschichten sind üblich."),
        ]
        for pair in correct {
            let findings = try review([pair])
            XCTAssertEqual(findings.map { "\($0.check): \($0.messageKey) «\($0.target?.text ?? "")»" }, [], "\(pair)")
        }
        XCTAssertEqual(try review([("about 2,850,000 jobs", "etwa 2\u{A0}850\u{A0}000 Stellen")], target: "de-AT").count, 0)
        XCTAssertEqual(try review([("$33,510.25", "USD 33’510.25")], target: "de-CH").count, 0)
    }

    func testRegistryListsEveryCheckFile() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TandemReview/Checks")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        var ids: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let match = try XCTUnwrap(text.range(of: #"id: "[a-z-]+""#, options: .regularExpression), "\(file) declares no check id")
            ids.append(String(text[match].dropFirst(5).dropLast()))
        }
        XCTAssertEqual(Set(ids), Set(CheckRegistry.builtIn.ids), "every file in Checks/ must be in CheckRegistry.builtIn, and back")
        XCTAssertEqual(ids.count, CheckRegistry.builtIn.ids.count)
    }

    func testRegistryTakesPlugIns() throws {
        var registry = CheckRegistry.builtIn
        let descriptor = CheckDescriptor(id: "always", category: .terminology, severity: .neutral, summaryKey: "x", examples: []) { _ in AlwaysCheck() }
        registry.register(descriptor)
        XCTAssertEqual(registry.ids.last, "always")
        let context = try ReviewContext.englishToGerman()
        let engine = try ReviewEngine(context: context, registry: CheckRegistry([descriptor]))
        let pair = ExampleRunner.pairs(of: .passing("One.", "Eins."), context: context)[0]
        XCTAssertEqual(engine.review(pair).map(\.check), ["always"])
    }
}

/// A check that flags every target: shows how a check from another module plugs in.
final class AlwaysCheck: ReviewCheck {
    var descriptor: CheckDescriptor { CheckRegistry([]).descriptor("always") ?? CheckDescriptor(id: "always", category: .terminology, severity: .neutral, summaryKey: "x", examples: []) { _ in AlwaysCheck() } }
    func review(_ pair: PairView, into findings: inout FindingList) {
        findings.add(descriptor, pair: pair, key: "x", target: 0..<pair.target.scalars.count)
    }
}
