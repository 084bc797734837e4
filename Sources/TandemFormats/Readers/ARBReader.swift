import TandemCore

/// Reads Flutter ARB files: a JSON object of message keys to ICU MessageFormat
/// patterns, `@key` objects with a description and placeholders, `@@locale`.
public enum ARBReader {
    /// Reads an ARB file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> LocaleResource {
        let (root, duplicates) = try JSONReader.parse(source)
        guard let members = root.members else {
            throw source.error(at: root.position, "an ARB file must be a JSON object of messages, found \(root.kindName)")
        }
        var problems = duplicates
        var language: String?
        var descriptions: [String: String] = [:]
        var metadataPositions: [String: SourcePosition] = [:]
        for member in members where member.key.text.hasPrefix("@") {
            let key = member.key.text
            if key == "@@locale" {
                language = member.value.string?.text
                continue
            }
            if key.hasPrefix("@@") { continue }
            let name = String(key.dropFirst())
            metadataPositions[name] = member.keyPosition
            if member.value.members == nil {
                problems.append(FormatProblem(code: "arb-metadata", message: "the metadata '\(key)' must be an object, found \(member.value.kindName)", position: member.value.position, text: key))
            } else if let description = member.value["description"]?.string?.text {
                descriptions[name] = description
            }
        }
        var entries: [LocaleEntry] = []
        for member in members where !member.key.text.hasPrefix("@") {
            guard let text = member.value.string else {
                problems.append(FormatProblem(code: "value-type", message: "the message '\(member.key.text)' must be a string, found \(member.value.kindName)", position: member.value.position, text: member.key.text))
                continue
            }
            entries.append(LocaleEntry(key: member.key.text, keyPosition: member.keyPosition, value: .text(text),
                                       comments: descriptions[member.key.text].map { [$0] } ?? [], placeholderSyntax: .icu))
        }
        let keys = Set(entries.map(\.key))
        for (name, position) in metadataPositions.sorted(by: { $0.value < $1.value }) where !keys.contains(name) {
            problems.append(FormatProblem(code: "arb-orphan-metadata", message: "'@\(name)' describes a message '\(name)' that the file does not have", position: position, text: "@\(name)"))
        }
        return LocaleResource(path: source.path, format: .arb, language: language, entries: entries, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }
}
