import Foundation
import TandemAlignment
import TandemCore
import TandemReports
import TandemSegmentation

// report-bench OUT PAIRS FINDINGS
//
// Builds PAIRS segment pairs from the bundled sample (aligned once, then repeated
// with line numbers moved on) and FINDINGS findings spread over them, renders
// the HTML review report five times and prints: pairs, findings, bytes, and the
// fastest and median time in milliseconds.

let arguments = CommandLine.arguments
guard arguments.count == 4, let pairCount = Int(arguments[2]), let findingCount = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: report-bench OUT PAIRS FINDINGS\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let locales = root.appendingPathComponent("Locales").path
let sample = "\(locales)/samples/customer-service-representative"

func blocks(_ path: String, _ language: String) throws -> [Block] {
    let stream = try Segmenter(profile: try LanguageProfile.load(language: language, directory: locales)).stream(path: path)
    var blocks: [Block] = []
    while let block = try stream.next() { blocks.append(block) }
    return blocks
}

let aligner = Aligner(sourceLanguage: "en", targetLanguage: "de", dictionary: try? BilingualDictionary.shared())
let base = aligner.align(source: try blocks("\(sample).en.md", "en"), target: try blocks("\(sample).de.md", "de"))
let linesPerCopy = 62

func moved(_ segment: Segment, copy: Int, index: Int) -> Segment {
    let anchors = segment.sourceMap.anchors.map {
        SourceMap.Anchor(offset: $0.offset, position: SourcePosition(line: $0.position.line + copy * linesPerCopy, column: $0.position.column))
    }
    return Segment(index: index, block: segment.block, kind: segment.kind, text: segment.text, sourceMap: SourceMap(anchors: anchors))
}

var pairs: [SegmentPair] = []
pairs.reserveCapacity(pairCount)
var sourceIndex = 0, targetIndex = 0
while pairs.count < pairCount {
    let copy = pairs.count / base.count
    let pair = base[pairs.count % base.count]
    let source = pair.source.map { segment -> Segment in defer { sourceIndex += 1 }; return moved(segment, copy: copy, index: sourceIndex) }
    let target = pair.target.map { segment -> Segment in defer { targetIndex += 1 }; return moved(segment, copy: copy, index: targetIndex) }
    pairs.append(SegmentPair(kind: pair.kind, score: pair.score, source: source, target: target))
}

// Findings on words of the translation, spread evenly, with a fixed mix of severities and checks.
let checks: [(String, FindingCategory, String)] = [
    ("spelling", .spelling, "reviewMisspelled"), ("numbers", .number, "reviewNumberMissing"),
    ("typography", .typography, "reviewStraightQuotes"), ("terminology", .terminology, "reviewInconsistentTerm"),
    ("locale-conventions", .localeConvention, "reviewLocaleNumberFormat"), ("consistency", .consistency, "reviewInconsistentTranslation"),
]
var findings: [Finding] = []
let withTarget = pairs.indices.filter { !pairs[$0].target.isEmpty }
for number in 0..<findingCount {
    let index = withTarget[(number * withTarget.count / max(findingCount, 1)) % withTarget.count]
    let segment = pairs[index].target[0]
    let words = segment.text.split(separator: " ")
    let word = String(words[number % words.count])
    let offset = segment.text.distance(from: segment.text.startIndex, to: segment.text.range(of: word)!.lowerBound)
    let check = checks[number % checks.count]
    let severity: Severity = number % 10 == 0 ? .critical : (number % 3 == 0 ? .major : .minor)
    findings.append(Finding(check: check.0, category: check.1, severity: severity, messageKey: check.2,
                            messageArguments: ["word": word, "text": word, "source": word, "target": word, "suggestion": word,
                                               "locale": "de-DE", "term": word, "usual": word, "count": "3", "line": "12", "first": word],
                            suggestion: number % 2 == 0 ? word.lowercased() : nil,
                            target: FindingSpan(segment: segment, offset: segment.text.unicodeScalars.count - segment.text[segment.text.index(segment.text.startIndex, offsetBy: offset)...].unicodeScalars.count,
                                                length: word.unicodeScalars.count),
                            pairIndex: index, discriminator: String(number)))
}

let catalog = try MessageCatalog(language: "en", directory: locales)
let document = HTMLReportDocument(sourcePath: "bench.en.md", targetPath: "bench.de.md", sourceLanguage: "en", targetLanguage: "de")
var times: [Double] = []
var bytes: [UInt8] = []
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    bytes = HTMLReviewReport.render(pairs: pairs, findings: findings, document: document,
                                    score: HTMLReportScore(score: 80, penalty: 1000, wordCount: 200_000), catalog: catalog,
                                    stamp: HTMLReportStamp(toolVersion: "bench"))
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}
try Data(bytes).write(to: URL(fileURLWithPath: arguments[1]))
times.sort()
print("\(pairs.count)\t\(findings.count)\t\(bytes.count)\t\(String(format: "%.0f", times[0]))\t\(String(format: "%.0f", times[2]))")
