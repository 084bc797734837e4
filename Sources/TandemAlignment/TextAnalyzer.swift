import Foundation

/// What the words of one side can be matched through.
enum LexicalRole: Sendable {
    /// English with a German–English dictionary: words are matched by form and stem.
    case english
    /// German with a German–English dictionary: words are matched through their translations.
    case german
    /// Any language without a dictionary: only names, codes and numbers match.
    case plain
    /// Both sides in the same language: every word matches itself.
    case verbatim
}

/// Turns segment texts into ``SegmentFeatures`` for one side of an alignment.
struct TextAnalyzer {
    let role: LexicalRole
    let numbers: NumberReading
    private var german: GermanLookup?
    private(set) var table = TypeTable()
    private var lowered: [UInt8] = []
    private var scalars: [Unicode.Scalar] = []

    static let identicalSalt: UInt64 = 1

    /// Whether capitals mark nouns (German) rather than names.
    let capitalizesNouns: Bool

    init(role: LexicalRole, numbers: NumberReading, dictionary: BilingualDictionary?, capitalizesNouns: Bool) {
        self.role = role
        self.capitalizesNouns = capitalizesNouns
        self.numbers = numbers
        if role == .german, let dictionary { german = GermanLookup(dictionary: dictionary) }
    }

    /// The features of one segment's text; counts document frequencies as it goes.
    mutating func analyze(_ text: String) -> SegmentFeatures {
        scalars.removeAll(keepingCapacity: true)
        scalars.append(contentsOf: text.unicodeScalars)
        var features = SegmentFeatures()
        features.length = Float(scalars.count)
        var found: [Int32: Float] = [:]
        var index = 0
        var tokenNumber = 0
        let count = scalars.count
        while index < count {
            guard Self.isWord(scalars[index]) else { index += 1; continue }
            let start = index
            var hasDigit = false
            var hasConnector = false
            var upperCount = 0
            var firstUpper = false
            while index < count {
                let scalar = scalars[index]
                if Self.isWord(scalar) {
                    if scalar.value >= 0x30 && scalar.value <= 0x39 { hasDigit = true }
                    if scalar.isASCII ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase {
                        upperCount += 1
                        if index == start { firstUpper = true }
                    }
                    index += 1
                    continue
                }
                if index + 1 < count, index > start {
                    let next = scalars[index + 1]
                    let previous = scalars[index - 1]
                    if !Self.isConnector(scalar) && numbers.grouping.contains(scalar)
                        && Self.isDigit(previous) && Self.isDigit(next) && hasThreeDigits(from: index + 1) {
                        index += 1
                        continue
                    }
                    if Self.isApostrophe(scalar) && Self.isWord(next) && !Self.isDigit(next) {
                        index += 1
                        continue
                    }
                    if Self.isConnector(scalar) && (Self.isWord(next) || (next == "/" && (scalar == ":" || scalar == "/"))) {
                        hasConnector = true
                        index += 1
                        continue
                    }
                }
                break
            }
            let type = typeIndex(start..<index, hasDigit: hasDigit, hasConnector: hasConnector,
                                 upperCount: upperCount, firstUpper: firstUpper, isFirst: tokenNumber == 0)
            tokenNumber += 1
            if let type { found[type, default: 0] += 1 }
        }
        let sorted = found.keys.sorted()
        features.types = sorted
        features.counts = sorted.map { found[$0]! }
        for type in sorted { table.documentFrequency[Int(type)] += 1 }
        return features
    }

    /// Sets each type's values from its document frequency over `segmentCount` segments.
    mutating func finishWeights(segmentCount: Int, parameters: AlignmentParameters) {
        // Short texts say little about how common a word is: count at least 50 segments.
        let total = Float(max(segmentCount, 50))
        for type in 0..<table.count {
            let frequency = Float(max(table.documentFrequency[type], 1))
            table.idf[type] = min(max(logf(total / frequency), 0.05), 6)
            table.setValues(type, parameters)
        }
    }

    /// Digits with separators only (`32,890`, `12.5`), as opposed to codes like `2.6.32` or `x86`.
    private func isNumberLike(_ range: Range<Int>) -> Bool {
        scalars[range].allSatisfy { Self.isDigit($0) || $0 == "." || $0 == "," || numbers.grouping.contains($0) }
    }

    private func hasThreeDigits(from start: Int) -> Bool {
        var digits = 0
        var index = start
        while index < scalars.count, Self.isDigit(scalars[index]) { digits += 1; index += 1 }
        return digits == 3
    }

    private mutating func typeIndex(_ range: Range<Int>, hasDigit: Bool, hasConnector: Bool,
                                    upperCount: Int, firstUpper: Bool, isFirst: Bool) -> Int32? {
        lowered.removeAll(keepingCapacity: true)
        for scalar in scalars[range] {
            if scalar.isASCII {
                var byte = UInt8(scalar.value)
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                lowered.append(byte)
            } else if scalar.properties.isUppercase {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                lowered.append(contentsOf: String(scalar).utf8)
            }
        }
        let length = range.count
        let innerUpper = upperCount > (firstUpper ? 1 : 0)
        let isAnchor = hasDigit || hasConnector || innerUpper || length >= 5 || (firstUpper && !isFirst && length >= 2)
        let formKey = TokenHash.word(lowered)
        let typeKey = isAnchor ? formKey ^ 0x5BD1_E995_0000_0001 : formKey
        if let existing = table.lookup[typeKey] { return existing }

        var keys: [UInt64] = []
        if isAnchor { keys.append(TokenHash.derived(formKey, salt: Self.identicalSalt)) }
        let identicalCount = keys.count
        let isCode = hasConnector || innerUpper || (hasDigit && !isNumberLike(range))
        let isName = !capitalizesNouns && firstUpper && !isFirst && !isCode
        var isNumber = false
        if hasDigit, let value = numbers.value(of: Array(scalars[range])) {
            keys.append(TokenHash.number(value))
            isNumber = true
        }
        if !hasDigit {
            switch role {
            case .english:
                keys.append(formKey)
                let stem = lowered.withUnsafeBufferPointer { EnglishStem.stemKey($0) }
                if stem != formKey { keys.append(stem) }
            case .german:
                if german != nil { keys.append(contentsOf: german!.translations(of: lowered)) }
            case .verbatim:
                keys.append(formKey)
            case .plain:
                break
            }
        }
        let index = Int32(table.count)
        table.keys.append(keys)
        table.documentFrequency.append(0)
        table.idf.append(0)
        table.matchValue.append(0)
        table.missValue.append(0)
        table.isNumber.append(isNumber)
        let isLexical = keys.count > identicalCount + (isNumber ? 1 : 0)
        let evidenceClass: EvidenceClass = isNumber ? .number : isCode ? .code : isName ? .name : isLexical ? .word : .form
        table.evidenceClass.append(evidenceClass)
        table.lookup[typeKey] = index
        return index
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    @inline(__always)
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
    }

    @inline(__always)
    static func isConnector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ":", "/", "-", "_", "@", "+", "\u{2011}": return true
        default: return false
        }
    }

    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
}
