import TandemCore

/// A fast reader for the bundled termbase's layout (tab-separated, no quoting,
/// `#` comment lines first, a header naming the columns `concept lang term status
/// gender source context note`; see `Locales/terminology/README.md`).
///
/// It does the same as ``DelimitedGlossaryReader`` on such a file, in one pass
/// over the bytes without building a record per line: loading the 54,000-row
/// termbase is on the start-up path of every `tandem terms check`.
struct TermbaseTSVReader {
    func read(bytes: [UInt8], path: String) throws(InputError) -> Glossary {
        try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> Glossary in
            try read(buffer, path: path)
        }
    }

    private enum Column {
        case concept, lang, term, status, gender, origin, context, note, other
    }

    private func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(InputError) -> Glossary {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        var columns: [Column] = []
        var concepts: [Concept] = []
        var conceptIndex: [String: Int] = [:]
        var lastConceptBytes: UnsafeBufferPointer<UInt8>.SubSequence?
        var lastConcept = -1
        var fieldStarts: [Int] = []
        var fieldEnds: [Int] = []
        let count = bytes.count
        while index < count {
            line += 1
            let lineStart = index
            var lineEnd = index
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            index = lineEnd + 1
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            if end == lineStart || bytes[lineStart] == 0x23 { continue }
            fieldStarts.removeAll(keepingCapacity: true)
            fieldEnds.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for position in lineStart..<end where bytes[position] == 0x09 {
                fieldStarts.append(fieldStart)
                fieldEnds.append(position)
                fieldStart = position + 1
            }
            fieldStarts.append(fieldStart)
            fieldEnds.append(end)
            func text(_ field: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStarts[field]..<fieldEnds[field]]), as: UTF8.self)
            }
            func column(of field: Int) -> Int {
                var column = 1
                for position in lineStart..<fieldStarts[field] where bytes[position] & 0xC0 != 0x80 { column += 1 }
                return column
            }
            if columns.isEmpty {
                columns = (0..<fieldStarts.count).map { field -> Column in
                    switch text(field).trimmingSpaces().lowercased() {
                    case "concept": return .concept
                    case "lang", "language": return .lang
                    case "term": return .term
                    case "status": return .status
                    case "gender": return .gender
                    case "source": return .origin
                    case "context": return .context
                    case "note": return .note
                    default: return .other
                    }
                }
                guard columns.contains(.concept), columns.contains(.lang), columns.contains(.term) else {
                    throw .syntax(path: path, line: line, column: 1, message: "expected a header with the columns concept, lang and term (see Locales/terminology/README.md)")
                }
                continue
            }
            if fieldStarts.count > columns.count {
                throw .syntax(path: path, line: line, column: column(of: columns.count),
                              message: "this row has more cells than the header (\(columns.count))")
            }
            var term = Term(text: "", language: "")
            var conceptSlice: UnsafeBufferPointer<UInt8>.SubSequence?
            for field in 0..<fieldStarts.count {
                let start = fieldStarts[field]
                let stop = fieldEnds[field]
                if start == stop && columns[field] != .concept && columns[field] != .term { continue }
                switch columns[field] {
                case .concept:
                    conceptSlice = bytes[start..<stop]
                case .lang:
                    term.language = text(field)
                case .term:
                    term.text = text(field)
                    term.location = GlossaryLocation(path: path, line: line, column: column(of: field))
                case .status:
                    let value = text(field)
                    guard let status = TermStatus(rawValue: value) ?? TermStatus(glossaryValue: value) else {
                        throw .syntax(path: path, line: line, column: column(of: field),
                                      message: "unknown status '\(value)'; expected preferred, admitted or forbidden")
                    }
                    term.status = status
                case .gender:
                    let value = text(field)
                    guard let gender = TermGender(rawValue: value) ?? TermGender(glossaryValue: value) else {
                        throw .syntax(path: path, line: line, column: column(of: field),
                                      message: "unknown gender '\(value)'; expected m, f, mf or n")
                    }
                    term.gender = gender
                case .origin:
                    term.origin = text(field)
                case .context:
                    term.contextCues = DelimitedGlossaryReader.cues(text(field))
                case .note:
                    term.note = text(field)
                case .other:
                    break
                }
            }
            guard let conceptSlice, !conceptSlice.isEmpty else {
                throw .syntax(path: path, line: line, column: 1, message: "the row has no concept id")
            }
            if term.text.isEmpty {
                throw .syntax(path: path, line: line, column: 1, message: "the row has no term")
            }
            // Rows of a concept are usually contiguous: compare bytes before hashing a new id.
            if let last = lastConceptBytes, last.elementsEqual(conceptSlice) {
                concepts[lastConcept].terms.append(term)
                continue
            }
            let id = String(decoding: UnsafeBufferPointer(rebasing: conceptSlice), as: UTF8.self)
            if let existing = conceptIndex[id] {
                concepts[existing].terms.append(term)
                lastConcept = existing
            } else {
                conceptIndex[id] = concepts.count
                lastConcept = concepts.count
                concepts.append(Concept(id: id, terms: [term],
                                        location: GlossaryLocation(path: path, line: line, column: 1)))
            }
            lastConceptBytes = conceptSlice
        }
        return Glossary(path: path, concepts: concepts)
    }
}
