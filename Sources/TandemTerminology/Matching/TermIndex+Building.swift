import TandemICU

extension TermIndex {
    /// Compiles `glossaries` for the language pair. Later glossaries win over earlier ones:
    /// pass the bundled termbase first and user glossaries after it.
    ///
    /// - A source term of a later glossary hides the terms of earlier glossaries that are
    ///   written the same way (same keys), so a user's `teller` replaces the bundled one.
    /// - Source-language terms with status `forbidden` are not source terms of their
    ///   concept (the bundled termbase withdraws wrong ESCO mappings this way).
    /// - Which terms of the first glossary (the bundled termbase) may report a *missing*
    ///   target term (the others still find forbidden renderings): terms with context cues
    ///   (when the cues are present), multi-word terms, and one-word terms that are a
    ///   preferred label somewhere or a curated term — unless the word is the head of the
    ///   terms of three or more other concepts (`technician`, `assistant`, `supervisor`,
    ///   `teacher`: too general to name one occupation). One-word alternative labels (ESCO
    ///   lists `agent` and `factor` for auctioneer) never report a missing term, nor do
    ///   alternative labels whose last word is the last word of no preferred label (ESCO's
    ///   `quality assurance` is not an occupation). Terms of later glossaries always may.
    public init(glossaries: [Glossary], sourceLanguage: String, targetLanguage: String) {
        self.init(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        for (layer, glossary) in glossaries.enumerated() {
            let details = add(glossary, layer: layer)
            if layer == 0 { markReliability(details) }
        }
        applyLayers()
        shareCues()
    }

    /// An empty index for the language pair.
    init(sourceLanguage: String, targetLanguage: String) {
        self.sourceLanguage = Term.primaryLanguage(of: sourceLanguage)
        self.targetLanguage = Term.primaryLanguage(of: targetLanguage)
        source = SideIndex(language: sourceLanguage)
        target = SideIndex(language: targetLanguage)
    }

    /// This index with user glossaries added on top (layers 1, 2, …).
    public func adding(_ glossaries: [Glossary]) -> TermIndex {
        guard !glossaries.isEmpty else { return self }
        var index = self
        let first = (sourceRefs.map { Int($0.layer) }.max() ?? 0) + 1
        for (offset, glossary) in glossaries.enumerated() { _ = index.add(glossary, layer: first + offset) }
        index.applyLayers()
        index.shareCues()
        return index
    }

    /// What reliability marking needs to know about each new source ref.
    struct SourceDetail {
        var ref: Int32
        var status: TermStatus
        var curated: Bool
        var keys: [Int32]
    }

    /// Adds the concepts of `glossary` as layer `layer`; returns details of the source refs it made.
    mutating func add(_ glossary: Glossary, layer: Int) -> [SourceDetail] {
        let normalizer = Normalizer(.nfc)
        var buffers = TermBuffers()
        var details: [SourceDetail] = []
        let sourcePrimary = sourceLanguage
        let targetPrimary = targetLanguage
        var groupCounter = targetRefs.map(\.variantGroup).max() ?? 0
        var termID = max(sourceRefs.map(\.termID).max() ?? 0, targetRefs.map(\.termID).max() ?? 0)
        for concept in glossary.concepts {
            let conceptIndex = Int32(concepts.count)
            var indexed = IndexedConcept(id: concept.id, layer: layer)
            var groups = VariantGroups()
            var targetTerms: [Term] = []
            var any = false
            for position in concept.terms.indices {
                termID += 1
                let language = concept.terms[position].language
                let primary = language == sourcePrimary || language == targetPrimary ? language : Term.primaryLanguage(of: language)
                if primary == sourcePrimary && concept.terms[position].status != .forbidden {
                    let term = concept.terms[position]
                    let text = normalizer.normalize(term.text)
                    for sequence in source.keySequences(of: text, keepWords: term.caseSensitive, buffers: &buffers) {
                        let ref = Int32(sourceRefs.count)
                        sourceRefs.append(SourceRef(concept: conceptIndex, termID: termID, layer: Int32(layer), text: text,
                                                    cues: term.contextCues, reliable: true, caseSensitive: term.caseSensitive,
                                                    doNotTranslate: term.doNotTranslate, capitalized: sequence.capitalized,
                                                    words: sequence.words,
                                                    tokenCount: Int32(sequence.keys.count)))
                        details.append(SourceDetail(ref: ref, status: term.status, curated: term.origin == "curated", keys: sequence.keys))
                        source.trie.insert(sequence.keys, entry: ref)
                        any = true
                    }
                } else if primary == targetPrimary && primary != sourcePrimary {
                    let term = concept.terms[position]
                    targetTerms.append(term)
                    let text = normalizer.normalize(term.text)
                    var first: Int32?
                    for sequence in target.keySequences(of: text, keepWords: term.caseSensitive, buffers: &buffers) {
                        let ref = Int32(targetRefs.count)
                        let group = groups.group(for: variantKey(sequence.keys), joining: first.map { targetRefs[Int($0)].variantGroup },
                                                 counter: &groupCounter)
                        targetRefs.append(TargetRef(concept: conceptIndex, termID: termID, text: text, status: term.status,
                                                    gender: term.gender, note: term.note, variantGroup: group,
                                                    capitalized: sequence.capitalized, caseSensitive: term.caseSensitive,
                                                    words: sequence.words, tokenCount: Int32(sequence.keys.count)))
                        target.trie.insert(sequence.keys, entry: ref)
                        if first == nil { first = ref }
                        any = true
                        if term.status.isApproved {
                            indexed.approved.append(ref)
                        } else {
                            indexed.forbidden.append(ref)
                        }
                    }
                }
            }
            guard any else { continue }
            // Refs of this concept may have joined groups after they were made: resolve to the final roots.
            for index in indexed.approved + indexed.forbidden {
                targetRefs[Int(index)].variantGroup = groups.root(targetRefs[Int(index)].variantGroup)
            }
            indexed.suggestions = Self.suggestions(targetTerms).map { normalizer.normalize($0) }
            concepts.append(indexed)
        }
        return details
    }

    /// Removes source entries of lower layers where a higher layer has a term written the same way.
    mutating func applyLayers() {
        for node in 0..<source.trie.nodeCount {
            let list = source.trie.entries[node]
            guard list.count > 1 else { continue }
            let top = list.map { sourceRefs[Int($0)].layer }.max() ?? 0
            guard top > 0 else { continue }
            let kept = list.filter { sourceRefs[Int($0)].layer == top }
            if kept.count != list.count { source.trie.setEntries(Int32(node), kept) }
        }
    }

    /// Gives the context cues of a term to the other written forms of the same concept that meet
    /// at the same keys: the curated `teller` has banking cues, so O*NET's `Tellers` needs them too.
    mutating func shareCues() {
        for node in 0..<source.trie.nodeCount {
            let list = source.trie.entries[node]
            guard list.count > 1 else { continue }
            for ref in list where !sourceRefs[Int(ref)].cues.isEmpty {
                let concept = sourceRefs[Int(ref)].concept
                let cues = sourceRefs[Int(ref)].cues
                for other in list where sourceRefs[Int(other)].concept == concept && sourceRefs[Int(other)].cues.isEmpty {
                    sourceRefs[Int(other)].cues = cues
                }
            }
        }
    }

    /// Decides which bundled source terms may report a missing target term (see the initializer).
    mutating func markReliability(_ details: [SourceDetail]) {
        var headConcepts: [Int32: Set<Int32>] = [:]
        var preferredSomewhere: Set<Int32> = []
        var preferredHeads: Set<Int32> = []
        for detail in details {
            if detail.keys.count >= 2 {
                headConcepts[detail.keys[detail.keys.count - 1], default: []].insert(sourceRefs[Int(detail.ref)].concept)
            } else if detail.status == .preferred {
                preferredSomewhere.insert(detail.keys[0])
            }
            if detail.status == .preferred || detail.curated { preferredHeads.insert(detail.keys[detail.keys.count - 1]) }
        }
        for detail in details {
            let index = Int(detail.ref)
            guard sourceRefs[index].cues.isEmpty else { continue }
            let head = detail.keys[detail.keys.count - 1]
            if detail.keys.count == 1 {
                let others = headConcepts[head].map { $0.subtracting([sourceRefs[index].concept]).count } ?? 0
                if others >= 3 || (!detail.curated && !preferredSomewhere.contains(head)) {
                    sourceRefs[index].reliable = false
                }
            } else if !detail.curated && detail.status != .preferred && !preferredHeads.contains(head) {
                // An alternative label whose last word heads no preferred label names no occupation
                // (ESCO lists `quality assurance` among the labels of a quality inspector).
                sourceRefs[index].reliable = false
            }
        }
    }

    /// The variant key of a target term: its word keys, with a final adjective `-r` dropped
    /// (`Angestellter`/`Angestellte`, `Technischer Leiter`/`Technische Leiterin` are one rendering).
    private func variantKey(_ keys: [Int32]) -> String {
        var bytes: [UInt8] = []
        for (position, id) in keys.enumerated() {
            if position > 0 { bytes.append(0x20) }
            let start = bytes.count
            bytes.append(contentsOf: target.keys.bytes(id))
            if bytes.count - start > 3 && bytes.hasSuffix("er") { bytes.removeLast() }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Preferred target terms to suggest: hand-curated terms before generated ones, forms naming
    /// every gender first, at most three.
    static func suggestions(_ terms: [Term]) -> [String] {
        let ordered = terms.filter { $0.origin == "curated" } + terms.filter { $0.origin != "curated" }
        for status in [TermStatus.preferred, .admitted] {
            let candidates = ordered.filter { $0.status == status }
            guard !candidates.isEmpty else { continue }
            let combined = candidates.filter { $0.gender == .combined || $0.gender == .neutral }
            let chosen = combined.isEmpty ? candidates : combined
            var result: [String] = []
            for term in chosen where !result.contains(term.text) && result.count < 3 { result.append(term.text) }
            return result
        }
        return []
    }
}

/// Union-find over variant keys of one concept's target terms.
struct VariantGroups {
    private var byKey: [String: Int32] = [:]
    private var parent: [Int32: Int32] = [:]

    /// The group of `key`, created if new (numbered from `counter`); when `joining` is given,
    /// the two groups become one.
    mutating func group(for key: String, joining other: Int32?, counter: inout Int32) -> Int32 {
        let group: Int32
        if let existing = byKey[key] {
            group = root(existing)
        } else {
            counter += 1
            group = counter
            byKey[key] = group
            parent[group] = group
        }
        if let other {
            let a = root(group)
            let b = root(other)
            if a != b { parent[a] = b }
            return b
        }
        return group
    }

    func root(_ group: Int32) -> Int32 {
        var current = group
        while let next = parent[current], next != current { current = next }
        return current
    }
}
