import Foundation
import TandemTerminology

func ms(_ a: Date, _ b: Date) -> String { String(format: "%.1f", b.timeIntervalSince(a) * 1000) }
let dir = CommandLine.arguments[1]
let t0 = Date()
let glossary = try BundledTermbase.load(directory: dir)
let t1 = Date()
let index = TermIndex(glossaries: [glossary], sourceLanguage: "en", targetLanguage: "de")
let t2 = Date()
let enOnly = TermIndex(glossaries: [glossary], sourceLanguage: "en", targetLanguage: "fr")
let t3 = Date()
let deOnly = TermIndex(glossaries: [glossary], sourceLanguage: "fr", targetLanguage: "de")
let t4 = Date()
print("load \(ms(t0,t1)) index \(ms(t1,t2)) en-only \(ms(t2,t3)) de-only \(ms(t3,t4)) \(index.conceptCount) \(enOnly.conceptCount) \(deOnly.conceptCount)")
