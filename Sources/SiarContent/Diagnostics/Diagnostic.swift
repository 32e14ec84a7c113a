/// One problem found in the content, printed compiler-style.
///
/// The wording of every message lives in ``Diagnostic/Reason``; a diagnostic only pairs a reason with
/// where it happened, so the same problem reads the same in the terminal and in the HTTP service:
/// `Content/releases/2024/x.md:4:12: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?`
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: Reason
    /// Normally the reason's own severity; kept separate so a rule can be made stricter or looser.
    public var severity: Severity

    public init(_ reason: Reason, at location: SourceLocation, severity: Severity? = nil) {
        self.location = location
        self.reason = reason
        self.severity = severity ?? reason.severity
    }

    /// The message without location and severity.
    public var message: String { reason.message }

    /// `<path>:<line>:<column>: <severity>: <message>` (docs/CONTENT.md#diagnostics).
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// Diagnostics sort by file, then position, then severity, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}
