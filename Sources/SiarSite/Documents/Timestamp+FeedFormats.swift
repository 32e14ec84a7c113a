import SiarContent

/// The date formats of feeds and sitemaps, from fixed English tables (RFC 822 names are never localized).
extension Timestamp {
    private static let rfc822Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let rfc822Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 as amended by RFC 1123 (four-digit year), at the timestamp's own offset:
    /// `Tue, 05 Mar 2024 10:00:00 +0800`. Used by RSS 2.0.
    var rfc822: String {
        let day = localDay
        let time = localTime
        let weekday = Self.rfc822Weekdays[day.weekday - 1]
        let month = Self.rfc822Months[day.month - 1]
        return "\(weekday), \(DateLabels.two(day.day)) \(month) \(day.year) "
            + "\(DateLabels.two(time.hour)):\(DateLabels.two(time.minute)):\(DateLabels.two(time.second)) \(offsetText(separator: ""))"
    }

    /// W3C Datetime as sitemaps use it: the full timestamp when the source gave a time, else `YYYY-MM-DD`.
    var w3cDatetime: String { hasTime ? iso8601 : localDay.description }
}
