/// The moment a build or a compliance report is computed for (`--as-of`).
///
/// A plain day means the end of that day in the site's timezone, so `--as-of 2024-03-05` includes every
/// release dated on 5 March; a time without an offset is site time too, like every date in `Content/`.
public enum AsOf: Sendable, Hashable {
    case now
    case day(CalendarDay)
    case moment(Timestamp)
    /// A day and time written without an offset, such as `2024-03-05T10:00`: site time.
    case localTime(CalendarDay, secondsIntoDay: Int)

    /// Parses `YYYY-MM-DD` or an ISO 8601 timestamp; nil when invalid.
    public init?(parsing text: String) {
        guard case .success(let stamp) = DateParser.parse(text, defaultOffset: 0) else { return nil }
        guard stamp.hasTime else {
            self = .day(stamp.localDay)
            return
        }
        // Only a text without its own offset moves with the default offset.
        if case .success(let probe) = DateParser.parse(text, defaultOffset: 3600), probe.secondsSinceEpoch != stamp.secondsSinceEpoch {
            let time = stamp.localTime
            self = .localTime(stamp.localDay, secondsIntoDay: time.hour * 3600 + time.minute * 60 + time.second)
        } else {
            self = .moment(stamp)
        }
    }

    /// The instant, with the site's offset for days, times without an offset, and now.
    public func resolve(utcOffset: Int, now: Int) -> Timestamp {
        switch self {
        case .now: Timestamp(secondsSinceEpoch: now, utcOffset: utcOffset)
        case .day(let day): Timestamp(day: day.adding(days: 1), utcOffset: utcOffset).adding(seconds: -1)
        case .moment(let stamp): stamp.at(offset: utcOffset)
        case .localTime(let day, let seconds): Timestamp(day: day, utcOffset: utcOffset).adding(seconds: seconds)
        }
    }
}
