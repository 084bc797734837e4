import TandemCore

/// Reads any bilingual file tandem knows into a ``BilingualDocument``:
/// XLIFF 1.2, XLIFF 2.x, TMX 1.4b, gettext PO and two-column TSV.
///
///     let document = try BilingualReader.read(path: "checkout.de.xlf")
///     let pairs = document.segmentPairs()      // [SegmentPair] for the review engine
///     pairs[0].source[0].sourceMap.position(at: 4)   // line and column in the XLIFF file
///
/// The format is recognized by content (the XML root element and its version)
/// and, for PO and TSV, by the file name extension.
public enum BilingualReader {
    /// Reads the bilingual file at `path`. For a TMX file holding several
    /// languages, `targetLanguage` picks the target side (default: the first
    /// language other than the source).
    public static func read(path: String, targetLanguage: String? = nil) throws(InputError) -> BilingualDocument {
        let raw = try SourceText.readBytes(path: path)
        guard let format = FormatDetector.detect(path: path, prefix: raw.prefix(4096)), format.isBilingual else {
            throw .other(message: "\(path): tandem cannot read this file as a bilingual file; it reads XLIFF 1.2 and 2.x (.xlf, .xliff), TMX 1.4b (.tmx), gettext PO (.po, .pot) and two-column TSV (.tsv)")
        }
        return try read(path: path, raw: raw, format: format, targetLanguage: targetLanguage)
    }

    /// Reads raw bytes in a known bilingual `format`.
    public static func read(path: String, raw: [UInt8], format: FileFormat, targetLanguage: String? = nil) throws(InputError) -> BilingualDocument {
        switch format {
        case .xliff12:
            return try XLIFF12Reader.read(XMLDocument(source: XMLDocument.decode(path: path, raw: raw)))
        case .xliff2:
            return try XLIFF2Reader.read(XMLDocument(source: XMLDocument.decode(path: path, raw: raw)))
        case .tmx:
            return try TMXReader.read(XMLDocument(source: XMLDocument.decode(path: path, raw: raw)), targetLanguage: targetLanguage)
        case .po:
            return POReader.bilingual(try POReader.read(SourceText.decode(path: path, raw: raw)))
        case .tsv:
            return try TSVReader.read(SourceText.decode(path: path, raw: raw))
        default:
            throw .other(message: "\(path): \(format.displayName) is not a bilingual format")
        }
    }
}
