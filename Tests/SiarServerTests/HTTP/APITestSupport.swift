import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Checks that every status the API answers is one its OpenAPI document lists for that route.
struct DocumentedStatuses: Sendable {
    /// `"post /api/placements/{id}/verify"` → documented codes.
    let codes: [String: Set<Int>]

    init(_ client: any TestClientProtocol) async throws {
        let response = try await client.execute(uri: "/api/openapi.json", method: .get)
        let document = response.object
        var codes: [String: Set<Int>] = [:]
        for (path, value) in document["paths"] as? [String: Any] ?? [:] {
            for (method, operation) in value as? [String: Any] ?? [:] {
                let responses = (operation as? [String: Any])?["responses"] as? [String: Any] ?? [:]
                codes[method + " " + path] = Set(responses.keys.compactMap { Int($0) })
            }
        }
        self.codes = codes
    }

    /// Sends the request and expects `status`, which the document must list for `route` (`post /api/placements`).
    @discardableResult
    func expect(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, route: String? = nil, headers: HTTPFields = [:],
        body: ByteBuffer? = nil, status: HTTPResponse.Status, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        #expect(response.status == status, "\(method) \(uri): \(response.text)", sourceLocation: sourceLocation)
        let path = route ?? String(uri.split(separator: "?").first ?? "")
        let key = method.rawValue.lowercased() + " " + path
        #expect(
            codes[key]?.contains(response.status.code) == true, "\(key) answered \(response.status.code), undocumented",
            sourceLocation: sourceLocation)
        return response
    }
}
