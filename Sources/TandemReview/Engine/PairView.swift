import TandemCore

/// A segment pair as the checks see it: both sides prepared once.
public final class PairView {
    /// The pair's index in the document (0-based).
    public let index: Int
    public let pair: SegmentPair
    public let source: SideText
    public let target: SideText
    /// Inline codes of a bilingual file's unit (empty for texts).
    public let sourceMarkers: [InlineMarker]
    public let targetMarkers: [InlineMarker]

    public init(index: Int, pair: SegmentPair, context: ReviewContext, sourceMarkers: [InlineMarker] = [], targetMarkers: [InlineMarker] = []) {
        self.sourceMarkers = sourceMarkers
        self.targetMarkers = targetMarkers
        self.index = index
        self.pair = pair
        self.source = SideText(side: .source, segments: pair.source, language: context.source)
        self.target = SideText(side: .target, segments: pair.target, language: context.target)
    }

    /// Whether the pair is an omission (source without target) or addition (target without source).
    public var isOneSided: Bool { source.isEmpty || target.isEmpty }

    /// The numbers of both sides, matched by value (shared by the number and locale-convention checks).
    public private(set) lazy var numberAlignment = NumberAlignment(source: source, target: target)

    /// The side named `side`.
    public func side(_ side: ReviewSide) -> SideText { side == .source ? source : target }
}
