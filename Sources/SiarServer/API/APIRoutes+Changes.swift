import Foundation
import Hummingbird
import SiarContent

/// The API routes that write: placements, reviews and evidence.
extension APIRoutes {
    /// `POST /api/placements` with a JSON ``PlacementDraft``: 201 with `{"id", "placement"}` and a `Location`.
    func addPlacement(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        guard user.role != .viewer else { throw AccessError.forbidden("user '\(user.name)' is a viewer and cannot record placements") }
        let draft = try await decode(PlacementDraft.self, from: request)
        let placement = try await services.ledger.add(draft, by: user)
        return Reply.json(
            APIModels.Created(id: placement.id, placement: .init(placement)), status: .created,
            headers: [.location: SitePaths.apiPlacement(placement.id)])
    }

    /// `POST /api/placements/{id}/verify`.
    func verify(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        // The route takes no body, but one that is sent must still be JSON, as on every route.
        _ = try await decode(NoBody.self, from: request)
        let placement = try await services.ledger.verify(id: try context.parameters.require("id"), by: user)
        return Reply.json(["placement": APIModels.PlacementJSON(placement)])
    }

    /// `POST /api/placements/{id}/reject` with `{"note": "the reason"}`.
    func reject(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        let id = try context.parameters.require("id")
        guard user.role == .manager else {
            throw AccessError.forbidden("only managers can reject placements; user '\(user.name)' is a \(user.role.rawValue)")
        }
        let body = try await decode(APIModels.ReviewBody.self, from: request)
        let placement = try await services.ledger.reject(id: id, note: body.note ?? "", by: user)
        return Reply.json(["placement": APIModels.PlacementJSON(placement)])
    }

    /// `POST /api/evidence?partner=ID[&name=file.png]` with the file as the body (`image/png`,
    /// `image/jpeg` or `application/pdf`): 201 with where it was stored, for the `evidence` of a placement.
    func uploadEvidence(_ request: Request, _ context: SiarRequestContext, _ user: User) async throws -> Response {
        let query = request.uri.queryParameters
        // A partner user's upload always lands in its own partner's folder.
        guard let partner = query.get("partner").flatMap({ $0.isEmpty ? nil : $0 }) ?? user.partner else {
            throw BadRequest(message: "say whose evidence this is: add '?partner=<id>'")
        }
        guard user.mayAdd(partner: partner) else {
            throw AccessError.forbidden("user '\(user.name)' cannot upload evidence for partner '\(partner)'")
        }
        let types = EvidenceType.allCases.map(\.mediaType)
        try RequestBodyReader.requireType(request, types)
        let bytes = try await RequestBodyReader.bytes(of: request, limit: services.configuration.evidenceLimit)
        if let detected = EvidenceType(detecting: bytes), detected.mediaType != RequestBodyReader.mediaType(of: request) {
            throw RequestBodyReader.Problem.unsupportedType(RequestBodyReader.mediaType(of: request), expected: [detected.mediaType])
        }
        let file = try services.evidence.save(bytes, partner: partner, fileName: query.get("name"), by: user)
        await services.sweepEvidence()
        return Reply.json(
            APIModels.EvidenceJSON(evidence: file.ledgerValue, path: file.path, type: file.type.rawValue, size: file.size),
            status: .created)
    }

    /// The JSON body as `T`: 415 unless `application/json`, 413 past the body limit, 400 when it is not `T`.
    /// An empty body decodes as `{}`.
    func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let typed = request.headers[.contentType] != nil
        if typed { try RequestBodyReader.requireType(request, ["application/json"]) }
        let bytes = try await RequestBodyReader.bytes(of: request, limit: services.configuration.bodyLimit)
        if bytes.isEmpty { return try JSONDecoder().decode(T.self, from: Data("{}".utf8)) }
        guard typed else { throw RequestBodyReader.Problem.unsupportedType(nil, expected: ["application/json"]) }
        return try JSONDecoder().decode(T.self, from: Data(bytes))
    }
}

/// Any JSON object: what a route that takes no body accepts when a client sends one anyway.
private struct NoBody: Decodable {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Asks for an object, so that an array, a number or `null` is refused (the synthesized init asks for nothing).
    init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: AnyKey.self)
    }
}
