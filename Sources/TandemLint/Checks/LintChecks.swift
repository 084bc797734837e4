import TandemCore

/// Every lint check, in the order they run. A test keeps this list complete
/// (every `LintCheck` type in `Checks/` is here) and runs each check's examples.
public enum LintChecks {
    public static let all: [any LintCheck.Type] = [
        ParseErrorCheck.self,
        DuplicateKeyCheck.self,
        FileStructureCheck.self,
        XLIFFConstraintCheck.self,
        EscapingCheck.self,
        KeyNameCheck.self,
        MissingKeyCheck.self,
        ObsoleteKeyCheck.self,
        TranslatableCheck.self,
        ValueKindCheck.self,
        EmptyValueCheck.self,
        UntranslatedCheck.self,
        PlaceholderCheck.self,
        ICUSyntaxCheck.self,
        PluralFormsCheck.self,
        POHeaderCheck.self,
        LineBreakCheck.self,
        StateCheck.self,
        NormalizationCheck.self,
        ByteOrderMarkCheck.self,
        EncodingCheck.self,
        InvisibleCharacterCheck.self,
        TrailingWhitespaceCheck.self,
    ]

    /// The check with id `id`.
    public static func check(id: String) -> (any LintCheck.Type)? {
        all.first { $0.id == id }
    }
}
