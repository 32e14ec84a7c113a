import Foundation
import Hummingbird
import SiarCompliance
import SiarContent

/// The JSON API under `/api/`, for scripts and other systems; every route but the OpenAPI document needs
/// `Authorization: Bearer <token>` (the token `siar user add` prints). Described by ``OpenAPIDocument``.
struct APIRoutes: Sendable {
    typealias Handler = @Sendable (Request, SiarRequestContext, User) async throws -> Response

    let services: AppServices

    func register(on router: Router<SiarRequestContext>) {
        let api = router.group(RouterPath(SitePaths.api))
        api.get(Self.route(SitePaths.apiDocument)) { _, _ in Reply.bytes(OpenAPIDocument.json, type: "application/json; charset=utf-8") }
        api.get(Self.route(SitePaths.apiPartners), use: authorized(partners))
        api.get(Self.route(SitePaths.apiPlacements), use: authorized(placements))
        api.post(Self.route(SitePaths.apiPlacements), use: authorized(addPlacement))
        api.get(Self.route(SitePaths.apiPlacement("{id}")), use: authorized(placement))
        api.post(Self.route(SitePaths.apiVerify("{id}")), use: authorized(verify))
        api.post(Self.route(SitePaths.apiReject("{id}")), use: authorized(reject))
        api.post(Self.route(SitePaths.apiEvidence), use: authorized(uploadEvidence))
        api.get(Self.route(SitePaths.apiCompliance), use: authorized(compliance))
        api.get(Self.route(SitePaths.apiAudit), use: authorized(audit))
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            api.on("**", method: method) { request, _ -> Response in
                throw HTTPFailure(
                    status: .notFound, message: "no API route '\(method.rawValue) \(request.uri.path)'; see \(SitePaths.apiDocument)")
            }
        }
    }

    /// An API path as the group under ``SitePaths/api`` takes it: `/api/placements` → `placements`.
    static func route(_ path: String) -> RouterPath { RouterPath(String(path.dropFirst(SitePaths.api.count))) }

    /// Runs `handler` for the user of the bearer token, and turns every error into an ``HTTPFailure`` (answered as JSON).
    func authorized(_ handler: @escaping Handler) -> @Sendable (Request, SiarRequestContext) async throws -> Response {
        let services = services
        return { request, context in
            var role: User.Role?
            do {
                let user = try await services.authenticator.apiUser(request)
                role = user.role
                return try await handler(request, context, user)
            } catch {
                throw HTTPFailure(error, showsPaths: role != .partner)
            }
        }
    }

    // MARK: Reading

    /// `{"partners": […]}`: partner users get only their own.
    func partners(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        let result = await services.content.current()
        guard let content = result.parsed else { throw ContentErrors(diagnostics: result.diagnostics.filter { $0.severity == .error }) }
        let visible = content.partners.filter { user.mayRead(partner: $0.id) }.sorted { $0.id < $1.id }
        return Reply.json(["partners": visible.map(APIModels.PartnerJSON.init)])
    }

    /// `{"placements": […]}`, optionally of one `partner` and one `status`.
    func placements(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        let query = request.uri.queryParameters
        var found: [Placement]
        if let partner = query.get("partner"), !partner.isEmpty {
            guard Slug.isValid(partner), services.files.exists(SitePaths.partnerFile(partner)) else {
                throw AccessError.notFound("no partner '\(partner)'")
            }
            found = try await services.ledger.placements(partner: partner, by: user)
        } else {
            found = try await services.ledger.all(by: user)
        }
        if let text = query.get("status"), !text.isEmpty {
            guard let status = Placement.Status(rawValue: text) else {
                throw BadRequest(message: "invalid status '\(text)'; use submitted, verified or rejected")
            }
            found = found.filter { $0.status == status }
        }
        return Reply.json(["placements": found.map(APIModels.PlacementJSON.init)])
    }

    func placement(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        let placement = try await services.ledger.placement(id: try context.parameters.require("id"), by: user)
        return Reply.json(["placement": APIModels.PlacementJSON(placement)])
    }

    /// Exactly what `siar compliance --format json` prints for `as_of` (default: today), optionally for one partner.
    func compliance(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        let query = request.uri.queryParameters
        let asOf: CalendarDay
        if let text = query.get("as_of"), !text.isEmpty {
            guard text.utf8.count == 10, case .day(let day)? = AsOf(parsing: text) else {
                throw BadRequest(message: "invalid as_of '\(text)'; write YYYY-MM-DD")
            }
            asOf = day
        } else {
            asOf = await services.today()
        }
        var report = try await services.content.report(asOf: asOf)
        let partner = query.get("partner").flatMap { $0.isEmpty ? nil : $0 } ?? (user.role == .partner ? user.partner : nil)
        if let partner {
            guard report.partner(partner) != nil else { throw AccessError.notFound("no partner '\(partner)'") }
            guard user.mayRead(partner: partner) else {
                throw AccessError.forbidden("user '\(user.name)' can only see the compliance of partner '\(user.partner ?? "")'")
            }
            report = report.filtered(partner: partner)
        }
        return Reply.bytes(Array(try report.json().utf8) + [UInt8(ascii: "\n")], type: "application/json; charset=utf-8")
    }

    /// `{"entries": […]}`: the audit trail, oldest first.
    func audit(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        Reply.json(["entries": try await services.ledger.auditTrail(by: user)])
    }
}
