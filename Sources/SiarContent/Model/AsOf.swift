/// The moment a build or a compliance report is computed for (`--as-of`).
///
/// A plain day means the end of that day in the site's timezone, so `--as-of 2024-03-05` includes every
/// release dated on 5 March.
public enum AsOf: Sendable, Hashable {
    case now
    case day(CalendarDay)
    case moment(Timestamp)

    /// Parses `YYYY-MM-DD` or an ISO 8601 timestamp; nil when invalid.
    public init?(parsing text: String) {
        switch DateParser.parse(text, defaultOffset: 0) {
        case .success(let stamp) where stamp.hasTime: self = .moment(stamp)
        case .success(let stamp): self = .day(stamp.localDay)
        case .failure: return nil
        }
    }

    /// The instant, with the site's offset for days and for now.
    public func resolve(utcOffset: Int, now: Int) -> Timestamp {
        switch self {
        case .now: Timestamp(secondsSinceEpoch: now, utcOffset: utcOffset)
        case .day(let day): Timestamp(secondsSinceEpoch: Timestamp(day: day.adding(days: 1), utcOffset: utcOffset).secondsSinceEpoch - 1, utcOffset: utcOffset)
        case .moment(let stamp): stamp.at(offset: utcOffset)
        }
    }
}
