import Foundation
import TandemCore

/// Printing to the terminal, in the UI language.
enum Console {
    nonisolated(unsafe) private static var loaded: MessageCatalog?

    /// The catalog for `language`, or for the environment's language.
    static func catalog(language: String? = nil) -> MessageCatalog {
        if let loaded, language == nil || loaded.language == language { return loaded }
        let chosen = language ?? MessageCatalog.languageFromEnvironment()
        do {
            let catalog = try MessageCatalog(language: chosen, directory: try ResourceLocator.requireLocales())
            loaded = catalog
            return catalog
        } catch {
            FileHandle.standardError.write(Data("tandem: cannot load its messages: \(error)\n".utf8))
            Foundation.exit(ExitStatus.inputError)
        }
    }

    /// Prints an error line to standard error.
    static func error(_ message: String) {
        let line = catalog().format("errorPrefix", ["message": .string(message)])
        FileHandle.standardError.write(Data("tandem: \(line)\n".utf8))
    }

    /// Prints a note to standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("tandem: \(message)\n".utf8))
    }
}
