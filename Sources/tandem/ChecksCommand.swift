import ArgumentParser
import TandemCore
import TandemReview

/// `tandem checks`: every check with its description and examples.
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "List the checks of tandem review with their descriptions and examples."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = global.catalog()
        var out = ""
        for descriptor in ReviewCheckPlugins.registry().descriptors {
            out += CheckHelp.text(descriptor, catalog: catalog, title: true) + "\n"
        }
        print(out, terminator: "")
    }
}

/// A check's description and examples as text (`tandem checks`, SARIF rule help).
enum CheckHelp {
    static func text(_ descriptor: CheckDescriptor, catalog: MessageCatalog, title: Bool = false) -> String {
        var out = ""
        if title {
            out += catalog.format("checksTitle", [
                "id": .string(descriptor.id), "category": .string(descriptor.category.rawValue),
                "severity": .string(catalog.format("severity_\(descriptor.severity.rawValue)")),
            ]) + "\n"
        }
        out += "  " + catalog.format(descriptor.summaryKey) + "\n"
        for example in descriptor.examples {
            let label = catalog.format(example.isFailing ? "checksFlagged" : "checksAccepted")
            let pairs = example.pairs.map { pair in
                let source = pair.source.isEmpty ? "∅" : pair.source
                let target = pair.target.isEmpty ? "∅" : pair.target
                return "\(source)  →  \(target)"
            }.joined(separator: " | ")
            out += "    \(label) \(pairs)"
            if example.targetLanguage != "de-DE" { out += "  (\(example.targetLanguage))" }
            if let expected = example.expected.first {
                out += "\n        " + catalog.format("checksFinds", ["text": .string(expected.excerpt)])
                if let suggestion = expected.suggestion { out += " → «\(suggestion)»" }
            }
            out += "\n"
        }
        return out
    }
}
