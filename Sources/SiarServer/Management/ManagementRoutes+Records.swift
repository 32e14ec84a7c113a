import Hummingbird
import SiarCompliance
import SiarContent

/// The audit trail, the CSV exports and the evidence files.
extension ManagementRoutes {
    /// `GET /kelola/audit`: newest first, the latest 500.
    func auditTrail(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let entries = try await services.ledger.auditTrail(by: user)
        let text = screen.text
        let rows = entries.suffix(500).reversed().map { entry -> [String: Any] in
            [
                "time": entry.time, "user": entry.user, "action": text.label("kelola_action_" + entry.action.rawValue),
                "action_class": entry.action.rawValue, "placement": entry.placement, "url": SitePaths.placementPage(entry.placement),
                "fields": entry.fields.map { ["key": $0.key, "value": $0.value] },
            ]
        }
        let values: [String: Any] = ["entries": rows, "has_entries": !rows.isEmpty, "count": entries.count, "shown": rows.count]
        return screen.render("kelola/audit", title: text.label("kelola_nav_audit"), section: SitePaths.auditTrail, values: values)
    }

    /// `GET /kelola/ekspor/penayangan.csv`: the placements the user may see, with the ledger's header; a
    /// cell a spreadsheet would run as a formula gets a leading `'`.
    func ledgerCSV(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let placements = try await services.ledger.all(by: user)
        let lines = [CSVText.line(Placement.ledgerColumns)] + placements.map { CSVText.exportLine(Self.ledgerCells($0)) }
        return Reply.csv(lines.map { $0 + "\r\n" }.joined(), fileName: "penayangan.csv")
    }

    /// `GET /kelola/ekspor/kepatuhan.csv?as_of=`: ``ComplianceReport/csv()``, a partner user's own rows only.
    func complianceCSV(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let asOf = try await asOfDay(request)
        var report = try await services.content.report(asOf: asOf)
        if user.role == .partner, let partner = user.partner { report = report.filtered(partner: partner) }
        return Reply.csv(report.csv(), fileName: "kepatuhan-\(asOf).csv")
    }

    /// `GET /kelola/bukti/{partner}/{file}`: an evidence file, for those who may see the partner's placements;
    /// only a file whose bytes are of the type its name claims (PNG, JPEG, PDF, WebP) is served.
    func evidenceFile(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let partner = try context.parameters.require("partner")
        let name = try context.parameters.require("file")
        guard Slug.isValid(partner), EvidenceRule.isPlainFileName(name),
            let type = EvidenceStore.fileExtension(of: name).flatMap({ EvidenceType(fileExtension: $0) })
        else { throw AccessError.notFound("no evidence file '\(partner)/\(name)'") }
        guard user.mayRead(partner: partner) else {
            throw AccessError.forbidden("user '\(user.name)' cannot see the evidence of '\(partner)'")
        }
        guard let bytes = try? services.files.bytes(EvidenceStore.folder + "/" + partner + "/" + name),
            EvidenceType(detecting: bytes.prefix(16)) == type
        else {
            throw AccessError.notFound("no evidence file '\(partner)/\(name)'")
        }
        return Reply.bytes(bytes, type: type.mediaType, headers: [.contentDisposition: "inline"])
    }

    /// The ledger columns of a placement, as the ledger writes them.
    static func ledgerCells(_ placement: Placement) -> [String] {
        [
            placement.id, placement.partner, placement.contract, placement.service.rawValue, placement.release ?? "",
            placement.published.description, String(placement.quantity), placement.url ?? "", placement.evidence ?? "",
            placement.submitted?.description ?? "", placement.status.rawValue, placement.reviewedBy ?? "",
            placement.reviewedAt?.description ?? "", placement.note ?? "", placement.reviewNote ?? "",
        ]
    }
}
