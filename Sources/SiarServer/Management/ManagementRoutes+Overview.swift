import Hummingbird
import SiarCompliance
import SiarContent

/// The dashboard (compliance of every partner) and the page of one partner.
extension ManagementRoutes {
    /// `GET /kelola/?as_of=YYYY-MM-DD`.
    func dashboard(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        let asOf = try await asOfDay(request)
        let text = screen.text
        var values: [String: Any] = ["as_of": asOf.description, "as_of_label": text.day(asOf), "has_problems": false, "problems": []]
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let report: ComplianceReport
        do {
            report = try await services.content.report(asOf: asOf)
        } catch let failure as ContentErrors {
            // Only managers see file paths; the others learn that the figures wait for a fix.
            values["has_problems"] = true
            values["problems"] = user.role == .manager ? failure.diagnostics.map(\.description) : []
            values["problems_text"] = text.label(user.role == .manager ? "kelola_content_errors_text" : "kelola_content_errors_hidden")
            values["partners"] = []
            values["has_partners"] = false
            return screen.render(
                "kelola/dashboard", title: text.label("kelola_nav_overview"), section: SitePaths.management, values: values)
        }
        let placements = try await services.ledger.all(by: user)
        let partners = report.partners.filter { user.mayRead(partner: $0.id) }
        let rows = partners.map { summary -> [String: Any] in
            let pending = placements.filter { $0.partner == summary.id && $0.status == .submitted }.count
            let findings = summary.findings.count
            return [
                "id": summary.id, "name": summary.name, "url": SitePaths.partnerPage(summary.id) + "?as_of=\(asOf)",
                "media": text.mediaType(summary.partner.mediaType), "value": text.money(summary.value),
                "earned": text.money(summary.earned), "percent": text.percent(Self.share(summary.earned, of: summary.value)),
                "findings": findings, "has_findings": findings > 0, "pending": pending, "has_pending": pending > 0,
            ]
        }
        let value = partners.reduce(0) { $0 + $1.value }
        let earned = partners.reduce(0) { $0 + $1.earned }
        values["partners"] = rows
        values["has_partners"] = !rows.isEmpty
        values["total"] = [
            "partners": partners.count, "value": text.money(value), "earned": text.money(earned),
            "percent": text.percent(Self.share(earned, of: value)), "findings": partners.reduce(0) { $0 + $1.findings.count },
            "pending": placements.filter { $0.status == .submitted }.count,
        ]
        values["csv_url"] = SitePaths.complianceExport + "?as_of=\(asOf)"
        return screen.render("kelola/dashboard", title: text.label("kelola_nav_overview"), section: SitePaths.management, values: values)
    }

    /// `GET /kelola/mitra/{id}`: contracts, lines, realisation, findings and placements of one partner.
    func partner(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let id = try context.parameters.require("id")
        let asOf = try await asOfDay(request)
        let report = try await services.content.report(asOf: asOf)
        guard let summary = report.partner(id) else { throw AccessError.notFound("no partner '\(id)'") }
        guard user.mayRead(partner: id) else {
            throw AccessError.forbidden("user '\(user.name)' can only see partner '\(user.partner ?? "")'")
        }
        let text = screen.text
        let partner = summary.partner
        let placements = try await services.ledger.placements(partner: id, by: user).reversed()
        let values: [String: Any] = [
            "as_of": asOf.description, "as_of_label": text.day(asOf),
            "partner": [
                "id": partner.id, "name": partner.name, "company": partner.company, "media": text.mediaType(partner.mediaType),
                "council": text.label("council_" + partner.pressCouncil.rawValue), "council_class": partner.pressCouncil.rawValue,
                "website": partner.website ?? "", "has_website": partner.website != nil, "value": text.money(summary.value),
                "earned": text.money(summary.earned), "remaining": text.money(summary.remaining),
            ],
            "contracts": summary.contracts.map { contractRow($0, text: text) },
            "findings": summary.findings.map { finding -> [String: Any] in
                [
                    "code": text.finding(finding.code), "placement": finding.placement, "message": finding.message,
                    "url": SitePaths.placementPage(finding.placement),
                ]
            },
            "has_findings": !summary.findings.isEmpty,
            "placements": placements.map { placementRow($0, text: text) },
            "has_placements": !placements.isEmpty,
            "may_add": user.mayAdd(partner: id), "new_url": SitePaths.newPlacement + "?partner=\(id)",
        ]
        return screen.render("kelola/partner", title: partner.name, section: SitePaths.management, values: values)
    }

    private func contractRow(_ contract: ContractSummary, text: ManagementText) -> [String: Any] {
        [
            "number": contract.number, "period": text.day(contract.contract.start) + " – " + text.day(contract.contract.end),
            "value": text.money(contract.value), "earned": text.money(contract.earned), "remaining": text.money(contract.remaining),
            "phase": text.phase(contract.phase), "phase_class": contract.phase.rawValue,
            "lines": contract.lines.map { line -> [String: Any] in
                [
                    "service": text.service(line.service), "unit": text.unit(line.unit), "target": text.number(line.target),
                    "counted": text.number(line.counted), "pending": text.number(line.pending),
                    "not_counted": text.number(line.notCountedTotal), "achieved": text.percent(line.achievedPercent),
                    "expected": text.number(Int(line.expectedByNow.rounded())), "pace": text.pace(line.pace),
                    "pace_class": line.pace.rawValue, "earned": text.money(line.earned),
                ]
            },
        ]
    }

    /// The as-of day of a page: `?as_of=YYYY-MM-DD`, or today in the site's timezone.
    func asOfDay(_ request: Request) async throws -> CalendarDay {
        guard let text = request.uri.queryParameters.get("as_of"), !text.isEmpty else { return await services.today() }
        guard text.utf8.count == 10, case .day(let day)? = AsOf(parsing: text) else {
            throw BadRequest(message: "invalid as-of day '\(text)'; write YYYY-MM-DD")
        }
        return day
    }

    /// `part` as a percentage of `whole` (0 when there is no whole).
    static func share(_ part: Int, of whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) * 100 : 0 }
}
