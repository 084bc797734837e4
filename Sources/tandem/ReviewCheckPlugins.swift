import TandemReview
import TandemTerminology

/// Checks from other modules that `tandem review` and `tandem checks` run
/// besides tandem's built-in ones (``CheckRegistry/builtIn``).
///
/// A module adds its check here with one line, e.g.
/// `registry.register(TerminologyCheck.descriptor)`; the check reads the
/// glossaries given with `--glossary` or in `.tandem.yml` from
/// ``ReviewContext/glossaries``.
enum ReviewCheckPlugins {
    /// The registry `tandem review` uses.
    static func registry() -> CheckRegistry {
        var registry = CheckRegistry.builtIn
        register(into: &registry)
        return registry
    }

    static func register(into registry: inout CheckRegistry) {
        TerminologyReviewChecks.register(into: &registry)
    }
}
