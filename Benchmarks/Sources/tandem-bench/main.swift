// Measures tandem's text foundation against Foundation's own API, in one process:
// NFC normalization (tandem's ICU Normalizer vs. precomposedStringWithCanonicalMapping)
// and sentence segmentation (tandem's Segmenter vs. a Foundation regular-expression
// splitter, since swift-corelibs-foundation has no sentence enumeration on Linux).
//
//     tandem-bench FILE LANGUAGE
import Foundation
import TandemCore
import TandemICU
import TandemSegmentation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func row(_ name: String, bytes: Int, time: Double, extra: String = "") {
    let mbps = Double(bytes) / 1e6 / time
    let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(padded + String(format: " %8.2f s %9.1f MB/s  ", time, mbps) + extra)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: tandem-bench FILE LANGUAGE\n".utf8))
    exit(2)
}
let path = arguments[1]
let language = arguments[2]
let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }
let decomposedLines = lines.map { $0.decomposedStringWithCanonicalMapping }
let decomposedBytes = decomposedLines.reduce(0) { $0 + $1.utf8.count + 1 }
print("input: \(path), \(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(lines.count) lines, language \(language)")

// NFC, line by line (as tandem normalizes each block).
let nfc = Normalizer(.nfc)
var sink = 0
let tandemNFCAlready = seconds { for line in lines { sink &+= nfc.normalize(line).utf8.count } }
let foundationNFCAlready = seconds { for line in lines { sink &+= line.precomposedStringWithCanonicalMapping.utf8.count } }
let tandemNFCWork = seconds { for line in decomposedLines { sink &+= nfc.normalize(line).utf8.count } }
let foundationNFCWork = seconds { for line in decomposedLines { sink &+= line.precomposedStringWithCanonicalMapping.utf8.count } }
print("\nNFC normalization")
row("tandem (ICU), text already NFC", bytes: bytes, time: tandemNFCAlready)
row("Foundation, text already NFC", bytes: bytes, time: foundationNFCAlready,
    extra: String(format: "ratio %.1fx", foundationNFCAlready / tandemNFCAlready))
row("tandem (ICU), NFD text to compose", bytes: decomposedBytes, time: tandemNFCWork)
row("Foundation, NFD text to compose", bytes: decomposedBytes, time: foundationNFCWork,
    extra: String(format: "ratio %.1fx", foundationNFCWork / tandemNFCWork))

// Sentence segmentation: blocks, sentences, positions.
let profile = try LanguageProfile.load(language: language, directory: try ResourceLocator.requireLocales())
var sentences = 0
let tandemSegment = try seconds {
    let stream = try Segmenter(profile: profile).stream(path: path)
    while let block = try stream.next() { sentences += block.segments.count }
}
let splitter = try NSRegularExpression(pattern: "(?<=[.!?])\\s+(?=\\p{Lu})")
var foundationSentences = 0
let foundationSegment = seconds {
    for line in lines where !line.isEmpty {
        let range = NSRange(line.startIndex..., in: line)
        foundationSentences += splitter.numberOfMatches(in: line, range: range) + 1
    }
}
print("\nSentence segmentation")
row("tandem Segmenter (streamed from the file)", bytes: bytes, time: tandemSegment,
    extra: String(format: "%.0f sentences/s (%d sentences)", Double(sentences) / tandemSegment, sentences))
row("Foundation NSRegularExpression splitter", bytes: bytes, time: foundationSegment,
    extra: String(format: "%.0f sentences/s (%d sentences), ratio %.1fx", Double(foundationSentences) / foundationSegment,
                  foundationSentences, foundationSegment / tandemSegment))
if sink == 42 { print("") }
