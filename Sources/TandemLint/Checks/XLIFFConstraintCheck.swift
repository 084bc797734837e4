import TandemCore
import TandemFormats

/// `xliff-constraint`: an XLIFF 2 core constraint a schema cannot check (id
/// uniqueness, `sc`/`ec` pairing, data references, state rules, where
/// extensions may go) or an XLIFF 1.2 structure rule.
public struct XLIFFConstraintCheck: LintCheck {
    public static let id = "xliff-constraint"
    public static let category = FindingCategory.structure
    public static let severity = Severity.major
    public static let descriptionKey = "lintRuleXLIFFConstraint"

    public static let examples: [LintExample] = [
        .passing([("shop.xlf", """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1"><unit id="u1"><segment state="translated">
            <source>Pay <pc id="1">now</pc></source><target>Jetzt <pc id="1">bezahlen</pc></target>
          </segment></unit></file>
        </xliff>
        """)]),
        .failing([("shop.xlf", """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1"><unit id="u1"><segment>
            <source>Pay ↓<ec startRef="1"/>now</source>
          </segment></unit></file>
        </xliff>
        """)]),
        .failing([("shop.xlf", """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1"><unit id="u1"><segment ↓state="done"><source>Pay</source><target>Zahlen</target></segment></unit></file>
        </xliff>
        """)]),
    ]

    public init() {}

    public func check(_ subject: LintSubject, into findings: inout [Finding]) {
        ReaderProblems.findings(Self.self, subject, messageKey: "lintXLIFFConstraint",
                                where: { $0.code.hasPrefix("xliff-") }, into: &findings)
    }
}
