// Measures the terminology module: loading the bundled termbase (from the
// precomputed index file, and compiled from its TSV files) and matching segment
// pairs with all terminology checks, on one thread.
//
//     terms-bench TERMINOLOGY_DIR PAIRS.tsv
import Foundation
import TandemCore
import TandemTerminology

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func row(_ name: String, _ value: String) {
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + value)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: terms-bench TERMINOLOGY_DIR PAIRS.tsv\n".utf8))
    exit(2)
}
let directory = arguments[1]
let pairsPath = arguments[2]

// Loading, best of five runs each (the first run also pays for reading the files from disk).
var cachedTimes: [Double] = []
var index: TermIndex?
for _ in 0..<5 {
    cachedTimes.append(try milliseconds { index = try BundledTermbase.index(directory: directory) })
}
let current = try BundledTermbase.indexIsCurrent(directory: directory)
var compileTimes: [Double] = []
var compiled: TermIndex?
for _ in 0..<3 {
    compileTimes.append(try milliseconds {
        compiled = TermIndex(glossaries: [try BundledTermbase.load(directory: directory)], sourceLanguage: "en", targetLanguage: "de")
    })
}
guard let index, let compiled else { exit(1) }

// The pairs: one segment per side, as an aligner would give them.
let lines = try String(contentsOfFile: pairsPath, encoding: .utf8).split(separator: "\n")
var pairs: [SegmentPair] = []
pairs.reserveCapacity(lines.count)
for (number, line) in lines.enumerated() {
    let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard cells.count == 2 else { continue }
    let source = Segment(index: number, block: number, kind: .paragraph, text: String(cells[0]),
                         sourceMap: SourceMap(start: SourcePosition(line: number + 1, column: 1)))
    let target = Segment(index: number, block: number, kind: .paragraph, text: String(cells[1]),
                         sourceMap: SourceMap(start: SourcePosition(line: number + 1, column: 1)))
    pairs.append(SegmentPair(source: [source], target: [target]))
}
let sourceBytes = pairs.reduce(0) { $0 + $1.sourceText.utf8.count + $1.targetText.utf8.count }

var findings: [Finding] = []
let matchTime = milliseconds { findings = TerminologyReviewer.findings(in: pairs, index: index) }
var byCheck: [String: Int] = [:]
for finding in findings { byCheck[finding.check, default: 0] += 1 }

print("terminology benchmark: \(index.conceptCount) concepts, \(index.sourceTermCount) English and \(index.targetTermCount) German terms")
row("load bundled termbase (index file\(current ? "" : ", STALE: compiled")), best of 5",
    String(format: "%8.1f ms   (first run %.1f ms)", cachedTimes.min()!, cachedTimes[0]))
row("compile bundled termbase from TSV, best of 3",
    String(format: "%8.1f ms   (%d concepts)", compileTimes.min()!, compiled.conceptCount))
row("match \(pairs.count) pairs, all terminology checks",
    String(format: "%8.1f ms   %9.0f pairs/s   %6.1f MB/s", matchTime, Double(pairs.count) / matchTime * 1000,
           Double(sourceBytes) / 1e6 / (matchTime / 1000)))
row("findings", "\(findings.count)  " + byCheck.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
