/// Every diagnostic of one run, sorted, with the count line that closes the listing.
public struct DiagnosticReport: Sendable, Hashable {
    /// Sorted and without exact duplicates.
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: some Sequence<Diagnostic>) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var hasErrors: Bool { errorCount > 0 }

    /// `2 errors, 1 warning`, or `no problems`.
    public var summaryLine: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        if diagnostics.isEmpty { return "no problems" }
        var parts = [plural(errorCount, "error"), plural(warningCount, "warning")]
        let notes = diagnostics.count - errorCount - warningCount
        if notes > 0 { parts.append(plural(notes, "note")) }
        return parts.joined(separator: ", ")
    }

    /// The diagnostics one per line, then the summary line.
    public var rendered: String {
        (diagnostics.map(\.description) + [summaryLine]).joined(separator: "\n")
    }
}
