import Hummingbird
import SiarContent

/// The review queue, where a manager verifies or rejects submitted placements.
extension ManagementRoutes {
    /// `GET /kelola/tinjauan`: every submitted placement, oldest first.
    func reviewQueue(_ request: Request, _ context: SiarRequestContext, _ screen: Screen) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let text = screen.text
        let waiting = try await services.ledger.all(by: user).filter { $0.status == .submitted }
        var rows: [[String: Any]] = []
        for placement in waiting {
            let submitter = try await services.ledger.submitter(of: placement.id)
            var row = placementRow(placement, text: text)
            row["submitter"] = submitter ?? text.label("kelola_by_hand")
            row["may_review"] = user.mayReview(submittedBy: submitter)
            row["own_submission"] = user.role == .manager && submitter == user.name
            rows.append(row)
        }
        let query = request.uri.queryParameters
        var values: [String: Any] = [
            "placements": rows, "has_placements": !rows.isEmpty, "count": rows.count, "is_manager": user.role == .manager,
            "back": SitePaths.reviewQueue,
        ]
        if let done = query.get("ok"), let id = query.get("id"), ["verified", "rejected"].contains(done) {
            values["has_flash"] = true
            values["flash"] = text.label("kelola_flash_" + done).replacing("{id}", with: id)
        }
        return screen.render("kelola/review", title: text.label("kelola_nav_review"), section: SitePaths.reviewQueue, values: values)
    }

    /// `POST /kelola/penayangan/{id}/verifikasi`.
    func verify(_ request: Request, _ context: SiarRequestContext, _ screen: Screen, _ submission: Submission) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let id = try context.parameters.require("id")
        _ = try await services.ledger.verify(id: id, by: user)
        return Reply.redirect(to: Self.afterReview(submission, id: id, outcome: "verified"))
    }

    /// `POST /kelola/penayangan/{id}/tolak` with the reason in `note`; without one, the placement's page
    /// again with the problem beside the field (422).
    func reject(_ request: Request, _ context: SiarRequestContext, _ screen: Screen, _ submission: Submission) async throws -> Response {
        guard let user = screen.user else { throw AccessError.unauthenticated }
        let id = try context.parameters.require("id")
        let note = submission.fields["note"]
        do {
            _ = try await services.ledger.reject(id: id, note: note, by: user)
        } catch let failure as ValidationFailure {
            let message = failure.problems.map(\.diagnostic.message).joined(separator: "; ")
            return try await placementPage(id: id, screen: screen, noteError: message, note: note, status: .unprocessableContent)
        }
        return Reply.redirect(to: Self.afterReview(submission, id: id, outcome: "rejected"))
    }

    /// Back to the queue (or the page the form came from) with the outcome to announce.
    static func afterReview(_ submission: Submission, id: String, outcome: String) -> String {
        let back = safeNext(submission.fields["kembali"])
        let base = back == SitePaths.management ? SitePaths.reviewQueue : back
        return base + (base.contains("?") ? "&" : "?") + "ok=\(outcome)&id=" + queryEncoded(id)
    }
}
