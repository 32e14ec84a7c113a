/// The bounds of every number the content may hold, checked where the files are parsed.
///
/// The compliance figures rely on them: a line earns at most `target × unit_price` ≤ 10^6 × 10^12 =
/// 10^18 Rupiah, below `Int.max` (about 9.2 × 10^18), so products of counted units and prices cannot
/// overflow; sums over many contracts or partners use ``Swift/Sequence/saturatingSum()``; and a row's
/// quantity of at most 10^5 would need 9 × 10^13 rows to overflow a line's total.
public enum NumberLimits {
    /// Units of one ledger row (`quantity`).
    public static let quantity = 1...100_000
    /// A quota line's `target`.
    public static let target = 1...1_000_000
    /// A quota line's `unit_price`, in Rupiah (Rp 1 trillion).
    public static let unitPrice = 1...1_000_000_000_000
    /// A contract's `value`, in Rupiah (Rp 10 trillion).
    public static let contractValue = 1...10_000_000_000_000
    /// A quota line's `evidence_days`.
    public static let evidenceDays = 0...366
    /// `page_size` in `site.yml`.
    public static let pageSize = 1...1000
    /// `compliance.pace_warning_points` in `site.yml`.
    public static let paceWarningPoints = 0...100

    /// `a whole number from 1 to 100,000`, or `… of rupiah …` when `unit` is given, for diagnostics.
    public static func wording(_ range: ClosedRange<Int>, unit: String? = nil) -> String {
        "a whole number" + (unit.map { " of \($0)" } ?? "") + " from \(grouped(range.lowerBound)) to \(grouped(range.upperBound))"
    }

    /// `1000000` → `1,000,000`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
