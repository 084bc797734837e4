import Foundation
import TandemCore
@testable import TandemLint
import XCTest

final class GroupingTests: XCTestCase {
    func testLanguagesFromPathLayouts() {
        let cases: [(String, String?, String)] = [
            ("app/src/main/res/values-de/strings.xml", "de", "app/src/main/res/values-{lang}/strings.xml"),
            ("app/src/main/res/values-de-rCH/strings.xml", "de-CH", "app/src/main/res/values-{lang}/strings.xml"),
            ("app/src/main/res/values-b+sr+Latn/strings.xml", "sr-Latn", "app/src/main/res/values-{lang}/strings.xml"),
            ("Shop/de.lproj/Localizable.strings", "de", "Shop/{lang}.lproj/Localizable.strings"),
            ("public/locales/de/checkout.json", "de", "public/locales/{lang}/checkout.json"),
            ("_locales/pt_BR/messages.json", "pt-BR", "_locales/{lang}/messages.json"),
            ("src/main/resources/messages_de_CH.properties", "de-CH", "src/main/resources/messages_{lang}.properties"),
            ("po/de.po", "de", "po/{lang}.po"),
            ("lib/l10n/app_de.arb", "de", "lib/l10n/app_{lang}.arb"),
            ("config/locales/de.yml", "de", "config/locales/{lang}.yml"),
            ("Locales/en/tandem.arb", "en", "Locales/{lang}/tandem.arb"),
        ]
        for (path, language, identity) in cases {
            let inferred = LanguageInference.infer(path)
            XCTAssertEqual(inferred.language, language, path)
            XCTAssertEqual(inferred.identity, identity, path)
        }
        XCTAssertTrue(LanguageInference.infer("res/values/strings.xml").isDefault)
        XCTAssertTrue(LanguageInference.infer("Shop/Base.lproj/Main.strings").isDefault)
        // Words that are not language codes stay words.
        XCTAssertNil(LanguageInference.infer("src/ui/strings.json").language)
        XCTAssertNil(LanguageInference.infer("web/app/shop-cart.json").language)
    }

    func testDefaultFilesAreTheReference() throws {
        let folder = NSTemporaryDirectory() + "tandem-grouping-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func write(_ name: String, _ text: String) throws {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        try write("res/values/strings.xml", "<resources><string name=\"cart\">Cart</string><string name=\"pay\">Pay</string></resources>")
        try write("res/values-de/strings.xml", "<resources><string name=\"cart\">Warenkorb</string></resources>")
        try write("bundle/messages.properties", "cart=Cart\npay=Pay\n")
        try write("bundle/messages_de.properties", "cart=Warenkorb\n")
        let report = try LintEngine(configuration: LintConfiguration()).run(paths: [folder])
        let missing = report.findings.filter { $0.check == "missing-key" }.map { "\($0.target!.path!.dropFirst(folder.count + 1)) \($0.messageArguments["key"]!)" }
        XCTAssertEqual(missing, ["bundle/messages_de.properties pay", "res/values-de/strings.xml pay"])
    }

    func testConfiguredResourcePatterns() throws {
        let folder = NSTemporaryDirectory() + "tandem-grouping-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/strings", withIntermediateDirectories: true)
        try Data("{\"cart\": \"Cart\", \"pay\": \"Pay\"}".utf8).write(to: URL(fileURLWithPath: folder + "/strings/shop-english.json"))
        try Data("{\"cart\": \"Warenkorb\"}".utf8).write(to: URL(fileURLWithPath: folder + "/strings/shop-german.json"))
        let configurationPath = folder + "/tandem.yml"
        try Data("lint:\n  reference: english\n  resources:\n    - \"\(folder)/strings/shop-{lang}.json\"\n".utf8).write(to: URL(fileURLWithPath: configurationPath))
        // Patterns name languages the way the project does; the reference is one of them.
        var configuration = try LintConfiguration.load(path: configurationPath)
        XCTAssertEqual(configuration.reference, "english")
        XCTAssertEqual(configuration.resources.count, 1)
        configuration.reference = "english"
        let report = try LintEngine(configuration: configuration).run(paths: [folder + "/strings"])
        XCTAssertEqual(report.findings.filter { $0.check == "missing-key" }.map { $0.messageArguments["key"] }, ["pay"])
    }

    func testConfigurationErrorsNameTheProblem() throws {
        let path = NSTemporaryDirectory() + "tandem-config-\(UUID().uuidString).yml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("lint:\n  disable: [spelling-of-keys]\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try LintConfiguration.load(path: path)) { error in
            guard case let InputError.syntax(_, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual([line, column], [2, 13])
            XCTAssertTrue(message.contains("spelling-of-keys"))
        }
        // A misspelt lint setting is an error too, not silently ignored; review's settings are left to review.
        try Data("checks:\n  spelling: off\nlint:\n  reference: en\n  severty: {missing-key: minor}\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try LintConfiguration.load(path: path)) { error in
            guard case let InputError.syntax(_, line, column, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual([line, column], [5, 3])
            XCTAssertTrue(message.contains("severty"), message)
        }
    }
}
