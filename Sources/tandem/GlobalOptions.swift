import ArgumentParser
import TandemCore

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("ui-lang"), help: "The language of tandem's messages: en or de (default: from LC_ALL, LC_MESSAGES or LANG).")
    var uiLanguage: String?

    func validate() throws {
        if let uiLanguage, !MessageCatalog.supportedLanguages.contains(uiLanguage) {
            throw ValidationError("--ui-lang must be one of: \(MessageCatalog.supportedLanguages.joined(separator: ", "))")
        }
    }

    /// Loads the message catalog for the chosen UI language.
    func catalog() -> MessageCatalog { Console.catalog(language: uiLanguage) }
}
