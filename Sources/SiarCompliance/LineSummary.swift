import SiarContent

/// The figures of one quota line at the as-of date (realisasi against target).
public struct LineSummary: Sendable, Hashable {
    public let line: QuotaLine
    /// Units counted, never above the target.
    public let counted: Int
    /// Units waiting for verification (their finding is `PENDING`).
    public let pending: Int
    /// Units not counted, by the code of the finding that stopped them (`PENDING` included).
    public let notCounted: [Finding.Code: Int]
    /// The share of the contract period passed, 0…1: (asOf − start + 1) / (end − start + 1), clamped.
    public let elapsedShare: Double
    public let pace: Pace

    public var service: QuotaLine.Service { line.service }
    public var unit: QuotaLine.Unit { line.unit }
    public var target: Int { line.target }
    /// counted / target × 100 (100 for a line without target, which the loader never lets through).
    public var achievedPercent: Double { target > 0 ? Double(counted) / Double(target) * 100 : 100 }
    /// elapsed share × 100.
    public var elapsedPercent: Double { elapsedShare * 100 }
    /// The volume expected by the as-of date: target × elapsed share.
    public var expectedByNow: Double { Double(target) * elapsedShare }
    /// The volume at the contract's end if counting goes on at the rate so far; 0 before the start.
    public var forecast: Double { elapsedShare > 0 ? Double(counted) / elapsedShare : 0 }
    /// counted × unit price.
    ///
    /// Cannot overflow: counted never exceeds the target, and the parser bounds target × unit price by
    /// 10^6 × 10^12 (``NumberLimits``).
    public var earned: Int { counted * line.unitPrice }
    public var remainingQuota: Int { target - counted }
    public var remainingValue: Int { remainingQuota * line.unitPrice }
    /// All units not counted, whatever the reason.
    public var notCountedTotal: Int { notCounted.values.reduce(0, +) }

    /// Sums the outcomes of the line's placements.
    init(line: QuotaLine, outcomes: [PlacementOutcome], timing: ContractTiming, paceWarningPoints: Double) {
        self.line = line
        let counted = outcomes.reduce(0) { $0 + $1.counted }
        var notCounted: [Finding.Code: Int] = [:]
        for case let finding? in outcomes.map(\.finding) { notCounted[finding.code, default: 0] += finding.quantity }
        self.counted = counted
        self.notCounted = notCounted
        self.pending = notCounted[.pending] ?? 0
        self.elapsedShare = timing.elapsedShare
        self.pace = Pace.of(
            counted: counted, target: line.target, elapsedDays: timing.elapsedDays, totalDays: timing.totalDays,
            ended: timing.ended, points: paceWarningPoints)
    }
}

/// Where the as-of date falls in a contract's period.
struct ContractTiming: Sendable, Hashable {
    let elapsedDays: Int
    let totalDays: Int
    let ended: Bool

    init(_ contract: Contract, asOf: CalendarDay) {
        totalDays = max(contract.durationDays, 1)  // the loader refuses an end before the start
        elapsedDays = min(max(contract.start.days(until: asOf) + 1, 0), totalDays)
        ended = asOf > contract.end
    }

    var elapsedShare: Double { Double(elapsedDays) / Double(totalDays) }
}
