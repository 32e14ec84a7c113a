import SiarCompliance
import SiarContent

/// The view model of `/mitra/`: one row per partner, the totals row and the bar chart.
///
/// Figures are the partner totals of the report (all contracts, as in `siar compliance --format json`).
/// The chart's marker is where the bar would end on schedule: the contracts' elapsed shares weighted by
/// their value, which for a partner with one contract is exactly the elapsed share of its period.
struct PartnerOverview {
    let report: ComplianceReport
    let text: ComplianceText

    /// The values the `partners` template reads.
    func values() -> [String: Any] {
        let partners = report.partners
        let value = partners.map(\.value).saturatingSum()
        let earned = partners.map(\.earned).saturatingSum()
        var values: [String: Any] = [
            "partners": partners.map(row),
            "total": [
                "count": text.number(partners.count), "value": text.money(value), "earned": text.money(earned),
                "achieved": text.percent(Self.share(earned, of: value) * 100),
                "findings": text.number(partners.reduce(0) { $0 + Self.findingCount($1) }),
            ],
        ]
        if !partners.isEmpty { values["chart_svg"] = chart().svg() }
        return values
    }

    func row(_ partner: PartnerSummary) -> [String: Any] {
        var row: [String: Any] = [
            "name": partner.name, "url": SitePaths.partner(partner.id),
            "media_type": text.mediaType(partner.partner.mediaType),
            "council": text.pressCouncil(partner.partner.pressCouncil),
            "council_class": partner.partner.pressCouncil.rawValue,
            "unverified": partner.partner.pressCouncil == .notVerified,
            "value": text.money(partner.value), "earned": text.money(partner.earned),
            "achieved": text.percent(Self.share(partner.earned, of: partner.value) * 100),
            "findings": text.number(Self.findingCount(partner)),
        ]
        if let pace = Self.worstActivePace(partner) {
            row["pace"] = ["label": text.pace(pace), "class": pace.rawValue]
        }
        return row
    }

    func chart() -> PartnerChart {
        let of = text.label("of")
        let elapsed = text.label("elapsed_time")
        let bars = report.partners.map { partner in
            let share = Self.share(partner.earned, of: partner.value)
            let expected = Self.expectedShare(partner)
            let percent = text.percent(share * 100)
            return PartnerChart.Bar(
                name: partner.name, share: share, expected: expected,
                summary: "\(partner.name): \(text.money(partner.earned)) \(of) \(text.money(partner.value)) (\(percent)); "
                    + "\(elapsed.lowercased()) \(text.percent(expected * 100))",
                valueText: percent)
        }
        return PartnerChart(title: text.label("partners_chart_title"), description: text.label("partners_chart_description"), bars: bars)
    }

    /// `part ÷ whole`, 0 for a whole of 0.
    static func share(_ part: Int, of whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }

    /// The findings that keep units from counting; `NOT_VERIFIED_MEDIA` warnings are shown by the press
    /// council column instead.
    static func findingCount(_ partner: PartnerSummary) -> Int { partner.findings.count { !$0.code.isWarning } }

    /// The worst pace among the lines of the partner's running contracts: behind, then on track, ahead,
    /// fulfilled; nil without a running contract.
    static func worstActivePace(_ partner: PartnerSummary) -> Pace? {
        let order: [Pace] = [.behind, .endedShort, .onTrack, .ahead, .fulfilled]
        let paces = partner.contracts.filter { $0.phase == .active }.flatMap { $0.lines.map(\.pace) }
        return paces.min { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) }
    }

    /// The value-weighted elapsed share of the partner's contracts (an ended contract counts in full, an
    /// upcoming one not at all).
    static func expectedShare(_ partner: PartnerSummary) -> Double {
        let value = partner.value
        guard value > 0 else { return 0 }
        return partner.contracts.reduce(0) { $0 + Double($1.value) * $1.elapsedShare } / Double(value)
    }
}
