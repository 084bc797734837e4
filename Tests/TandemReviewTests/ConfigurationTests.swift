import TandemCore
import TandemReview
import XCTest

final class ConfigurationTests: XCTestCase {
    private let checks = CheckRegistry.builtIn.ids

    func testReadsEverySetting() throws {
        let text = """
        source-language: en
        target-language: de-CH
        fail-on: minor
        glossaries: [terms.tbx]
        checks:
          spelling: off
          numbers: critical
          typography: {enabled: true, severity: major}
        ignore:
          - "O\\\\*NET"
          - {pattern: "Callcenter", check: spelling}
        """
        let configuration = try ReviewConfiguration.parse(text, path: "/project/.tandem.yml", checks: checks)
        XCTAssertEqual(configuration.targetLanguage, "de-CH")
        XCTAssertEqual(configuration.failOn, .minor)
        XCTAssertEqual(configuration.glossaries, ["/project/terms.tbx"])
        XCTAssertFalse(configuration.settings.isEnabled("spelling"))
        XCTAssertEqual(configuration.settings.severities["numbers"], .critical)
        XCTAssertEqual(configuration.settings.severities["typography"], .major)
        XCTAssertEqual(configuration.settings.ignores.map(\.pattern), ["O\\*NET", "Callcenter"])
        XCTAssertEqual(configuration.settings.ignores.map(\.check), [nil, "spelling"])
    }

    func testErrorsHaveLineAndColumn() {
        func error(_ text: String) -> InputError? {
            do {
                _ = try ReviewConfiguration.parse(text, path: ".tandem.yml", checks: checks)
                return nil
            } catch {
                return error
            }
        }
        guard case let .syntax(_, line, column, message)? = error("checks:\n  spelling: off\n  grammer: on\n") else { return XCTFail() }
        XCTAssertEqual([line, column], [3, 3])
        XCTAssertTrue(message.contains("grammer"), message)
        guard case let .syntax(_, line2, _, message2)? = error("fail-on: severe\n") else { return XCTFail() }
        XCTAssertEqual(line2, 1)
        XCTAssertTrue(message2.contains("severe"))
        guard case let .syntax(_, line3, _, message3)? = error("checks:\n  spelling: off\n  spelling: on\n") else { return XCTFail() }
        XCTAssertTrue(line3 >= 1 && message3.contains("spelling"), message3)
        guard case let .syntax(_, line4, _, _)? = error("checks: [unclosed\n") else { return XCTFail() }
        XCTAssertGreaterThanOrEqual(line4, 1)
        guard case .syntax? = error("ignore:\n  - \"([\"\n") else { return XCTFail("a bad regular expression is an error") }
    }
}

/// One `.tandem.yml` serves review and lint: each reads its own settings, and a setting neither knows is an error.
final class SharedConfigurationTests: XCTestCase {
    func testReviewAcceptsTheLintSectionAndRejectsUnknownSettings() throws {
        let text = "target-language: de-AT\nlint:\n  reference: en\n  disable: [untranslated]\n"
        let configuration = try ReviewConfiguration.parse(text, path: ".tandem.yml", checks: CheckRegistry.builtIn.ids)
        XCTAssertEqual(configuration.targetLanguage, "de-AT")
        do {
            _ = try ReviewConfiguration.parse("target-langauge: de\n", path: ".tandem.yml", checks: CheckRegistry.builtIn.ids)
            XCTFail("a misspelt setting is an error")
        } catch let InputError.syntax(_, line, column, message) {
            XCTAssertEqual([line, column], [1, 1])
            XCTAssertTrue(message.contains("target-langauge") && message.contains("lint"), message)
        }
    }
}
