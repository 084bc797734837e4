extension TermIndex {
    /// The version of the index file layout *and* of the matching rules that built it.
    ///
    /// Bump it whenever ``TokenScanner``, ``EnglishForms``, ``GermanForms``, the key
    /// table, the trie or the index building change what an index contains: an index
    /// file with another version is ignored and the termbase is compiled from its TSV
    /// files instead (the test `BundledIndexTests` fails until the file is rebuilt).
    static let formatVersion: UInt32 = 2

    private static let magic: [UInt8] = Array("TANDEMTI".utf8)

    /// The index as bytes, stamped with `sourceHash` (the hash of the files it was built from).
    func serialized(sourceHash: UInt64) -> [UInt8] {
        var writer = BinaryWriter()
        for byte in Self.magic { writer.write(UInt32(byte)) }
        writer.write(Self.formatVersion)
        writer.write(sourceHash)
        writer.write(sourceLanguage)
        writer.write(targetLanguage)
        Self.write(source, to: &writer)
        Self.write(target, to: &writer)
        writer.write(UInt32(concepts.count))
        for concept in concepts {
            writer.write(concept.id)
            writer.write(Int32(concept.layer))
            writer.write(concept.approved)
            writer.write(concept.forbidden)
            writer.write(concept.suggestions)
        }
        writer.write(UInt32(sourceRefs.count))
        for ref in sourceRefs {
            writer.write(ref.concept)
            writer.write(ref.termID)
            writer.write(ref.layer)
            writer.write(ref.text)
            writer.write(ref.cues)
            writer.write(ref.reliable)
            writer.write(ref.caseSensitive)
            writer.write(ref.doNotTranslate)
            writer.write(ref.capitalized)
            writer.write(ref.words)
            writer.write(ref.tokenCount)
        }
        writer.write(UInt32(targetRefs.count))
        for ref in targetRefs {
            writer.write(ref.concept)
            writer.write(ref.termID)
            writer.write(ref.text)
            writer.write(UInt32(TermStatus.allCases.firstIndex(of: ref.status) ?? 0))
            writer.write(UInt32(ref.gender.flatMap { TermGender.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0))
            writer.write(ref.note)
            writer.write(ref.variantGroup)
            writer.write(ref.capitalized)
            writer.write(ref.caseSensitive)
            writer.write(ref.words)
            writer.write(ref.tokenCount)
        }
        return writer.bytes
    }

    /// Reads an index file; nil when the file is not an index, was made by another
    /// format version, or from other termbase files than those hashing to `expectedHash`.
    init?(serialized bytes: [UInt8], expectedHash: UInt64) {
        var reader = BinaryReader(bytes)
        do {
            for byte in Self.magic where try reader.uint32() != UInt32(byte) { return nil }
            guard try reader.uint32() == Self.formatVersion, try reader.uint64() == expectedHash else { return nil }
            let sourceLanguage = try reader.string()
            let targetLanguage = try reader.string()
            self.init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            source = try Self.readSide(language: sourceLanguage, from: &reader)
            target = try Self.readSide(language: targetLanguage, from: &reader)
            let conceptCount = try reader.count()
            concepts.reserveCapacity(conceptCount)
            for _ in 0..<conceptCount {
                var concept = IndexedConcept(id: try reader.string(), layer: Int(try reader.int32()))
                concept.approved = try reader.int32s()
                concept.forbidden = try reader.int32s()
                concept.suggestions = try reader.strings()
                concepts.append(concept)
            }
            let sourceCount = try reader.count()
            sourceRefs.reserveCapacity(sourceCount)
            for _ in 0..<sourceCount {
                sourceRefs.append(SourceRef(
                    concept: try reader.int32(), termID: try reader.int32(), layer: try reader.int32(),
                    text: try reader.string(), cues: try reader.strings(), reliable: try reader.bool(),
                    caseSensitive: try reader.bool(), doNotTranslate: try reader.bool(), capitalized: try reader.uint64(),
                    words: try reader.strings(), tokenCount: try reader.int32()))
            }
            let targetCount = try reader.count()
            targetRefs.reserveCapacity(targetCount)
            for _ in 0..<targetCount {
                let concept = try reader.int32()
                let termID = try reader.int32()
                let text = try reader.string()
                let status = Int(try reader.uint32())
                let gender = Int(try reader.uint32())
                guard status < TermStatus.allCases.count, gender <= TermGender.allCases.count else { return nil }
                targetRefs.append(TargetRef(
                    concept: concept, termID: termID, text: text, status: TermStatus.allCases[status],
                    gender: gender == 0 ? nil : TermGender.allCases[gender - 1], note: try reader.optionalString(),
                    variantGroup: try reader.int32(), capitalized: try reader.uint64(), caseSensitive: try reader.bool(),
                    words: try reader.strings(), tokenCount: try reader.int32()))
            }
            guard reader.isAtEnd, isConsistent else { return nil }
        } catch {
            return nil
        }
    }

    /// Whether every reference points inside its table (a damaged file must not crash a check).
    private var isConsistent: Bool {
        let conceptCount = Int32(concepts.count)
        guard sourceRefs.allSatisfy({ $0.concept >= 0 && $0.concept < conceptCount }),
              targetRefs.allSatisfy({ $0.concept >= 0 && $0.concept < conceptCount }) else { return false }
        let targetCount = Int32(targetRefs.count)
        for concept in concepts {
            guard (concept.approved + concept.forbidden).allSatisfy({ $0 >= 0 && $0 < targetCount }) else { return false }
        }
        for (trie, limit) in [(source.trie, sourceRefs.count), (target.trie, targetRefs.count)] {
            for list in trie.entries where !list.allSatisfy({ $0 >= 0 && Int($0) < limit }) { return false }
            let (_, children) = trie.edgePairs
            guard children.allSatisfy({ $0 > 0 && Int($0) < trie.nodeCount }) else { return false }
        }
        return true
    }

    private static func write(_ side: SideIndex, to writer: inout BinaryWriter) {
        let keys = side.keys.raw
        writer.write(keys.hashes)
        writer.write(keys.offsets)
        writer.write(keys.storage)
        let edges = side.trie.edgePairs
        writer.write(edges.keys)
        writer.write(edges.values)
        var offsets: [Int32] = [0]
        var values: [Int32] = []
        for list in side.trie.entries {
            values.append(contentsOf: list)
            offsets.append(Int32(values.count))
        }
        writer.write(offsets)
        writer.write(values)
    }

    private static func readSide(language: String, from reader: inout BinaryReader) throws(BinaryReader.Truncated) -> SideIndex {
        var side = SideIndex(language: language)
        let hashes = try reader.uint64s()
        let offsets = try reader.int32s()
        let storage = try reader.bytesArray()
        guard offsets.count == hashes.count + 1, offsets.first == 0, offsets.last.map(Int.init) == storage.count,
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw .init() }
        side.keys = KeyTable(hashes: hashes, offsets: offsets, storage: storage)
        let edgeKeys = try reader.uint64s()
        let edgeValues = try reader.int32s()
        let entryOffsets = try reader.int32s()
        let entryValues = try reader.int32s()
        guard edgeKeys.count == edgeValues.count, entryOffsets.first == 0, entryOffsets.last.map(Int.init) == entryValues.count,
              zip(entryOffsets, entryOffsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw .init() }
        var entries: [[Int32]] = []
        entries.reserveCapacity(entryOffsets.count - 1)
        for node in 0..<(entryOffsets.count - 1) {
            let lower = Int(entryOffsets[node])
            let upper = Int(entryOffsets[node + 1])
            entries.append(lower == upper ? [] : Array(entryValues[lower..<upper]))
        }
        side.trie = TokenTrie(edgeKeys: edgeKeys, edgeValues: edgeValues, entries: entries)
        return side
    }
}
