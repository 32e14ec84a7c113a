import SiarContent

/// The compliance of every partner at one as-of date: a pure function of the content and that date.
///
/// ```swift
/// let report = ComplianceReport(content: content, asOf: CalendarDay(year: 2024, month: 6, day: 30)!)
/// print(report.table())
/// ```
///
/// Placements published after `asOf` are ignored, as if not yet recorded. The same content and date give
/// the same report whatever the order of ledger rows and files.
public struct ComplianceReport: Sendable, Hashable {
    public let asOf: CalendarDay
    /// A line is `behind` when its achieved % is more than this many points below its elapsed %.
    public let paceWarningPoints: Double
    /// By partner id.
    public private(set) var partners: [PartnerSummary]

    /// Computes the report; `paceWarningPoints` defaults to `compliance.pace_warning_points` of `site.yml`.
    public init(content: Content, asOf: CalendarDay, paceWarningPoints: Double? = nil) {
        let points = paceWarningPoints ?? content.site.compliance.paceWarningPoints
        self.asOf = asOf
        self.paceWarningPoints = points
        let counter = QuotaCounter(content: content)
        let outcomes = counter.outcomes(of: content.placements, asOf: asOf)
        let byPartner = Dictionary(grouping: outcomes, by: \.placement.partner)
        self.partners = content.partners.sorted { $0.id < $1.id }.map { partner in
            PartnerSummary(
                partner: partner, outcomes: byPartner[partner.id] ?? [], releases: counter.releases, asOf: asOf,
                paceWarningPoints: points)
        }
    }

    /// The summary of the partner with `id`, if any.
    public func partner(_ id: String) -> PartnerSummary? { partners.first { $0.id == id } }

    /// The same report limited to one partner (empty when there is no such partner).
    public func filtered(partner id: String) -> ComplianceReport {
        var copy = self
        copy.partners = partners.filter { $0.id == id }
        return copy
    }

    /// Every partner's findings, partner by partner.
    public var findings: [Finding] { partners.flatMap(\.findings) }
}
