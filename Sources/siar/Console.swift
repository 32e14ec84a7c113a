import SiarContent

#if canImport(Glibc)
    import Glibc
#endif

/// Printing for the subcommands: diagnostics and errors to standard error, results to standard output.
enum Console {
    static func error(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, base + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// The diagnostics one per line and the count line (docs/CONTENT.md#diagnostics), on standard error.
    static func print(_ report: DiagnosticReport) {
        for diagnostic in report.diagnostics { error(diagnostic.description) }
        error(report.summaryLine)
    }
}

/// Exit statuses of docs/CONTENT.md#exit-statuses.
enum ExitStatus {
    static let contentErrors: Int32 = 1
    /// `siar serve` cannot listen on its address (EX_UNAVAILABLE of sysexits.h).
    static let unavailable: Int32 = 69
}
