import ArgumentParser
import Foundation
import SiarCompliance
import SiarContent

extension Siar {
    struct Compliance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report each media partner's contract realisation and findings.",
            discussion: "Figures follow the counting rules of the placements ledger, for the as-of day (default: today).")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, json
        }

        @OptionGroup var project: ProjectOptions

        @Option(help: ArgumentHelp("Only this partner (its file name without .yml).", valueName: "ID"))
        var partner: String?

        @Option(help: "Output format: table, csv or json.")
        var format: Format = .table

        func run() async throws {
            let loaded = ContentLoader(root: project.root).load()
            let report = DiagnosticReport(loaded.diagnostics)
            guard let content = loaded.content, !report.hasErrors else {
                Console.print(report)
                throw ExitCode(ExitStatus.contentErrors)
            }
            let asOf = try project.asOf.resolve(utcOffset: content.site.utcOffset, now: Int(Date().timeIntervalSince1970)).localDay
            var compliance = ComplianceReport(content: content, asOf: asOf)
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
            }
        }
    }
}
