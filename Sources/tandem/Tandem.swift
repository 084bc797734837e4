import ArgumentParser
import Foundation
import TandemCore

/// The `tandem` command: parses arguments, runs a subcommand, sets the exit status
/// (0 fine, 1 findings at or above the failing severity, 2 usage or input error).
@main
struct Tandem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem",
        abstract: "Review German and English translations: segment, align, check and report.",
        discussion: """
        tandem pairs a German text with its English source sentence by sentence and \
        finds what a reviewer looks for: mistranslated job titles, changed numbers, \
        US number formats left in German text, omissions, untranslated passages and \
        German typography slips.
        """,
        version: TandemVersion.string,
        subcommands: [SegmentCommand.self, AlignCommand.self, ReviewCommand.self, ChecksCommand.self, LintCommand.self, DiffCommand.self, TermsCommand.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Console.error(Console.catalog().message(for: error))
            Foundation.exit(ExitStatus.inputError)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            Console.error(message)
            Foundation.exit(ExitStatus.inputError)
        }
    }
}

/// The exit statuses tandem uses.
enum ExitStatus {
    static let ok: Int32 = 0
    static let findings: Int32 = 1
    static let inputError: Int32 = 2
}

/// tandem's version.
enum TandemVersion {
    static let string = "0.1.0"
}
