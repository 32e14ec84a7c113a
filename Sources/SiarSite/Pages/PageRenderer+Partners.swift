import SiarCompliance
import SiarContent

/// The compliance pages: `/mitra/` (every partner) and `/mitra/<id>/` (one partner's summary).
extension PageRenderer {
    /// The specs of the compliance pages: none unless the render has compliance figures.
    func compliancePlan() -> [PageSpec] {
        guard let compliance else { return [] }
        return [.partners] + compliance.report.partners.indices.map { PageSpec.partner(index: $0) }
    }

    var complianceText: ComplianceText { ComplianceText(labels: theme.labels, dates: dates) }

    func partnersPage() -> String {
        guard let compliance else { return "" }
        let title = label("partners")
        var meta = PageMeta(title: title, description: label("partners_description"), path: SitePaths.partners)
        meta.breadcrumbs = [(title, SitePaths.partners)]
        meta.bodyClass = "page-partners"
        meta.noindex = compliance.isInternal
        var values = PartnerOverview(report: compliance.report, text: complianceText).values()
        values["heading"] = title
        values.merge(asOfValues(compliance.report.asOf)) { _, new in new }
        return render("partners", meta: meta, values: values)
    }

    func partnerPage(_ position: Int) -> String {
        guard let compliance, compliance.report.partners.indices.contains(position) else { return "" }
        let summary = compliance.report.partners[position]
        let path = SitePaths.partner(summary.id)
        var meta = PageMeta(
            title: "\(summary.name) – \(label("partners_summary"))",
            description: "\(label("partners_summary")): \(summary.name), \(label("as_of").lowercased()) "
                + complianceText.day(compliance.report.asOf),
            path: path)
        meta.breadcrumbs = [(label("partners"), SitePaths.partners), (summary.name, path)]
        meta.bodyClass = "page-partner"
        meta.noindex = compliance.isInternal
        var values = PartnerPage(summary: summary, pages: compliance, text: complianceText).values()
        values["heading"] = summary.name
        values.merge(asOfValues(compliance.report.asOf)) { _, new in new }
        return render("partner", meta: meta, values: values)
    }

    /// "Data per Selasa, 30 Juni 2024" for the top of both pages (and of their print).
    private func asOfValues(_ day: CalendarDay) -> [String: Any] {
        ["as_of_long": dates.long(day), "as_of_iso": day.description]
    }
}
