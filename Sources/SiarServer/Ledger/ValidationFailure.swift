import SiarContent

/// A change refused because it would add errors to the content: the diagnostics `siar check` would print
/// after it (docs/CONTENT.md#diagnostics). The HTTP layer answers 422 with `{"diagnostics": problems}`.
public struct ValidationFailure: ServiceError, CustomStringConvertible {
    /// One diagnostic, and the ledger column it concerns when it is about the changed row.
    public struct Problem: Sendable, Hashable, Encodable {
        public let diagnostic: Diagnostic
        /// The ledger column (`service`, `published`, …), for showing the message beside a form field.
        public let field: String?

        /// `{path, line, column, severity, message, field}`.
        public func encode(to encoder: any Encoder) throws {
            var values = encoder.container(keyedBy: Key.self)
            try values.encode(diagnostic.location.path, forKey: .path)
            try values.encode(diagnostic.location.line, forKey: .line)
            try values.encode(diagnostic.location.column, forKey: .column)
            try values.encode(diagnostic.severity.rawValue, forKey: .severity)
            try values.encode(diagnostic.message, forKey: .message)
            try values.encodeIfPresent(field, forKey: .field)
        }

        private enum Key: String, CodingKey {
            case path, line, column, severity, message, field
        }
    }

    /// Sorted as `siar check` sorts them.
    public let problems: [Problem]

    init(_ problems: [Problem]) {
        self.problems = problems.sorted { $0.diagnostic < $1.diagnostic }
    }

    init(_ diagnostics: [Diagnostic]) {
        self.init(diagnostics.map { Problem(diagnostic: $0, field: nil) })
    }

    public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }

    public var status: Int { 422 }

    public var message: String {
        let count = problems.count
        return "the change was not saved: it would add \(count) error\(count == 1 ? "" : "s") to the content"
    }

    /// What a partner user may read of `problem`: its message when it is about a field of the change, a
    /// plain sentence when it is about another file (whose message may name paths).
    static func publicMessage(of problem: Problem) -> String {
        problem.field == nil
            ? "the content has an error elsewhere that the office must fix first; try again later or ask the office"
            : problem.diagnostic.message
    }

    /// The message, then the diagnostics one per line.
    public var description: String { ([message] + diagnostics.map(\.description)).joined(separator: "\n") }
}
