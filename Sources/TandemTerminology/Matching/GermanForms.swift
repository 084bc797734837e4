/// The forms of German job titles that count as the same title, reduced to one key.
///
/// A glossary term is indexed under its *canonical key*; a word of running
/// text is looked up under the canonical keys of each of its possible base
/// forms. Both sides use the same rules, so a term always finds itself.
///
/// - Inflection (our own rules, not hunspell's: they run on every target word
///   and must be fast): a word may carry `-s`, `-es`, `-n`, `-en` or `-e`
///   (`eines Kundendienstmitarbeiters`, `den Lehrern`, `die Dozenten`,
///   `Ingenieure`, `Ärzte`).
/// - Gender: `-in` and `-innen` are removed (`Kundendienstmitarbeiterinnen`
///   → `kundendienstmitarbeiter`), and after that an `-e` may come back
///   (`Kollegin` → `kollege`, `Beamtin` → `beamte`); `-frau`, `-leute` and
///   `-männer` become `-mann` (`Kauffrau`, `Kaufleute` → `kaufmann`).
/// - Umlauts are removed from keys, so `Arzt`/`Ärztin`/`Ärzte` and
///   `Koch`/`Köchin`/`Köche` meet at `arzt` and `koch`.
///
/// These rules over-generate on purpose (`Koche` also reaches `koch`): the
/// checks only look at the terms of concepts whose source term is present in
/// the aligned source, where such collisions do not occur in practice. Where
/// the rules do not reach a form (adjectival nouns such as `die Angestellten`
/// for an entry `Angestellter`), the missing-term check asks hunspell for stems
/// before it reports (see ``TargetPresence``). hunspell is not used for every
/// word: the de_DE dictionary does not stem compounds or umlaut plurals
/// (`Bankkassiererinnen`, `Köche` come back unchanged) and a call costs
/// microseconds, where these rules cost a few hash lookups.
enum GermanForms {
    /// Reduces `key` (folded) in place to its canonical key; returns whether a gender suffix was removed.
    @discardableResult
    static func canonicalize(_ key: inout [UInt8]) -> Bool {
        var strippedGender = false
        let count = key.count
        if count >= 8 && key.hasSuffix("innen") {
            key.removeLast(5)
            strippedGender = true
        } else if count >= 6 && key.hasSuffix("in") && !isVowel(key[count - 3]) {
            key.removeLast(2)
            strippedGender = true
        }
        if key.count >= 7 && key.hasSuffix("frau") {
            key.removeLast(4)
            key.append(contentsOf: [0x6D, 0x61, 0x6E, 0x6E])
        } else if key.count >= 8 && key.hasSuffix("leute") {
            key.removeLast(5)
            key.append(contentsOf: [0x6D, 0x61, 0x6E, 0x6E])
        } else if key.count >= 9 && key.hasSuffix("m\u{E4}nner") {
            key.removeLast(7)
            key.append(contentsOf: [0x6D, 0x61, 0x6E, 0x6E])
        }
        removeUmlauts(&key)
        return strippedGender
    }

    /// Calls `body` with each canonical key a word of text may stand for.
    static func textKeys(_ word: ArraySlice<UInt8>, alternate: GenderAlternate, scratch: inout [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        forms(word, alternate: alternate) { form in
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: form)
            let stripped = canonicalize(&scratch)
            body(scratch[...])
            if stripped {
                scratch.append(0x65)
                body(scratch[...])
            }
        }
    }

    /// Calls `body` with the canonical keys a glossary term's word is indexed under.
    static func termKeys(_ word: ArraySlice<UInt8>, alternate: GenderAlternate, scratch: inout [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: word)
        canonicalize(&scratch)
        body(scratch[...])
        switch alternate {
        case .none:
            break
        case .appendR:
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: word)
            scratch.append(0x72)
            canonicalize(&scratch)
            body(scratch[...])
        case .dropR:
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: word.dropLast())
            canonicalize(&scratch)
            body(scratch[...])
        }
    }

    /// The word and the base forms its endings allow (each at least three letters long).
    static func forms(_ word: ArraySlice<UInt8>, alternate: GenderAlternate, _ body: (ArraySlice<UInt8>) -> Void) {
        body(word)
        let count = word.count
        let last = word.last ?? 0
        if count >= 5 {
            let beforeLast = word[word.endIndex - 2]
            if last == 0x73 { // s
                body(word.dropLast())
                if beforeLast == 0x65 { body(word.dropLast(2)) }
            } else if last == 0x6E { // n
                body(word.dropLast())
                if beforeLast == 0x65 { body(word.dropLast(2)) }
            } else if last == 0x65 { // e
                body(word.dropLast())
            }
        }
        switch alternate {
        case .none: break
        case .appendR:
            var extended = Array(word)
            extended.append(0x72)
            body(extended[...])
        case .dropR:
            body(word.dropLast())
        }
    }

    /// Replaces ä, ö, ü (folded, two UTF-8 bytes each) by a, o, u.
    @inline(__always)
    static func removeUmlauts(_ key: inout [UInt8]) {
        guard key.contains(0xC3) else { return }
        var write = 0
        var read = 0
        let count = key.count
        while read < count {
            let byte = key[read]
            if byte == 0xC3, read + 1 < count {
                let next = key[read + 1]
                let plain: UInt8? = next == 0xA4 ? 0x61 : next == 0xB6 ? 0x6F : next == 0xBC ? 0x75 : nil
                if let plain {
                    key[write] = plain
                    write += 1
                    read += 2
                    continue
                }
            }
            key[write] = byte
            write += 1
            read += 1
        }
        key.removeLast(count - write)
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 || byte == 0xA4 || byte == 0xB6 || byte == 0xBC
    }
}
