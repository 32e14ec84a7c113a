import SiarContent

/// The figures of one contract at the as-of date: its lines, the value earned and what remains.
public struct ContractSummary: Sendable, Hashable {
    /// Where the as-of date falls in the contract's period.
    public enum Phase: String, Sendable, Hashable, CaseIterable, Codable {
        case upcoming
        case active
        case ended
    }

    public let contract: Contract
    /// In the contract's order.
    public let lines: [LineSummary]
    public let phase: Phase

    public var number: String { contract.number }
    public var value: Int { contract.value }
    /// The sum of the lines' earned value, never above the contract value.
    public var earned: Int { min(lines.map(\.earned).saturatingSum(), contract.value) }
    public var remaining: Int { value - earned }
    /// The share of the period passed by the as-of date, 0…1.
    public let elapsedShare: Double

    init(contract: Contract, outcomes: [PlacementOutcome], asOf: CalendarDay, paceWarningPoints: Double) {
        self.contract = contract
        let timing = ContractTiming(contract, asOf: asOf)
        self.elapsedShare = timing.elapsedShare
        self.lines = contract.lines.map { line in
            LineSummary(
                line: line, outcomes: outcomes.filter { $0.placement.service == line.service }, timing: timing,
                paceWarningPoints: paceWarningPoints)
        }
        self.phase = asOf < contract.start ? .upcoming : (timing.ended ? .ended : .active)
    }
}
