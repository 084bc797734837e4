import Foundation

/// Finds tandem's data folder `Locales/` (message catalogs, abbreviation lists,
/// the bundled termbase and samples).
///
/// Looked for, in order: `$TANDEM_LOCALES`; a `Locales` folder beside the
/// executable or in one of its parent folders (a build inside the repository;
/// never the working directory, which may hold a project's own `Locales`);
/// `/usr/local/share/tandem/Locales` and `/usr/share/tandem/Locales` (installed).
public enum ResourceLocator {
    /// The `Locales` folder, or nil if none is found.
    public static let localesDirectory: String? = findLocales()

    /// The `Locales` folder, or an error that says where tandem looked.
    public static func requireLocales() throws(InputError) -> String {
        guard let directory = localesDirectory else {
            throw .other(message: "tandem cannot find its data folder Locales/: set TANDEM_LOCALES to its path")
        }
        return directory
    }

    /// The path of a file inside `Locales/`.
    public static func path(_ relative: String) throws(InputError) -> String {
        "\(try requireLocales())/\(relative)"
    }

    private static func findLocales() -> String? {
        let manager = FileManager.default
        func isLocales(_ path: String) -> Bool {
            manager.fileExists(atPath: "\(path)/en/tandem.arb")
        }
        if let explicit = ProcessInfo.processInfo.environment["TANDEM_LOCALES"], isLocales(explicit) {
            return explicit
        }
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent())
        }
        for start in candidates {
            var folder = start
            for _ in 0..<8 {
                let path = folder.appendingPathComponent("Locales").path
                if isLocales(path) { return path }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        for path in ["/usr/local/share/tandem/Locales", "/usr/share/tandem/Locales"] where isLocales(path) {
            return path
        }
        return nil
    }
}
