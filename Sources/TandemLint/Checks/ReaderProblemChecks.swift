import TandemCore
import TandemFormats

/// Turns the problems a reader recorded into findings of one check.
enum ReaderProblems {
    static func findings<Check: LintCheck>(_ check: Check.Type, _ subject: LintSubject, messageKey: String,
                                           where include: (FormatProblem) -> Bool, into findings: inout [Finding]) {
        for problem in subject.resource.problems where include(problem) {
            findings.append(subject.finding(check, messageKey, ["message": problem.message, "key": problem.text],
                                            at: problem.position, text: problem.text, length: max(1, problem.text.unicodeScalars.count),
                                            discriminator: "\(problem.code)\u{1F}\(problem.text)\u{1F}\(problem.message)"))
        }
    }
}
