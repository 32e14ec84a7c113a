import Hummingbird
import SiarContent

/// The placements: the list, one placement, and the form that records a new one.
extension ManagementRoutes {
    /// `GET /kelola/penayangan?partner=&status=`: newest first.
    func placements(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let query = request.uri.queryParameters
        let partner = query.get("partner") ?? ""
        let status = Placement.Status(rawValue: query.get("status") ?? "")
        var found = try await services.ledger.all(by: user)
        if !partner.isEmpty { found = found.filter { $0.partner == partner } }
        if let status { found = found.filter { $0.status == status } }
        let partners = (await services.content.current().content?.partners ?? []).filter { user.mayRead(partner: $0.id) }
        let text = screen.text
        let values: [String: Any] = [
            "placements": found.reversed().map { placementRow($0, text: text) }, "has_placements": !found.isEmpty,
            "count": found.count,
            "partner_options": partners.sorted { $0.name < $1.name }.map {
                ["value": $0.id, "label": $0.name, "selected": $0.id == partner]
            },
            "status_options": Placement.Status.allCases.map { ["value": $0.rawValue, "label": text.status($0), "selected": $0 == status] },
            "csv_url": SitePaths.ledgerExport, "may_add": user.role != .viewer,
        ]
        return screen.render(
            "kelola/placements", title: text.label("kelola_nav_placements"), section: SitePaths.placementList, values: values)
    }

    /// `GET /kelola/penayangan/{id}`: every column, the evidence, and the review forms for a manager who may use them.
    func placement(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await placementPage(id: id, screen: screen, created: request.uri.queryParameters.get("baru") != nil)
    }

    func placementPage(
        id: String, screen: Screen, created: Bool = false, noteError: String? = nil, note: String = "",
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let placement = try await services.ledger.placement(id: id, by: user)
        let submitter = try await services.ledger.submitter(of: id)
        let text = screen.text
        var row = placementRow(placement, text: text)
        row["submitter"] = submitter ?? text.label("kelola_by_hand")
        row["may_review"] = placement.status == .submitted && user.mayReview(submittedBy: submitter)
        row["own_submission"] = placement.status == .submitted && user.role == .manager && submitter == user.name
        let values: [String: Any] = [
            "placement": row, "created": created,
            "created_text": text.label("kelola_flash_created").replacing("{id}", with: id),
            "has_note_error": noteError != nil, "note_error": noteError ?? "", "note_value": note, "back": SitePaths.placementPage(id),
        ]
        return screen.render("kelola/placement", title: id, section: SitePaths.placementList, values: values, status: status)
    }

    /// `GET /kelola/penayangan/baru?partner=`.
    func newPlacement(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        guard user.role != .viewer else { throw AccessError.forbidden("user '\(user.name)' is a viewer and cannot record placements") }
        var fields = FormFields()
        fields.set("partner", user.partner ?? request.uri.queryParameters.get("partner") ?? "")
        fields.set("published", (await services.today()).description)
        fields.set("quantity", "1")
        return try await formPage(screen, fields: fields, errors: [:], general: [])
    }

    /// `POST /kelola/penayangan` (multipart, with an optional evidence file): 303 to the new placement, or
    /// the form again with every problem beside its field (422, or 413/415 for the file).
    func createPlacement(_ request: Request, _ context: SiarRequestContext, _ screen: Screen, _ submission: Submission) async throws
        -> Response
    {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        guard user.role != .viewer else { throw AccessError.forbidden("user '\(user.name)' is a viewer and cannot record placements") }
        var fields = submission.fields
        if let own = user.partner { fields = FormFields(fields.values.merging(["partner": own]) { _, new in new }) }
        let file = submission.file("evidence_file")
        let evidenceURL = fields["evidence_url"].trimmingWhitespace
        if file != nil, !evidenceURL.isEmpty {
            return try await formPage(
                screen, fields: fields, errors: ["evidence": [screen.text.label("kelola_error_evidence_both")]], general: [],
                status: .unprocessableContent)
        }
        var saved: EvidenceFile?
        if let file {
            do {
                saved = try services.evidence.save(file.body, partner: fields["partner"], fileName: file.fileName, by: user)
            } catch let problem as EvidenceError {
                let field =
                    [.invalidPartner(fields["partner"]), .unknownPartner(fields["partner"])].contains(problem) ? "partner" : "evidence"
                return try await formPage(
                    screen, fields: fields, errors: [field: [problem.message]], general: [], status: Reply.status(problem.status))
            }
        }
        let draft = PlacementDraft(
            partner: fields["partner"], contract: fields["contract"], service: fields["service"], release: fields["release"],
            published: fields["published"], quantity: fields["quantity"], url: fields["url"],
            evidence: saved?.ledgerValue ?? evidenceURL, note: fields["note"])
        if saved != nil { await services.sweepEvidence() }
        do {
            let placement = try await services.ledger.add(draft, by: user)
            return Reply.redirect(to: SitePaths.placementPage(placement.id) + "?baru=1")
        } catch let failure as ValidationFailure {
            if let saved { try? services.evidence.remove(saved) }
            var errors: [String: [String]] = [:]
            var general: [String] = []
            for problem in failure.problems {
                if let field = problem.field, Self.formFields.contains(field) {
                    errors[field, default: []].append(problem.diagnostic.message)
                } else {
                    // Partners never see file paths: only what to change.
                    general.append(
                        user.role == .partner ? ValidationFailure.publicMessage(of: problem) : problem.diagnostic.description)
                }
            }
            return try await formPage(screen, fields: fields, errors: errors, general: general, status: .unprocessableContent)
        } catch {
            if let saved { try? services.evidence.remove(saved) }
            throw error
        }
    }

    /// The ledger columns the form has a field for.
    static let formFields = ["partner", "contract", "service", "release", "published", "quantity", "url", "evidence", "note"]
}
