import SiarCompliance
import SiarContent

/// The view model of `/mitra/<id>/`: the partner's profile and each contract with its quota lines.
///
/// The findings, placements and covered releases are in `PartnerPage+Ledger.swift`. Every figure is
/// formatted here, so the template only places text.
struct PartnerPage {
    let summary: PartnerSummary
    let pages: CompliancePages
    let text: ComplianceText

    /// The values the `partner` template reads.
    func values() -> [String: Any] {
        let placements = self.placements()
        var values: [String: Any] = [
            "partner": profile(), "contracts": contracts(), "findings": findings(), "placements": placements,
            "releases": releases(),
        ]
        values["warning"] = warning()
        if let lag = summary.medianLagDays { values["median_lag"] = text.decimal(lag) }
        return values
    }

    func profile() -> [String: Any] {
        let partner = summary.partner
        var profile: [String: Any] = [
            "name": partner.name, "company": partner.company, "legal_form": partner.legalForm.rawValue,
            "media_type": text.mediaType(partner.mediaType), "council": text.pressCouncil(partner.pressCouncil),
            "council_class": partner.pressCouncil.rawValue, "unverified": partner.pressCouncil == .notVerified,
            "value": text.money(summary.value), "earned": text.money(summary.earned),
            "remaining": text.money(summary.remaining),
            "achieved": text.percent(PartnerOverview.share(summary.earned, of: summary.value) * 100),
            "findings": text.number(PartnerOverview.findingCount(summary)),
        ]
        if let website = partner.website, URLCheck.isAbsoluteHTTP(website) {
            profile["website"] = ["url": website, "text": Self.withoutScheme(website)]
        }
        return profile
    }

    func contracts() -> [[String: Any]] {
        summary.contracts.enumerated().map { offset, contract in
            [
                "id": "pks-\(offset + 1)", "number": contract.number, "period": text.period(contract.contract),
                "start_iso": contract.contract.start.description, "end_iso": contract.contract.end.description,
                "signed": text.day(contract.contract.signed), "value": text.money(contract.value),
                "earned": text.money(contract.earned), "remaining": text.money(contract.remaining),
                "achieved": text.percent(PartnerOverview.share(contract.earned, of: contract.value) * 100),
                "phase": text.phase(contract.phase), "phase_class": contract.phase.rawValue,
                "elapsed": text.percent(contract.elapsedShare * 100),
                "lines": contract.lines.map(line),
            ]
        }
    }

    func line(_ line: LineSummary) -> [String: Any] {
        [
            "service": text.service(line.service), "unit": text.unit(line.unit), "target": text.number(line.target),
            "unit_price": text.money(line.line.unitPrice), "counted": text.number(line.counted),
            "pending": text.number(line.pending), "not_counted": text.number(line.notCountedTotal - line.pending),
            "achieved": text.percent(line.achievedPercent), "expected": text.decimal(line.expectedByNow),
            "pace": text.pace(line.pace), "pace_class": line.pace.rawValue, "forecast": text.decimal(line.forecast),
            "earned": text.money(line.earned), "remaining_quota": text.number(line.remainingQuota),
            "remaining_value": text.money(line.remainingValue),
        ]
    }

    /// `https://www.example.com/a` → `www.example.com/a`, for link text.
    static func withoutScheme(_ url: String) -> String {
        for scheme in ["https://", "http://"] where url.lowercased().hasPrefix(scheme) { return String(url.dropFirst(scheme.count)) }
        return url
    }
}
