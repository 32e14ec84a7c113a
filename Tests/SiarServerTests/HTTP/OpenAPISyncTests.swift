import Foundation
import Hummingbird
import HummingbirdTesting
import SiarServer
import Testing

extension String {
    /// The JSON object this text holds (empty when it holds none).
    var jsonObject: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(utf8))) as? [String: Any] ?? [:] }
}

/// `/api/openapi.json` describes exactly the routes registered under `/api/`, with their methods, and the
/// status codes each can answer.
@Suite struct OpenAPISyncTests {
    @Test func theDocumentListsEveryRouteAndNoOther() async throws {
        let fixture = try await HTTPFixture.make(users: false)
        let router = buildRouter(services: fixture.services)
        let registered = Set(
            router.routes.map { ($0.method.rawValue.lowercased(), $0.path.description) }
                .filter { $0.1.hasPrefix("/api/") && !$0.1.contains("**") }
                .map { $0.0 + " " + $0.1 })
        let document = try await fixture.test { client in try await client.execute(uri: "/api/openapi.json", method: .get).text }.jsonObject
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, methods in methods.keys.map { $0 + " " + path } })
        #expect(registered == described)
        #expect(registered.count >= 10)
    }

    @Test func theDocumentIsOpenAPI31WithTheStatusesOfEachRoute() async throws {
        let fixture = try await HTTPFixture.make(users: false)
        let document = try await fixture.test { client in try await client.execute(uri: "/api/openapi.json", method: .get).text }.jsonObject
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        func codes(_ method: String, _ path: String) -> Set<String> {
            Set((paths[path]?[method]?["responses"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
        #expect(codes("post", "/api/placements").isSuperset(of: ["201", "401", "403", "413", "415", "422"]))
        #expect(codes("post", "/api/placements/{id}/verify").isSuperset(of: ["200", "401", "403", "404", "409"]))
        #expect(codes("post", "/api/placements/{id}/reject").isSuperset(of: ["200", "401", "403", "404", "409", "413", "415", "422"]))
        #expect(codes("post", "/api/evidence").isSuperset(of: ["201", "401", "403", "413", "415"]))
        #expect(codes("get", "/api/compliance").isSuperset(of: ["200", "401", "403", "404"]))
        #expect(codes("get", "/api/openapi.json") == ["200"])
        // Every operation but the document itself needs the bearer token, and every $ref resolves.
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: document, options: [.withoutEscapingSlashes]), as: UTF8.self)
        let references = text.components(separatedBy: "#/components/schemas/").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!references.isEmpty)
        for reference in references { #expect(schemas[String(reference)] != nil, "unresolved \(reference)") }
        for (path, methods) in paths {
            for (method, operation) in methods {
                let open = (operation["security"] as? [Any])?.isEmpty == true
                #expect(open == (path == "/api/openapi.json"), "\(method) \(path)")
                #expect(operation["operationId"] is String)
            }
        }
    }
}
