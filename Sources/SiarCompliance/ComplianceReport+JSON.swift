import Foundation
import SiarContent

extension ComplianceReport {
    /// The report as one JSON object, keys sorted, in the shape of docs/COMPLIANCE.md#json-format:
    /// `{"as_of", "partners": [{"id", "name", "contracts": [{"number", "value", "earned", "lines":
    /// [{"service", "unit", "target", "counted", "pending", "earned", "status"}]}], "findings": [{"code",
    /// "placement", "message"}]}]}`, plus more keys (placements, covered releases, remaining figures).
    ///
    /// Percentages and volumes that are not whole are rounded to one decimal; absent optional values
    /// (a website, the median lag without coverage) are left out.
    public func jsonData(prettyPrinted: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ReportJSON(self))
    }

    /// ``jsonData(prettyPrinted:)`` as text.
    public func json(prettyPrinted: Bool = true) throws -> String {
        String(decoding: try jsonData(prettyPrinted: prettyPrinted), as: UTF8.self)
    }
}

/// One decimal, for percentages and fractional volumes.
private func rounded(_ value: Double) -> Double { (value * 10).rounded(.toNearestOrAwayFromZero) / 10 }

private struct ReportJSON: Encodable {
    let asOf: CalendarDay
    let paceWarningPoints: Double
    let partners: [PartnerJSON]

    init(_ report: ComplianceReport) {
        asOf = report.asOf
        paceWarningPoints = report.paceWarningPoints
        partners = report.partners.map(PartnerJSON.init)
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case paceWarningPoints = "pace_warning_points"
        case partners
    }
}

private struct PartnerJSON: Encodable {
    let id, name, company, legalForm, mediaType, pressCouncil: String
    let website: String?
    let value, earned, remaining: Int
    let contracts: [ContractJSON]
    let findings: [FindingJSON]
    let placements: [PlacementJSON]
    let releases: [ReleaseJSON]
    let medianLagDays: Double?

    init(_ summary: PartnerSummary) {
        let partner = summary.partner
        (id, name, company, website) = (partner.id, partner.name, partner.company, partner.website)
        (legalForm, mediaType, pressCouncil) = (partner.legalForm.rawValue, partner.mediaType.rawValue, partner.pressCouncil.rawValue)
        (value, earned, remaining) = (summary.value, summary.earned, summary.remaining)
        contracts = summary.contracts.map(ContractJSON.init)
        findings = summary.findings.map(FindingJSON.init)
        placements = summary.outcomes.map(PlacementJSON.init)
        releases = summary.releases.map(ReleaseJSON.init)
        medianLagDays = summary.medianLagDays
    }

    enum CodingKeys: String, CodingKey {
        case id, name, company, website, value, earned, remaining, contracts, findings, placements, releases
        case legalForm = "legal_form"
        case mediaType = "media_type"
        case pressCouncil = "press_council"
        case medianLagDays = "median_lag_days"
    }
}

private struct ContractJSON: Encodable {
    let number, phase: String
    let signed, start, end: CalendarDay
    let value, earned, remaining: Int
    let elapsedPercent: Double
    let lines: [LineJSON]

    init(_ summary: ContractSummary) {
        (number, phase) = (summary.number, summary.phase.rawValue)
        (signed, start, end) = (summary.contract.signed, summary.contract.start, summary.contract.end)
        (value, earned, remaining) = (summary.value, summary.earned, summary.remaining)
        elapsedPercent = rounded(summary.elapsedShare * 100)
        lines = summary.lines.map(LineJSON.init)
    }

    enum CodingKeys: String, CodingKey {
        case number, phase, signed, start, end, value, earned, remaining, lines
        case elapsedPercent = "elapsed_percent"
    }
}

private struct LineJSON: Encodable {
    let service, unit, status: String
    let target, unitPrice, evidenceDays, counted, pending, earned, remainingQuota, remainingValue: Int
    let notCounted: [String: Int]
    let achievedPercent, elapsedPercent, expected, forecast: Double

    init(_ line: LineSummary) {
        (service, unit, status) = (line.service.rawValue, line.unit.rawValue, line.pace.rawValue)
        (target, unitPrice, evidenceDays) = (line.target, line.line.unitPrice, line.line.evidenceDays)
        (counted, pending, earned) = (line.counted, line.pending, line.earned)
        (remainingQuota, remainingValue) = (line.remainingQuota, line.remainingValue)
        notCounted = Dictionary(uniqueKeysWithValues: line.notCounted.map { ($0.key.rawValue, $0.value) })
        achievedPercent = rounded(line.achievedPercent)
        elapsedPercent = rounded(line.elapsedPercent)
        expected = rounded(line.expectedByNow)
        forecast = rounded(line.forecast)
    }

    enum CodingKeys: String, CodingKey {
        case service, unit, status, target, counted, pending, earned, expected, forecast
        case unitPrice = "unit_price"
        case evidenceDays = "evidence_days"
        case remainingQuota = "remaining_quota"
        case remainingValue = "remaining_value"
        case notCounted = "not_counted"
        case achievedPercent = "achieved_percent"
        case elapsedPercent = "elapsed_percent"
    }
}

private struct FindingJSON: Encodable {
    let code, placement, message, label, severity, contract, service: String
    let published: CalendarDay
    let quantity: Int

    init(_ finding: Finding) {
        (code, placement, message, label) = (finding.code.rawValue, finding.placement, finding.message, finding.code.label)
        severity = finding.code.isWarning ? "warning" : "not-counted"
        (contract, service, published, quantity) = (finding.contract, finding.service.rawValue, finding.published, finding.quantity)
    }
}

private struct PlacementJSON: Encodable {
    let id, contract, service, pressCouncil: String
    let release, code: String?
    let published: CalendarDay
    let quantity, counted: Int

    init(_ outcome: PlacementOutcome) {
        let placement = outcome.placement
        (id, contract, service, release) = (placement.id, placement.contract, placement.service.rawValue, placement.release)
        (published, quantity, counted) = (placement.published, placement.quantity, outcome.counted)
        code = outcome.finding?.code.rawValue
        pressCouncil = outcome.pressCouncil.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case id, contract, service, release, code, published, quantity, counted
        case pressCouncil = "press_council"
    }
}

private struct ReleaseJSON: Encodable {
    let slug, title: String
    let released, firstPublished: CalendarDay
    let lagDays: Int
    let placements: [String]

    init(_ release: CoveredRelease) {
        (slug, title, released, firstPublished) = (release.slug, release.title, release.released, release.firstPublished)
        (lagDays, placements) = (release.lagDays, release.placements)
    }

    enum CodingKeys: String, CodingKey {
        case slug, title, released, placements
        case firstPublished = "first_published"
        case lagDays = "lag_days"
    }
}
