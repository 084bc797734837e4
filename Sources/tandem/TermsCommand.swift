import ArgumentParser

/// `tandem terms`: the termbase and glossaries — look terms up, check a
/// translation's terminology, lint a glossary, convert between CSV/TSV and TBX.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Terminology: look up terms, check a translation's terms, lint and convert glossaries.",
        discussion: """
        The bundled occupation termbase (ESCO and O*NET job titles in English and German, \
        Locales/terminology) is always loaded; glossaries given with --glossary or listed \
        under glossaries: in .tandem.yml are added on top of it and win over it. Glossaries \
        are TBX (TBX-Basic, TBX v3 or TBX 2008) or CSV/TSV (two columns source/target, \
        columns named by language, or the termbase's own concept/lang/term layout).
        """,
        subcommands: [TermsLookupCommand.self, TermsCheckCommand.self, TermsLintCommand.self, TermsConvertCommand.self, TermsIndexCommand.self]
    )
}
