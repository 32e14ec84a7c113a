/// How a quota line is doing against the time that has passed.
public enum Pace: String, Sendable, Hashable, CaseIterable, Codable {
    /// Achieved % is more than the warning points above elapsed %.
    case ahead
    /// Within the warning points of elapsed %.
    case onTrack = "on-track"
    /// Achieved % is more than the warning points below elapsed % (docs/COMPLIANCE.md#pace).
    case behind
    /// The counted volume reached the target.
    case fulfilled
    /// The contract has ended below target.
    case endedShort = "ended-short"

    /// The pace of a line, decided with exact integer cross-multiplication so boundaries do not depend on
    /// floating-point rounding: `behind` when counted/target < elapsedDays/totalDays − points/100.
    ///
    /// - Parameters:
    ///   - elapsedDays: days of the contract passed by the as-of date, clamped to 0…totalDays.
    ///   - ended: true when the as-of date is after the contract's last day.
    public static func of(counted: Int, target: Int, elapsedDays: Int, totalDays: Int, ended: Bool, points: Double) -> Pace {
        if counted >= target { return .fulfilled }
        if ended { return .endedShort }
        let achieved = 100 * Double(counted) * Double(totalDays)
        let elapsed = 100 * Double(elapsedDays) * Double(target)
        let band = points * Double(totalDays) * Double(target)
        if achieved < elapsed - band { return .behind }
        if achieved > elapsed + band { return .ahead }
        return .onTrack
    }

    /// The Indonesian label.
    public var label: String {
        switch self {
        case .ahead: "Lebih cepat"
        case .onTrack: "Sesuai jadwal"
        case .behind: "Tertinggal"
        case .fulfilled: "Terpenuhi"
        case .endedShort: "Berakhir di bawah target"
        }
    }
}
