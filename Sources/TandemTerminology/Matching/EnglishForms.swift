/// The base form of an English word, for matching terms in running text.
///
/// Both a glossary term and the words of a segment are reduced the same way,
/// so `Tellers`, `teller's`, `tellers'` and `teller` meet at `teller`, and
/// `salesmen`/`salespeople` at `salesman`/`salesperson`. The rules are our own
/// (hunspell's English stemmer is not needed for nouns): possessive `'s`,
/// plural `-ies` → `-y`, `-men` → `-man`, `-people` → `-person`, `-es` after
/// s, x, z, ch, sh, and a final `-s` except after `s`, `u` and `i` (`business`,
/// `bus`, `analysis` stay). Because the same rule runs on both sides,
/// over-reduction (`news` → `new`) cannot make a term miss its own text.
enum EnglishForms {
    /// Writes the base form of the folded word `word` into `output`.
    static func lemma(_ word: ArraySlice<UInt8>, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        output.append(contentsOf: word)
        // Possessive.
        if output.count > 2, output[output.count - 2] == 0x27, output[output.count - 1] == 0x73 {
            output.removeLast(2)
        }
        while output.last == 0x27 { output.removeLast() }
        let count = output.count
        guard count > 3 else { return }
        if output.hasSuffix("people") && count > 6 {
            output.removeLast(6)
            output.append(contentsOf: Array("person".utf8))
        } else if output.hasSuffix("ies") && count > 4 {
            output.removeLast(3)
            output.append(0x79)
        } else if output.hasSuffix("men") && count > 4 {
            output[count - 2] = 0x61
        } else if output.hasSuffix("sses") || output.hasSuffix("ches") || output.hasSuffix("shes")
                    || output.hasSuffix("xes") || output.hasSuffix("zes") {
            output.removeLast(2)
        } else if output.last == 0x73, !output.hasSuffix("ss"), !output.hasSuffix("us"), !output.hasSuffix("is") {
            output.removeLast()
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes end with the ASCII `suffix`.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let pointer = suffix.utf8Start
        let base = count - length
        for offset in 0..<length where self[base + offset] != pointer[offset] { return false }
        return true
    }
}
