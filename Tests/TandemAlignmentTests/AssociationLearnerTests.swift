@testable import TandemAlignment
import TandemCore
import XCTest

final class AssociationLearnerTests: XCTestCase {
    /// German and French sentences tied together by their numbers; the words `Lager` and
    /// `l’entrepôt` keep appearing together but are not written alike.
    private let german = (1...8).map { "Das Lager \($0) hat \($0 * 40) Kisten und \($0 + 3) Türen." }
    private let french = (1...8).map { "L’entrepôt \($0) compte \($0 * 40) caisses et \($0 + 3) portes." }

    func testWordsThatKeepAppearingTogetherAreLinked() {
        let source = LineSegments.blocks(of: german.joined(separator: "\n"))
        let target = LineSegments.blocks(of: french.joined(separator: "\n"))
        var sourceAnalyzer = TextAnalyzer(role: .plain, numbers: NumberReading(locale: "de"), dictionary: nil,
                                          capitalizesNouns: true)
        var targetAnalyzer = TextAnalyzer(role: .plain, numbers: NumberReading(locale: "fr"), dictionary: nil,
                                          capitalizesNouns: false)
        let sourceFeatures = source.map { $0.segments.map { sourceAnalyzer.analyze($0.text) } }
        let targetFeatures = target.map { $0.segments.map { targetAnalyzer.analyze($0.text) } }
        let parameters = AlignmentParameters()
        sourceAnalyzer.finishWeights(segmentCount: 8, parameters: parameters)
        targetAnalyzer.finishWeights(segmentCount: 8, parameters: parameters)
        var sourceTable = sourceAnalyzer.table
        var targetTable = targetAnalyzer.table

        let pairs = Aligner(sourceLanguage: "de", targetLanguage: "fr", dictionary: nil).align(source: source, target: target)
        XCTAssertEqual(pairs.map(\.kind), Array(repeating: "1-1", count: 8))
        let learner = AssociationLearner(sourceTable: sourceTable, targetTable: targetTable, parameters: parameters)
        XCTAssertTrue(learner.learn(from: pairs, sourceFeatures: sourceFeatures, targetFeatures: targetFeatures,
                                    sourceBlocks: source, targetBlocks: target,
                                    sourceTable: &sourceTable, targetTable: &targetTable))

        func type(_ table: TypeTable, _ word: String) -> Int? {
            [TokenHash.word(word), TokenHash.word(word) ^ 0x5BD1_E995_0000_0001].lazy.compactMap { table.lookup[$0] }.first.map(Int.init)
        }
        let lager = type(sourceTable, "lager")
        let entrepot = type(targetTable, "l’entrepôt")
        guard let lager, let entrepot else { return XCTFail("words not found") }
        let shared = Set(sourceTable.keys[lager]).intersection(targetTable.keys[entrepot])
        XCTAssertFalse(shared.isEmpty, "Lager and l’entrepôt share a learned key")
        XCTAssertEqual(sourceTable.evidenceClass[lager], .word)
    }
}
