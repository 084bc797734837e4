import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Console {
    /// Whether to color terminal output: standard output is a terminal and NO_COLOR is not set.
    static func wantsColor(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}
