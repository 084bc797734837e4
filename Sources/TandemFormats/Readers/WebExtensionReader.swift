import TandemCore

/// Reads WebExtension `_locales/<lang>/messages.json`: `{"key": {"message": …,
/// "description": …, "placeholders": {"name": {"content": "$1"}}}}`.
///
/// Keys are case-insensitive in browsers, so keys differing only in case are duplicates.
public enum WebExtensionReader {
    /// Reads a messages.json file already decoded.
    public static func read(_ source: SourceText) throws(InputError) -> LocaleResource {
        let (root, duplicates) = try JSONReader.parse(source)
        guard let members = root.members else {
            throw source.error(at: root.position, "messages.json must be a JSON object of messages, found \(root.kindName)")
        }
        var problems = duplicates
        var entries: [LocaleEntry] = []
        var folded: [String: SourcePosition] = [:]
        for member in members {
            let key = member.key.text
            if let first = folded[key.lowercased()], !problems.contains(where: { $0.position == member.keyPosition }) {
                problems.append(FormatProblem(code: "duplicate-key", message: "the key '\(key)' differs only in case from a key at \(first); browsers treat them as one", position: member.keyPosition, text: key))
            } else {
                folded[key.lowercased()] = member.keyPosition
            }
            if key.hasPrefix("@@") || key.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "@") }) {
                problems.append(FormatProblem(code: "key-name", message: "'\(key)' is not a valid message name (letters, digits, '_' and '@', not starting with '@@')", position: member.keyPosition, text: key))
            }
            guard member.value.members != nil else {
                problems.append(FormatProblem(code: "value-type", message: "the message '\(key)' must be an object with a \"message\", found \(member.value.kindName)", position: member.value.position, text: key))
                continue
            }
            guard let message = member.value["message"]?.string else {
                problems.append(FormatProblem(code: "value-type", message: "the message '\(key)' has no \"message\" string", position: member.value.position, text: key))
                continue
            }
            var flags: [String] = []
            if let placeholders = member.value["placeholders"]?.members {
                flags = placeholders.map { "placeholder:\($0.key.text.lowercased())" }
            }
            entries.append(LocaleEntry(key: key, keyPosition: member.keyPosition, value: .text(message),
                                       comments: member.value["description"]?.string.map { [$0.text] } ?? [], flags: flags, placeholderSyntax: .webExtension))
        }
        return LocaleResource(path: source.path, format: .webExtension, language: nil, entries: entries, problems: problems,
                              encoding: source.encoding, hasByteOrderMark: source.byteOrderMarkLength > 0)
    }
}
