/// An instant together with the UTC offset it was written in.
///
/// Release dates keep their offset so feeds and JSON-LD print `2024-03-05T10:00:00+08:00` as the
/// author wrote it. Comparisons use the instant only.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int
    /// The offset from UTC in seconds, e.g. 28 800 for WITA (+08:00).
    public let utcOffset: Int
    /// False when the source gave a plain date; it then means midnight at the offset.
    public let hasTime: Bool

    public init(secondsSinceEpoch: Int, utcOffset: Int, hasTime: Bool = true) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffset = utcOffset
        self.hasTime = hasTime
    }

    /// Midnight at the start of `day` at `utcOffset`.
    public init(day: CalendarDay, utcOffset: Int, hasTime: Bool = false) {
        self.init(secondsSinceEpoch: day.dayNumber * 86_400 - utcOffset, utcOffset: utcOffset, hasTime: hasTime)
    }

    private var localSeconds: Int { secondsSinceEpoch + utcOffset }

    /// The calendar day at the timestamp's own offset.
    public var localDay: CalendarDay {
        CalendarDay(dayNumber: Int((Double(localSeconds) / 86_400).rounded(.down)))
    }

    /// Hours, minutes and seconds at the timestamp's own offset.
    public var localTime: (hour: Int, minute: Int, second: Int) {
        var secs = localSeconds % 86_400
        if secs < 0 { secs += 86_400 }
        return (secs / 3600, secs % 3600 / 60, secs % 60)
    }

    /// The same instant seen at another offset.
    public func at(offset: Int) -> Timestamp {
        Timestamp(secondsSinceEpoch: secondsSinceEpoch, utcOffset: offset, hasTime: hasTime)
    }

    /// `+08:00`, or `Z` for UTC when `zulu` is set.
    public func offsetText(separator: String = ":", zulu: Bool = false) -> String {
        if utcOffset == 0 && zulu { return "Z" }
        let sign = utcOffset < 0 ? "-" : "+"
        let minutes = abs(utcOffset) / 60
        return sign + Self.two(minutes / 60) + separator + Self.two(minutes % 60)
    }

    /// `2024-03-05T10:00:00+08:00` (RFC 3339).
    public var iso8601: String {
        let t = localTime
        return "\(localDay)T\(Self.two(t.hour)):\(Self.two(t.minute)):\(Self.two(t.second))\(offsetText())"
    }

    /// `2024-03-05T10:00:00+08:00` for a timestamp with time, `2024-03-05` for a plain date.
    public var description: String { hasTime ? iso8601 : localDay.description }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch == rhs.secondsSinceEpoch && lhs.utcOffset == rhs.utcOffset && lhs.hasTime == rhs.hasTime
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSinceEpoch)
        hasher.combine(utcOffset)
    }
}

extension Timestamp {
    /// The timestamp `seconds` later, at the same offset; it then carries a time.
    public func adding(seconds: Int) -> Timestamp {
        Timestamp(secondsSinceEpoch: secondsSinceEpoch + seconds, utcOffset: utcOffset, hasTime: true)
    }
}
