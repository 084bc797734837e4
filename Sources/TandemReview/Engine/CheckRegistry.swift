import TandemCore

/// The checks a review can run, in the order they run.
///
/// ``builtIn`` lists tandem's own checks; other modules add theirs with
/// ``register(_:)`` (a descriptor with an id already present replaces it).
public struct CheckRegistry: Sendable {
    public private(set) var descriptors: [CheckDescriptor]

    public init(_ descriptors: [CheckDescriptor]) {
        self.descriptors = descriptors
    }

    /// tandem's own checks. Untranslated text and omissions come first: what they find silences the others.
    public static let builtIn = CheckRegistry([
        UntranslatedCheck.descriptor,
        OmissionCheck.descriptor,
        NumbersCheck.descriptor,
        LocaleConventionsCheck.descriptor,
        TypographyCheck.descriptor,
        SpellingCheck.descriptor,
        ConsistencyCheck.descriptor,
        MarkupCheck.descriptor,
        FalseFriendsCheck.descriptor,
    ])

    /// Adds a check (or replaces the one with the same id).
    public mutating func register(_ descriptor: CheckDescriptor) {
        if let index = descriptors.firstIndex(where: { $0.id == descriptor.id }) {
            descriptors[index] = descriptor
        } else {
            descriptors.append(descriptor)
        }
    }

    /// The check with id `id`.
    public func descriptor(_ id: String) -> CheckDescriptor? {
        descriptors.first { $0.id == id }
    }

    /// The ids of all checks.
    public var ids: [String] { descriptors.map(\.id) }

    /// Fresh checks for one review, those that `settings` enable.
    public func makeChecks(context: ReviewContext, settings: ReviewSettings) throws -> [any ReviewCheck] {
        try descriptors.filter { settings.isEnabled($0.id) }.map { try $0.make(context) }
    }
}
