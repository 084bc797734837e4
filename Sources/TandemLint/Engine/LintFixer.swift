import TandemCore
import TandemFormats
import TandemICU

/// `tandem lint --fix`: the fixes that cannot change what a file means.
///
/// - `nfc`: values composed to NFC (only the bytes of those values change);
/// - `byte-order-mark`: a UTF-8 byte-order mark removed where the format does not want one;
/// - `trailing-whitespace`: spaces and tabs removed at line ends in JSON and PO files.
///
/// Only UTF-8 files are changed, each written atomically (a temporary file,
/// then a rename); every other byte stays as it was.
public struct LintFixer: Sendable {
    public static let fixableChecks: Set<String> = [NormalizationCheck.id, ByteOrderMarkCheck.id, TrailingWhitespaceCheck.id]

    public init() {}

    /// Fixes what `findings` report in the files they name; returns the paths changed.
    public func fix(_ findings: [Finding]) throws(InputError) -> [String] {
        var byPath: [String: Set<String>] = [:]
        for finding in findings where Self.fixableChecks.contains(finding.check) {
            guard let path = finding.target?.path else { continue }
            byPath[path, default: []].insert(finding.check)
        }
        var changed: [String] = []
        for (path, checks) in byPath.sorted(by: { $0.key < $1.key }) {
            let raw = try SourceText.readBytes(path: path)
            guard let fixed = try fixedBytes(path: path, raw: raw, checks: checks), fixed != raw else { continue }
            try AtomicFile.write(fixed, to: path)
            changed.append(path)
        }
        return changed
    }

    /// The file's bytes with the fixes for `checks` applied, or nil when the file is not UTF-8.
    public func fixedBytes(path: String, raw: [UInt8], checks: Set<String>) throws(InputError) -> [UInt8]? {
        guard let format = FormatDetector.detect(path: path, prefix: raw.prefix(4096)) else { return nil }
        let source = try SourceText.decode(path: path, raw: raw, fallback: format == .properties ? .latin1 : .none)
        guard source.encoding == .utf8 else { return nil }
        let bom = source.byteOrderMarkLength
        var replacements: [(range: Range<Int>, bytes: [UInt8])] = []
        if checks.contains(NormalizationCheck.id) {
            let nfc = Normalizer(.nfc)
            let resources = try LocaleReader.read(path: path, raw: raw, format: format)
            var seen = Set<Int>()
            for resource in resources {
                for entry in resource.entries {
                    for value in entry.value.texts where !nfc.isNormalized(value.text) {
                        let count = value.text.unicodeScalars.count
                        let start = source.byteOffset(of: value.position)
                        var end = source.byteOffset(of: value.position(at: count - 1))
                        if end < source.bytes.count {
                            end += 1
                            while end < source.bytes.count, source.bytes[end] & 0xC0 == 0x80 { end += 1 }
                        }
                        guard start < end, seen.insert(start).inserted else { continue }
                        let original = source.string(start..<end)
                        let normalized = nfc.normalize(original)
                        // Compare scalars: String equality treats canonically equivalent text as equal.
                        if !normalized.unicodeScalars.elementsEqual(original.unicodeScalars) { replacements.append((start..<end, Array(normalized.utf8))) }
                    }
                }
            }
        }
        if checks.contains(TrailingWhitespaceCheck.id), TrailingWhitespaceCheck.formats.contains(format) {
            for range in TrailingWhitespaceCheck.lines(in: source.bytes) { replacements.append((range, [])) }
        }
        // Apply from the end, skipping overlaps.
        var bytes = source.bytes
        var lowest = Int.max
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where replacement.range.upperBound <= lowest {
            bytes.replaceSubrange(replacement.range, with: replacement.bytes)
            lowest = replacement.range.lowerBound
        }
        let keepMark = bom > 0 && !(checks.contains(ByteOrderMarkCheck.id) && ByteOrderMarkCheck.formats.contains(format))
        return (keepMark ? Array(raw[0..<bom]) : []) + bytes
    }
}
