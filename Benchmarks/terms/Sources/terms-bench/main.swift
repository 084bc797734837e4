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

/// CPU time of this thread in milliseconds (wall time counts the other processes sharing the core).
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

/// Wall and CPU milliseconds of `body`.
func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let cpu = cpuMilliseconds()
    let wall = try milliseconds(body)
    return (wall, cpuMilliseconds() - cpu)
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
var cachedTimes: [(wall: Double, cpu: Double)] = []
var index: TermIndex?
for _ in 0..<5 {
    cachedTimes.append(try measure { index = try BundledTermbase.index(directory: directory) })
}
let current = try BundledTermbase.indexIsCurrent(directory: directory)
var compileTimes: [(wall: Double, cpu: Double)] = []
var compiled: TermIndex?
for _ in 0..<3 {
    compileTimes.append(try measure {
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
var matchTimes: [(wall: Double, cpu: Double)] = []
for _ in 0..<3 {
    matchTimes.append(measure { findings = TerminologyReviewer.findings(in: pairs, index: index) })
}
var byCheck: [String: Int] = [:]
for finding in findings { byCheck[finding.check, default: 0] += 1 }

func best(_ times: [(wall: Double, cpu: Double)]) -> (wall: Double, cpu: Double) {
    (times.map(\.wall).min()!, times.map(\.cpu).min()!)
}
let load = best(cachedTimes)
let compile = best(compileTimes)
let match = best(matchTimes)
print("terminology benchmark: \(index.conceptCount) concepts, \(index.sourceTermCount) English and \(index.targetTermCount) German terms")
print("(best of several runs; wall time, and CPU time of the thread, which other processes on the core do not inflate)")
row("load bundled termbase (index file\(current ? "" : ", STALE: compiled"))",
    String(format: "%8.1f ms wall %8.1f ms CPU   (first run %.1f ms wall)", load.wall, load.cpu, cachedTimes[0].wall))
row("compile bundled termbase from TSV",
    String(format: "%8.1f ms wall %8.1f ms CPU", compile.wall, compile.cpu))
row("match \(pairs.count) pairs, all terminology checks",
    String(format: "%8.1f ms wall %8.1f ms CPU", match.wall, match.cpu))
row("  pairs per second", String(format: "%8.0f wall %11.0f CPU   (%.1f MB/s of text, CPU)", Double(pairs.count) / match.wall * 1000,
                                  Double(pairs.count) / match.cpu * 1000, Double(sourceBytes) / 1e6 / (match.cpu / 1000)))
row("findings", "\(findings.count)  " + byCheck.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
