import TandemCore
import TandemFormats

/// One language of a resource in a group.
struct GroupMember {
    var resource: LocaleResource
    var path: String
    var language: String?
    var raw: [UInt8]
    var isReference: Bool
}

/// The languages of one resource.
struct ResourceGroup {
    var identity: String
    var members: [GroupMember]
    var reference: GroupMember? { members.first { $0.isReference } }
}

/// Puts the files of one resource in different languages together, by the
/// layouts platforms use (see ``LanguageInference``), by `resources:` patterns
/// of `.tandem.yml`, or by the file itself (bilingual files, String Catalogs).
struct ResourceGrouper {
    let configuration: LintConfiguration

    func groups(_ files: [LintEngine.ReadFile]) -> [ResourceGroup] {
        var groups: [ResourceGroup] = []
        var byIdentity: [String: Int] = [:]
        var defaults: [(LintEngine.ReadFile, LocaleResource)] = []
        for file in files {
            for resource in file.resources {
                switch resource.format {
                case .xliff12, .xliff2, .tmx, .tsv, .po, .xcstrings, .tbx:
                    let identity = "file:\(file.file.path)"
                    let isReference: Bool
                    switch resource.format {
                    case .xcstrings: isReference = resource.language == file.resources.first?.language
                    case .tbx: isReference = false
                    default: isReference = resource.side == .source
                    }
                    var language = resource.language
                    if resource.side == .source && language == nil { language = configuration.reference }
                    if resource.side == .target && language == nil { language = LanguageInference.infer(file.file.path).language }
                    let member = GroupMember(resource: resource, path: file.file.path, language: language, raw: file.raw, isReference: isReference)
                    add(member, identity: identity, groups: &groups, byIdentity: &byIdentity)
                default:
                    let (identity, pathLanguage, isDefault) = place(file.file.path)
                    if isDefault || (pathLanguage == nil && resource.language == nil) {
                        defaults.append((file, resource))
                        continue
                    }
                    let member = GroupMember(resource: resource, path: file.file.path, language: resource.language ?? pathLanguage, raw: file.raw, isReference: false)
                    add(member, identity: identity, groups: &groups, byIdentity: &byIdentity)
                }
            }
        }
        // Default variants (values/, Base.lproj/, messages.properties) join the group they are the default of.
        for (file, resource) in defaults {
            let (identity, _, _) = place(file.file.path)
            var candidates = [identity]
            let name = file.file.path
            if let dot = name.lastIndex(of: "."), !name[dot...].contains("/") {
                for separator in ["_", "-", "."] { candidates.append(name[..<dot] + separator + "{lang}" + name[dot...]) }
            }
            let target = candidates.first { byIdentity[$0] != nil } ?? identity
            let member = GroupMember(resource: resource, path: file.file.path, language: resource.language ?? configuration.reference, raw: file.raw, isReference: true)
            add(member, identity: target, groups: &groups, byIdentity: &byIdentity)
        }
        // Choose the reference of each monolingual group.
        for index in groups.indices where !groups[index].identity.hasPrefix("file:") {
            if groups[index].members.contains(where: \.isReference) { continue }
            let wanted = configuration.reference.lowercased()
            let exact = groups[index].members.firstIndex { ($0.language ?? "").lowercased() == wanted }
            let base = groups[index].members.firstIndex { ($0.language ?? "").lowercased().split(separator: "-").first.map(String.init) == wanted }
            if let chosen = exact ?? base { groups[index].members[chosen].isReference = true }
        }
        return groups
    }

    private func add(_ member: GroupMember, identity: String, groups: inout [ResourceGroup], byIdentity: inout [String: Int]) {
        if let index = byIdentity[identity] {
            groups[index].members.append(member)
        } else {
            byIdentity[identity] = groups.count
            groups.append(ResourceGroup(identity: identity, members: [member]))
        }
    }

    /// The identity, language and default flag of a monolingual file (by its path as shown,
    /// which `resources:` patterns are written against).
    private func place(_ path: String) -> (String, String?, Bool) {
        for pattern in configuration.resources {
            if let language = match(pattern, path) { return (pattern, language, false) }
        }
        let inferred = LanguageInference.infer(path)
        return (inferred.identity, inferred.language, inferred.isDefault)
    }

    /// The language `{lang}` stands for if `path` matches `pattern`.
    private func match(_ pattern: String, _ path: String) -> String? {
        guard let range = pattern.range(of: "{lang}") else { return nil }
        let prefix = String(pattern[..<range.lowerBound])
        let suffix = String(pattern[range.upperBound...])
        guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.count > prefix.count + suffix.count else { return nil }
        let language = String(path.dropFirst(prefix.count).dropLast(suffix.count))
        return language.contains("/") ? nil : LanguageInference.normalized(language)
    }
}
