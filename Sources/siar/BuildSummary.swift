import Foundation
import SiarContent
import SiarSite

/// The closing lines of `siar build`: what was written, what was held back, and when to rebuild.
struct BuildSummary {
    let report: BuildReport
    let root: String

    func text(timings: Bool) -> String {
        let dates = DateLabels(language: .id)
        var lines: [String] = []
        let output = displayPath(report.output)
        lines.append(
            "built \(report.pageCount) pages (\(report.filesWritten) files) into \(output) in \(seconds(report.totalSeconds)), as of \(report.asOf.iso8601)"
        )
        lines.append("  " + report.pagesByKind.map { "\($0.kind) \($0.count)" }.joined(separator: " · "))
        if report.reusedPages > 0 {
            lines.append("  rendered \(report.renderedPages), kept \(report.reusedPages) unchanged from the previous build")
        }
        var skipped: [String] = []
        if report.skippedDrafts > 0 {
            skipped.append("\(report.skippedDrafts) draft\(report.skippedDrafts == 1 ? "" : "s") (use --drafts)")
        }
        if report.expired > 0 { skipped.append("\(report.expired) expired") }
        if !skipped.isEmpty { lines.append("  skipped: " + skipped.joined(separator: ", ")) }
        if let next = report.embargoed.first {
            lines.append(
                "  embargoed: \(report.embargoed.count) release\(report.embargoed.count == 1 ? "" : "s"); rebuild at \(next.date.iso8601) to publish the next:"
            )
            for embargo in report.embargoed {
                lines.append("    \(dates.dateAndTime(embargo.date))  '\(embargo.title)'  (\(embargo.path))")
            }
        }
        if timings {
            lines.append("  timings: " + report.timings.map { "\($0.stage) \(seconds($0.seconds))" }.joined(separator: ", "))
            lines.append("  cpu:     " + report.timings.map { "\($0.stage) \(seconds($0.cpuSeconds))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    private func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }

    private func displayPath(_ path: String) -> String {
        let prefix = root == "." ? "./" : root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) + "/" : path
    }
}
