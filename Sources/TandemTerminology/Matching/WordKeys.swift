/// How the words of one language are turned into matching keys.
///
/// English and German have their own rules (``EnglishForms``, ``GermanForms``);
/// any other language matches on case-folded words.
struct WordKeys: Sendable {
    enum Rules: Sendable {
        case english
        case german
        case folded
    }

    let rules: Rules

    /// The rules for a language tag (`de-CH` → German).
    init(language: String) {
        switch Term.primaryLanguage(of: language) {
        case "en": rules = .english
        case "de": rules = .german
        default: rules = .folded
        }
    }

    /// The scanner for texts (and terms, with `forTerms`) in this language.
    func scanner(forTerms: Bool = false) -> TokenScanner {
        TokenScanner(german: rules == .german, skipParentheses: forTerms)
    }

    /// Calls `body` with each key a glossary term's word is indexed under.
    func termKeys(_ word: ArraySlice<UInt8>, alternate: GenderAlternate, scratch: inout [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        switch rules {
        case .english:
            EnglishForms.lemma(word, into: &scratch)
            body(scratch[...])
        case .german:
            GermanForms.termKeys(word, alternate: alternate, scratch: &scratch, body)
        case .folded:
            body(word)
        }
    }

    /// Calls `body` with each key a word of running text may stand for.
    func textKeys(_ word: ArraySlice<UInt8>, alternate: GenderAlternate, scratch: inout [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        switch rules {
        case .english:
            EnglishForms.lemma(word, into: &scratch)
            body(scratch[...])
        case .german:
            GermanForms.textKeys(word, alternate: alternate, scratch: &scratch, body)
        case .folded:
            body(word)
        }
    }
}
