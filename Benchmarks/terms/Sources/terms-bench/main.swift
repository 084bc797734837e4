import Foundation
import TandemTerminology

func ms(_ a: Date, _ b: Date) -> String { String(format: "%.1f", b.timeIntervalSince(a) * 1000) }
let dir = CommandLine.arguments[1]
if CommandLine.arguments.count > 2 { try BundledTermbase.writeIndex(directory: dir) }
let t0 = Date()
let glossary = try BundledTermbase.load(directory: dir)
let t1 = Date()
let index = TermIndex(glossaries: [glossary], sourceLanguage: "en", targetLanguage: "de")
let t2 = Date()
let cached = try BundledTermbase.index(directory: dir)
let t3 = Date()
print("load \(ms(t0,t1)) index \(ms(t1,t2)) cached \(ms(t2,t3)) \(index.conceptCount) \(cached.conceptCount)")
