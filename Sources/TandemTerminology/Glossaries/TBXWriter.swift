import TandemCore

/// Writes a glossary as TBX-Basic (TBX v3, ISO 30042:2019, DCA style).
///
///     <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
///       …<conceptEntry id="…"><langSec xml:lang="de"><termSec>
///           <term>Bankkassierer</term>
///           <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
///           <termNote type="grammaticalGender">masculine</termNote>
///       </termSec></langSec></conceptEntry>…
///
/// What TBX-Basic has no data category for is written as `termNote`s with an
/// `x-tandem-` type (`x-tandem-contextCues`, `x-tandem-doNotTranslate`,
/// `x-tandem-caseSensitive`, `x-tandem-genderForm` for `mf` and `n` forms,
/// `x-tandem-origin`), only on the terms that need them, so ``TBXGlossaryReader``
/// reads back exactly what was written. Output is byte-stable: the same
/// glossary always gives the same bytes.
public struct TBXWriter {
    /// A writer.
    public init() {}

    /// The TBX document for `glossary`.
    public func write(_ glossary: Glossary) -> String {
        let mainLanguage = glossary.sourceLanguage ?? glossary.languages.first ?? "en"
        var output = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
        <tbx style="dca" type="TBX-Basic" xml:lang="\(escape(mainLanguage))" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <sourceDesc>
                <p>Written by tandem from \(escape(glossary.path)).</p>
              </sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>

        """
        for concept in glossary.concepts {
            output += "      <conceptEntry id=\"\(escape(concept.id))\">\n"
            if let note = concept.note, !note.isEmpty {
                output += "        <note>\(escape(note))</note>\n"
            }
            for language in concept.languages {
                let terms = concept.terms.filter { $0.primaryLanguage == language }
                // Terms keep their own tag (de-CH) when it differs from the primary subtag.
                var groups: [(String, [Term])] = []
                for term in terms {
                    if let index = groups.firstIndex(where: { $0.0 == term.language }) {
                        groups[index].1.append(term)
                    } else {
                        groups.append((term.language, [term]))
                    }
                }
                for (tag, group) in groups {
                    output += "        <langSec xml:lang=\"\(escape(tag))\">\n"
                    for term in group { output += termSection(term) }
                    output += "        </langSec>\n"
                }
            }
            output += "      </conceptEntry>\n"
        }
        output += """
            </body>
          </text>
        </tbx>

        """
        return output
    }

    private func termSection(_ term: Term) -> String {
        var lines = "          <termSec>\n"
        lines += "            <term>\(escape(term.text))</term>\n"
        func note(_ type: String, _ value: String) {
            lines += "            <termNote type=\"\(type)\">\(escape(value))</termNote>\n"
        }
        if let partOfSpeech = term.partOfSpeech { note("partOfSpeech", partOfSpeech) }
        if let gender = term.gender {
            note("grammaticalGender", gender.tbxGrammaticalGender)
            if gender == .combined || gender == .neutral { note("x-tandem-genderForm", gender.rawValue) }
        }
        switch term.status {
        case .preferred: note("administrativeStatus", "preferredTerm-admn-sts")
        case .admitted: note("administrativeStatus", "admittedTerm-admn-sts")
        case .forbidden: note("administrativeStatus", "deprecatedTerm-admn-sts")
        }
        if !term.contextCues.isEmpty { note("x-tandem-contextCues", term.contextCues.joined(separator: "|")) }
        if term.doNotTranslate { note("x-tandem-doNotTranslate", "yes") }
        if term.caseSensitive { note("x-tandem-caseSensitive", "yes") }
        if let origin = term.origin, !origin.isEmpty { note("x-tandem-origin", origin) }
        if let text = term.note, !text.isEmpty { lines += "            <note>\(escape(text))</note>\n" }
        lines += "          </termSec>\n"
        return lines
    }

    /// Escapes text and attribute values.
    private func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}
