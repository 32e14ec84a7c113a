import SiarContent

/// The compliance summary of one partner (ringkasan kepatuhan mitra) at the as-of date.
public struct PartnerSummary: Sendable, Hashable {
    public let partner: Partner
    /// By start day, then number.
    public let contracts: [ContractSummary]
    /// Every placement published by the as-of date, by day published then id, with what the rules made of it.
    public let outcomes: [PlacementOutcome]
    /// The findings of the outcomes, with the `NOT_VERIFIED_MEDIA` warnings, in ``Finding/inOrder(_:_:)``.
    public let findings: [Finding]
    /// Oldest release first.
    public let releases: [CoveredRelease]
    /// The median days from release to the partner's first counted placement of it; nil without coverage.
    public let medianLagDays: Double?

    public var id: String { partner.id }
    public var name: String { partner.name }
    /// The sum of the contract values.
    public var value: Int { contracts.map(\.value).saturatingSum() }
    public var earned: Int { contracts.map(\.earned).saturatingSum() }
    public var remaining: Int { value - earned }

    init(
        partner: Partner, outcomes: [PlacementOutcome], releases: [String: Release], asOf: CalendarDay,
        paceWarningPoints: Double
    ) {
        self.partner = partner
        self.outcomes = outcomes
        let ordered = partner.contracts.sorted { ($0.start, $0.number) < ($1.start, $1.number) }
        self.contracts = ordered.map { contract in
            ContractSummary(
                contract: contract, outcomes: outcomes.filter { $0.placement.contract == contract.number }, asOf: asOf,
                paceWarningPoints: paceWarningPoints)
        }
        let findings = outcomes.compactMap(\.finding) + outcomes.compactMap(\.warning)
        self.findings = findings.sorted(by: Finding.inOrder)
        self.releases = CoveredRelease.covered(by: outcomes, releases: releases)
        self.medianLagDays = CoveredRelease.medianLag(of: self.releases)
    }
}
