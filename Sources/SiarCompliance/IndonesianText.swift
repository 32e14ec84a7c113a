import SiarContent

/// Numbers, money and dates written the Indonesian way, without `Locale`, so output never depends on
/// the machine: `Rp30.000.000`, `75,0%`, `5 Maret 2024`.
public enum IndonesianText {
    /// `1234567` → `1.234.567`.
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ".")
    }

    /// `30000000` → `Rp30.000.000`; negative amounts as `-Rp5.000`.
    public static func rupiah(_ value: Int) -> String {
        (value < 0 ? "-" : "") + "Rp" + number(Int(value.magnitude))
    }

    /// `75` → `75,0`: one decimal, decimal comma, rounded half away from zero.
    public static func decimal(_ value: Double, places: Int = 1) -> String {
        let scale = (0..<places).reduce(1) { product, _ in product * 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let whole = number(scaled / scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        let fraction = String(scaled % scale)
        return sign + whole + "," + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// `75` → `75,0%`.
    public static func percent(_ value: Double) -> String { decimal(value) + "%" }

    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember",
    ]

    /// `2024-03-05` → `5 Maret 2024`.
    public static func date(_ day: CalendarDay) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
