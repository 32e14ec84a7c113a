import SiarCompliance
import SiarContent

/// The words and number formats of the management UI, from the theme's labels (`Templates/i18n/`).
///
/// Numbers use Indonesian separators (`Rp60.000.000`, `30,0%`) on an Indonesian site and English ones on
/// an English site, computed without `Locale`.
struct ManagementText: Sendable {
    let labels: [String: String]
    let language: SiteConfig.Language

    func label(_ key: String) -> String { labels[key] ?? key }

    func service(_ service: QuotaLine.Service) -> String { label("service_" + Self.keyPart(service.rawValue)) }
    func unit(_ unit: QuotaLine.Unit) -> String { label("unit_" + Self.keyPart(unit.rawValue)) }
    func status(_ status: Placement.Status) -> String { label("status_" + status.rawValue) }
    func phase(_ phase: ContractSummary.Phase) -> String { label("phase_" + phase.rawValue) }
    func pace(_ pace: Pace) -> String { labels["pace_" + Self.keyPart(pace.rawValue)] ?? pace.label }
    func finding(_ code: Finding.Code) -> String { labels["finding_" + code.rawValue.lowercased()] ?? code.label }
    func role(_ role: User.Role) -> String { label("kelola_role_" + role.rawValue) }
    func mediaType(_ type: Partner.MediaType) -> String { label("media_" + Self.keyPart(type.rawValue)) }

    func money(_ value: Int) -> String { localized(IndonesianText.rupiah(value)) }
    func number(_ value: Int) -> String { localized(IndonesianText.number(value)) }
    func percent(_ value: Double) -> String { localized(IndonesianText.percent(value)) }
    func day(_ day: CalendarDay) -> String {
        language == .en ? day.description : IndonesianText.date(day)
    }

    private func localized(_ text: String) -> String {
        guard language == .en else { return text }
        return String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    /// `print-daily` → `print_daily`.
    static func keyPart(_ raw: String) -> String { String(raw.map { $0 == "-" ? "_" : $0 }) }
}
