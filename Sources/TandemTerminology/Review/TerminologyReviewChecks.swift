import Foundation
import TandemCore
import TandemReview

/// The terminology checks as review-engine checks: `tandem review` runs them
/// beside the built-in ones after
///
///     var registry = CheckRegistry.builtIn
///     TerminologyReviewChecks.register(into: &registry)
///
/// The four checks of one review share one ``TerminologyReviewer`` (the terms
/// of each pair are found once). It loads the bundled occupation termbase for
/// the review's language pair and the glossaries of ``ReviewContext/glossaries``
/// (`--glossary`, `.tandem.yml`), which win over the bundled one.
public enum TerminologyReviewChecks {
    /// One descriptor per terminology check, with the examples that use the bundled termbase.
    public static var descriptors: [CheckDescriptor] {
        TerminologyChecks.all.map { check in
            let id = check.id
            return CheckDescriptor(
                id: id, category: .terminology, severity: check.severity, summaryKey: check.summaryKey,
                examples: check.examples.compactMap(reviewExample),
                make: { context in try TerminologyReviewCheck(id: id, context: context) })
        }
    }

    /// Adds the terminology checks to `registry`.
    public static func register(into registry: inout CheckRegistry) {
        for descriptor in descriptors { registry.register(descriptor) }
    }

    /// A registry with only the terminology checks (`tandem terms check`).
    public static var registry: CheckRegistry { CheckRegistry(descriptors) }

    /// An example in the review engine's form (examples with their own glossary have none).
    static func reviewExample(_ example: TerminologyExample) -> CheckExample? {
        guard example.glossary == nil else { return nil }
        return CheckExample(
            pairs: example.pairs.map { CheckExample.Pair($0.source, $0.target) },
            expected: example.expected.map { CheckExample.Expected(side: $0.side == .source ? .source : .target, excerpt: $0.excerpt) },
            targetLanguage: example.targetLanguage, note: example.note)
    }
}

/// One terminology check inside the review engine: it takes its share of the
/// findings of the review's ``TerminologySession``.
final class TerminologyReviewCheck: ReviewCheck {
    let descriptor: CheckDescriptor
    private let session: TerminologySession

    init(id: String, context: ReviewContext) throws {
        guard let descriptor = TerminologyReviewChecks.descriptors.first(where: { $0.id == id }) else {
            throw InputError.other(message: "unknown terminology check \(id)")
        }
        self.descriptor = descriptor
        self.session = try TerminologySession.shared(for: context)
        session.want(id)
    }

    func review(_ pair: PairView, into findings: inout FindingList) {
        session.advance(to: pair)
        for finding in session.take(descriptor.id) { findings.append(finding.finding, targetRange: finding.targetRange) }
    }

    func finish(into findings: inout FindingList) {
        session.finish()
        for finding in session.take(descriptor.id) { findings.append(finding.finding, targetRange: finding.targetRange) }
    }
}

/// The terminology review of one ``ReviewContext``, shared by its checks.
///
/// Only the checks the review runs are run: the reviewer is made when the
/// first pair comes, after every enabled check has said it wants its findings,
/// so a switched-off check neither costs time nor keeps what it would remember.
final class TerminologySession {
    private let index: TermIndex
    private var wanted: Set<String> = []
    private lazy var reviewer = TerminologyReviewer(index: index, checks: wanted)
    private var lastPair = -1
    private var finished = false
    private var queues: [String: [TermFinding]] = [:]

    private init(index: TermIndex) {
        self.index = index
    }

    /// Asks for the findings of check `id` (before the first pair).
    func want(_ id: String) {
        wanted.insert(id)
    }

    /// Reviews `pair` unless another check of the same review already did.
    func advance(to pair: PairView) {
        guard pair.index > lastPair else { return }
        lastPair = pair.index
        distribute(reviewer.review(pair.pair, index: pair.index))
    }

    /// Runs the end-of-document step once.
    func finish() {
        guard !finished else { return }
        finished = true
        distribute(reviewer.finish())
    }

    /// The findings of check `id` found so far, removed from the queue.
    func take(_ id: String) -> [TermFinding] {
        defer { queues[id] = nil }
        return queues[id] ?? []
    }

    private func distribute(_ findings: [TermFinding]) {
        for finding in findings { queues[finding.finding.check, default: []].append(finding) }
    }

    // MARK: - Sharing

    private final class Entry {
        weak var context: ReviewContext?
        weak var session: TerminologySession?
        init(context: ReviewContext, session: TerminologySession) {
            self.context = context
            self.session = session
        }
    }

    /// Sessions by context; a lock guards the table (the entries hold weak references only).
    private final class Table: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [ObjectIdentifier: Entry] = [:]

        func session(for context: ReviewContext) -> TerminologySession? {
            lock.lock()
            defer { lock.unlock() }
            guard let entry = entries[ObjectIdentifier(context)], entry.context === context else { return nil }
            return entry.session
        }

        func store(_ session: TerminologySession, for context: ReviewContext) {
            lock.lock()
            defer { lock.unlock() }
            entries = entries.filter { $0.value.context != nil && $0.value.session != nil }
            entries[ObjectIdentifier(context)] = Entry(context: context, session: session)
        }
    }

    private static let table = Table()

    /// The session of `context`, made by the first of its checks.
    static func shared(for context: ReviewContext) throws -> TerminologySession {
        if let existing = table.session(for: context) { return existing }
        let index = try TermIndexCache.index(source: context.source.tag.identifier, target: context.target.tag.identifier,
                                             glossaries: context.glossaries)
        let session = TerminologySession(index: index)
        table.store(session, for: context)
        return session
    }
}
