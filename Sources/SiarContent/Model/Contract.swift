/// One contract (perjanjian kerja sama, PKS) of a partner: its period, its value and its quota lines.
public struct Contract: Sendable, Hashable {
    /// The contract number, unique site-wide, e.g. `027/45/PKS/DISKOMINFOTIK/2024`.
    public var number: String
    /// The day both sides signed.
    public var signed: CalendarDay
    /// The first day a placement can count.
    public var start: CalendarDay
    /// The last day a placement can count (inclusive).
    public var end: CalendarDay
    /// The contract value in whole rupiah; the lines' target × unit price never exceed it.
    public var value: Int
    /// In file order; at most one line per service.
    public var lines: [QuotaLine]
    /// Where the contract's `number` is written, for diagnostics.
    public var location: SourceLocation?

    public init(
        number: String, signed: CalendarDay, start: CalendarDay, end: CalendarDay, value: Int, lines: [QuotaLine],
        location: SourceLocation? = nil
    ) {
        self.number = number
        self.signed = signed
        self.start = start
        self.end = end
        self.value = value
        self.lines = lines
        self.location = location
    }

    /// True when `day` is within [start, end].
    public func covers(_ day: CalendarDay) -> Bool { start <= day && day <= end }

    /// True when the two periods share at least one day.
    public func overlaps(_ other: Contract) -> Bool { start <= other.end && other.start <= end }

    /// The quota line of `service`, if the contract has one.
    public func line(_ service: QuotaLine.Service) -> QuotaLine? { lines.first { $0.service == service } }

    /// The number of days of the period, both ends included.
    public var durationDays: Int { start.days(until: end) + 1 }
}
