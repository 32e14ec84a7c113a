import ArgumentParser
import Foundation
import SiarCompliance
import SiarContent
import SiarSite

extension Siar {
    struct Compliance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report each media partner's contract realisation and findings.",
            discussion: """
                Figures follow the counting rules of the placements ledger, for the as-of day (default: today). \
                --format html writes the /mitra/ pages (with the theme's assets and the evidence files) into \
                --output DIR, for internal use when site.yml does not publish them, and prints DIR.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, json, html
        }

        @OptionGroup var project: ProjectOptions

        @Option(help: ArgumentHelp("Only this partner (its file name without .yml).", valueName: "ID"))
        var partner: String?

        @Option(help: "Output format: table, csv, json or html.")
        var format: Format = .table

        @Option(help: ArgumentHelp("With --format html: the folder to write the pages into (replaced whole).", valueName: "DIR"))
        var output: String?

        func validate() throws {
            if format == .html, output == nil { throw ValidationError("--format html needs --output DIR") }
            if format != .html, output != nil { throw ValidationError("--output is only used with --format html") }
        }

        func run() async throws {
            let loaded = ContentLoader(root: project.root).load()
            let report = DiagnosticReport(loaded.diagnostics)
            guard let content = loaded.content, !report.hasErrors else {
                Console.print(report)
                throw ExitCode(ExitStatus.contentErrors)
            }
            let asOf = try project.asOf.resolve(utcOffset: content.site.utcOffset, now: Int(Date().timeIntervalSince1970))
            var compliance = ComplianceReport(content: content, asOf: asOf.localDay)
            if let partner {
                guard compliance.partner(partner) != nil else {
                    let hint = Suggestion.closest(to: partner, in: content.partners.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                    throw ValidationError("unknown partner '\(partner)'\(hint)")
                }
                compliance = compliance.filtered(partner: partner)
            }
            switch format {
            case .table: print(compliance.table(), terminator: "")
            case .csv: print(compliance.csv(), terminator: "")
            case .json: print(try compliance.json(), terminator: "\n")
            case .html: try writePages(content: content, report: compliance, asOf: asOf)
            }
        }

        private func writePages(content: Content, report: ComplianceReport, asOf: Timestamp) throws {
            let folder = output ?? "."
            let result = ComplianceSite(root: project.root, content: content, report: report, asOf: asOf).write(to: folder)
            if !result.diagnostics.diagnostics.isEmpty || !result.succeeded { Console.print(result.diagnostics) }
            guard result.succeeded else { throw ExitCode(ExitStatus.contentErrors) }
            print(folder)
        }
    }
}
