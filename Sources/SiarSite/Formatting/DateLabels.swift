import SiarContent

/// Dates as readers of each language expect them, from fixed tables (no locale data involved).
///
/// Indonesian follows the PUEBI spelling: "Jumat", "Februari", "November"; times as "10.00 WITA".
public struct DateLabels: Sendable {
    public let language: SiteConfig.Language

    public init(language: SiteConfig.Language) {
        self.language = language
    }

    static let weekdays: [SiteConfig.Language: [String]] = [
        .id: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]
    static let months: [SiteConfig.Language: [String]] = [
        .id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    public func weekday(_ day: CalendarDay) -> String { Self.weekdays[language, default: []][day.weekday - 1] }
    public func month(_ number: Int) -> String { Self.months[language, default: []][number - 1] }

    /// "Selasa, 5 Maret 2024" / "Tuesday, 5 March 2024".
    public func long(_ day: CalendarDay) -> String {
        "\(weekday(day)), \(day.day) \(month(day.month)) \(day.year)"
    }

    /// "5 Maret 2024" / "5 March 2024".
    public func medium(_ day: CalendarDay) -> String { "\(day.day) \(month(day.month)) \(day.year)" }

    /// "Maret 2024".
    public func monthYear(year: Int, month number: Int) -> String { "\(month(number)) \(year)" }

    /// "10.00 WITA" (Indonesian zone names for the three Indonesian offsets) or "10:00 UTC+08:00".
    public func time(_ stamp: Timestamp) -> String {
        let t = stamp.localTime
        let hm = language == .id ? "\(Self.two(t.hour)).\(Self.two(t.minute))" : "\(Self.two(t.hour)):\(Self.two(t.minute))"
        return "\(hm) \(zoneName(stamp.utcOffset))"
    }

    /// WIB, WITA, WIT, or `UTC+hh:mm`.
    public func zoneName(_ offset: Int) -> String {
        switch offset {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        default: "UTC" + Timestamp(secondsSinceEpoch: 0, utcOffset: offset).offsetText()
        }
    }

    /// The long date, plus the time when the source gave one.
    public func dateAndTime(_ stamp: Timestamp) -> String {
        let day = long(stamp.localDay)
        guard stamp.hasTime else { return day }
        return language == .id ? "\(day), pukul \(time(stamp))" : "\(day), \(time(stamp))"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
