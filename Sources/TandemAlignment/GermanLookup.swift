/// Finds the English keys of a German word form through the dictionary,
/// undoing inflection and splitting compounds.
///
/// `Paketen → Paket` (inflection suffixes removed), `Paketverwaltungssystem →
/// Paket + verwaltung + system` (longest known head first, linking `s`/`es`/`n`
/// dropped), `Debian-Pakets → Debian + Paket`. Results are cached per form.
struct GermanLookup {
    let dictionary: BilingualDictionary
    private var cache: [UInt64: [UInt64]] = [:]

    /// Suffixes tried, longest first, when a form is not in the dictionary.
    static let inflectionSuffixes: [[UInt8]] = ["ern", "em", "en", "er", "es", "e", "n", "s"].map { Array($0.utf8) }
    /// Linking elements between compound parts.
    static let linkingElements: [[UInt8]] = ["es", "s", "n", "en"].map { Array($0.utf8) }
    /// The shortest compound part looked up, in bytes.
    static let minimumPart = 3

    init(dictionary: BilingualDictionary) {
        self.dictionary = dictionary
    }

    /// The English keys for a lower-cased German form (empty if nothing is known).
    mutating func translations(of form: [UInt8]) -> [UInt64] {
        let key = TokenHash.word(form)
        if let cached = cache[key] { return cached }
        var result: [UInt64] = []
        if form.contains(UInt8(ascii: "-")) {
            for part in form.split(separator: UInt8(ascii: "-")) where part.count >= 2 {
                result.append(contentsOf: translations(of: Array(part)))
            }
        } else if !inflected(form[...], into: &result) {
            compound(form, into: &result)
        }
        if result.count > 1 {
            result.sort()
            var unique: [UInt64] = []
            unique.reserveCapacity(result.count)
            for value in result where unique.last != value { unique.append(value) }
            result = unique
        }
        cache[key] = result
        return result
    }

    /// Looks up the form as it is, then with inflection suffixes removed.
    private func inflected(_ form: ArraySlice<UInt8>, into result: inout [UInt64]) -> Bool {
        if dictionary.appendTranslations(ofGermanKey: TokenHash.word(form), to: &result) { return true }
        for suffix in Self.inflectionSuffixes where form.count - suffix.count >= Self.minimumPart {
            if form.suffix(suffix.count).elementsEqual(suffix) {
                let stem = form.dropLast(suffix.count)
                if dictionary.appendTranslations(ofGermanKey: TokenHash.word(stem), to: &result) { return true }
            }
        }
        return false
    }

    /// Splits a compound at the longest head the dictionary knows; adds the translations of head and modifier.
    private func compound(_ form: [UInt8], into result: inout [UInt64]) {
        guard form.count >= 2 * Self.minimumPart else { return }
        var split = Self.minimumPart
        while split <= form.count - Self.minimumPart {
            defer { split += 1 }
            guard ByteCase.isCharacterStart(form[split]) else { continue }
            let head = form[split...]
            var headKeys: [UInt64] = []
            guard inflected(head, into: &headKeys) else { continue }
            result.append(contentsOf: headKeys)
            var modifier = form[..<split]
            if inflected(modifier, into: &result) { return }
            for element in Self.linkingElements where modifier.count - element.count >= Self.minimumPart {
                if modifier.suffix(element.count).elementsEqual(element) {
                    modifier = modifier.dropLast(element.count)
                    if inflected(modifier, into: &result) { return }
                    break
                }
            }
            // The modifier may itself be a compound: one more split.
            var inner = Self.minimumPart
            while inner <= modifier.count - Self.minimumPart {
                defer { inner += 1 }
                guard ByteCase.isCharacterStart(modifier[modifier.startIndex + inner]) else { continue }
                if inflected(modifier[(modifier.startIndex + inner)...], into: &result) { return }
            }
            return
        }
    }
}
