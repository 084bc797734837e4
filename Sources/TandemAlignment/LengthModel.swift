import Foundation
import TandemCore

/// Gale–Church's length model: a target text is on average `ratio` times as
/// long as its source (in characters), with a variance that grows with the
/// source length (`variance` per source character).
///
/// The parameters for a language pair are read from
/// `Locales/alignment/length-model.tsv`, estimated from parallel paragraphs
/// (see `Locales/alignment/README.md`); a pair not listed falls back to the
/// table's `*` row (all pairs pooled).
public struct LengthModel: Hashable, Sendable {
    /// Expected target characters per source character.
    public var ratio: Double
    /// Variance of the target length per source character.
    public var variance: Double

    /// A model with the given ratio and variance per source character.
    public init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    /// The model with source and target swapped.
    public var reversed: LengthModel {
        LengthModel(ratio: 1 / ratio, variance: variance / (ratio * ratio * ratio))
    }

    /// Gale and Church's published English–French/German estimate, used only
    /// when no table is available at all.
    public static let galeChurch1993 = LengthModel(ratio: 1, variance: 6.8)

    /// The cost `-ln P(match | lengths)` of pairing `source` characters with `target` characters.
    @inline(__always)
    func cost(source: Float, target: Float) -> Float {
        if source == 0 && target == 0 { return 0 }
        let mean = (Double(source) + Double(target) / ratio) / 2
        let delta = (Double(target) - Double(source) * ratio) / (max(mean, 1) * variance).squareRoot()
        return TailCost.shared.cost(abs(delta))
    }

    /// The probability that lengths this far apart come from a true pair (two-tailed), 0…1.
    func probability(source: Float, target: Float) -> Double {
        Double(exp(-cost(source: source, target: target)))
    }

    /// Reads the model for `source` → `target` language from a table (`source target ratio variance …` lines).
    public static func load(source: String, target: String, path: String) -> LengthModel? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var pooled: LengthModel?
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 4, let ratio = Double(fields[2]), let variance = Double(fields[3]) else { continue }
            let model = LengthModel(ratio: ratio, variance: variance)
            if fields[0] == source && fields[1] == target { return model }
            if fields[0] == target && fields[1] == source { return model.reversed }
            if fields[0] == "*" { pooled = model }
        }
        return pooled
    }

    /// The model for a language pair from tandem's data folder, or ``galeChurch1993``.
    public static func forPair(source: String, target: String) -> LengthModel {
        if source == target { return LengthModel(ratio: 1, variance: pooledVariance() ?? galeChurch1993.variance) }
        guard let path = try? ResourceLocator.path("alignment/length-model.tsv"),
              let model = load(source: source, target: target, path: path) else { return galeChurch1993 }
        return model
    }

    private static func pooledVariance() -> Double? {
        guard let path = try? ResourceLocator.path("alignment/length-model.tsv") else { return nil }
        return load(source: "*", target: "*", path: path)?.variance
    }
}

/// `-ln(2·(1 − Φ(δ)))` for δ ≥ 0, tabulated: the tail cost of a standard normal deviate.
final class TailCost: Sendable {
    static let shared = TailCost()
    private let table: [Float]
    private static let step: Double = 0.01
    private static let limit: Double = 12

    private init() {
        let count = Int(Self.limit / Self.step) + 2
        table = (0..<count).map { index in
            let delta = Double(index) * Self.step
            let tail = erfc(delta / 2.0.squareRoot())
            return Float(-log(max(tail, 1e-300)))
        }
    }

    @inline(__always)
    func cost(_ delta: Double) -> Float {
        if delta >= Self.limit {
            // Asymptotically δ²/2 + ln(δ·√(π/2)).
            return Float(delta * delta / 2 + log(delta * (Double.pi / 2).squareRoot()))
        }
        let position = delta / Self.step
        let index = Int(position)
        let fraction = Float(position - Double(index))
        return table[index] + (table[index + 1] - table[index]) * fraction
    }
}
