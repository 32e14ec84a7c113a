import SiarCompliance
import SiarContent

/// The words and number formats of the compliance pages, in the site's language.
///
/// Every label comes from `Templates/i18n/<language>.yml` (`media_online`, `council_none`,
/// `finding_pending`, …), so a theme can reword them; a theme without a key falls back to the engine's
/// Indonesian wording where SiarCompliance has one. Numbers use the Indonesian separators
/// (`Rp60.000.000`, `30,0%`) on an Indonesian site and the English ones (`Rp60,000,000`, `30.0%`) on an
/// English site, computed without `Locale` so the output never depends on the machine.
struct ComplianceText: Sendable {
    let labels: [String: String]
    let dates: DateLabels

    /// The label `key`, or `fallback` (the key itself when nil) when the theme lacks it.
    func label(_ key: String, fallback: String? = nil) -> String { labels[key] ?? fallback ?? key }

    func mediaType(_ type: Partner.MediaType) -> String { label("media_" + Self.keyPart(type.rawValue)) }
    func pressCouncil(_ status: Partner.PressCouncil) -> String { label("council_" + status.rawValue) }
    func service(_ service: QuotaLine.Service) -> String { label("service_" + Self.keyPart(service.rawValue)) }
    func unit(_ unit: QuotaLine.Unit) -> String { label("unit_" + Self.keyPart(unit.rawValue)) }
    func status(_ status: Placement.Status) -> String { label("status_" + status.rawValue) }
    func phase(_ phase: ContractSummary.Phase) -> String { label("phase_" + phase.rawValue) }
    func pace(_ pace: Pace) -> String { label("pace_" + Self.keyPart(pace.rawValue), fallback: pace.label) }
    func finding(_ code: Finding.Code) -> String { label("finding_" + code.rawValue.lowercased(), fallback: code.label) }

    /// `Rp60.000.000`.
    func money(_ value: Int) -> String { localized(IndonesianText.rupiah(value)) }
    /// `1.234`.
    func number(_ value: Int) -> String { localized(IndonesianText.number(value)) }
    /// `12,5`: one decimal.
    func decimal(_ value: Double) -> String { localized(IndonesianText.decimal(value)) }
    /// `30,0%`.
    func percent(_ value: Double) -> String { localized(IndonesianText.percent(value)) }
    /// `5 Maret 2024`.
    func day(_ day: CalendarDay) -> String { dates.medium(day) }
    /// `Selasa, 5 Maret 2024`.
    func longDay(_ day: CalendarDay) -> String { dates.long(day) }
    /// `15 Januari 2025 – 31 Desember 2025`.
    func period(_ contract: Contract) -> String { day(contract.start) + " – " + day(contract.end) }

    /// The engine writes Indonesian separators; an English page swaps `.` and `,`.
    private func localized(_ text: String) -> String {
        guard dates.language == .en else { return text }
        return String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    /// `print-daily` → `print_daily`: label keys are letters, digits and `_`.
    static func keyPart(_ raw: String) -> String { String(raw.map { $0 == "-" ? "_" : $0 }) }
}
