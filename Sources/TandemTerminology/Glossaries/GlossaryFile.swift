import TandemCore
import TandemFormats

/// The glossary file formats tandem reads and writes.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    case tbx
    case csv
    case tsv

    /// The format a path's extension names: `.tbx`/`.xml` → TBX, `.tsv`/`.tab`/`.txt` → TSV, else CSV.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".tbx") || lower.hasSuffix(".xml") {
            self = .tbx
        } else if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") || lower.hasSuffix(".txt") {
            self = .tsv
        } else {
            self = .csv
        }
    }
}

/// Reads and writes glossary files of any supported format.
public enum GlossaryFile {
    /// Reads the glossary at `path`: TBX when the extension says so or the file starts
    /// with `<`, CSV or TSV otherwise (see ``DelimitedGlossaryReader`` for the layouts).
    public static func read(path: String, sourceLanguage: String = "en", targetLanguage: String = "de") throws(InputError) -> Glossary {
        let raw = try SourceText.readBytes(path: path)
        if GlossaryFormat(path: path) == .tbx || looksLikeXML(raw) {
            return try TBXGlossaryReader().read(bytes: raw, path: path)
        }
        let text = try SourceText.decode(path: path, raw: raw)
        return try DelimitedGlossaryReader(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            .read(bytes: text.bytes, path: path)
    }

    /// The text of `glossary` in `format`.
    public static func text(_ glossary: Glossary, format: GlossaryFormat) -> String {
        switch format {
        case .tbx: return TBXWriter().write(glossary)
        case .csv: return DelimitedGlossaryWriter(delimiter: 0x2C).write(glossary)
        case .tsv: return DelimitedGlossaryWriter(delimiter: 0x09).write(glossary)
        }
    }

    /// Whether the bytes start (after a byte-order mark and white space) with `<`.
    static func looksLikeXML(_ raw: [UInt8]) -> Bool {
        var index = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
            // UTF-16: the first character after the byte-order mark.
            let unit = raw[0] == 0xFF ? (raw.count > 2 ? raw[2] : 0) : (raw.count > 3 ? raw[3] : 0)
            return unit == 0x3C
        }
        while index < raw.count, raw[index] == 0x20 || raw[index] == 0x0A || raw[index] == 0x0D || raw[index] == 0x09 { index += 1 }
        return index < raw.count && raw[index] == 0x3C
    }
}
