import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Malformed bodies get a 4xx on every POST route (a Content-Length that lies cannot be sent: the test
/// client writes its own) of `/kelola/` and `/api/`, never a 500, and change nothing.
@Suite struct MalformedBodyTests {
    struct Body: Sendable, CustomStringConvertible {
        let name: String
        let type: String?
        let bytes: [UInt8]
        /// Malformed only for a route that reads fields (wrong types); a route without fields takes any object.
        var fieldTypes = false

        var description: String { name }
    }

    static let boundary = "siar-test-boundary"

    static let bodies: [Body] = [
        Body(name: "bad JSON", type: "application/json", bytes: Array("{\"service\": \"news\",".utf8)),
        Body(name: "JSON array", type: "application/json", bytes: Array("[1, 2, 3]".utf8)),
        Body(name: "JSON null", type: "application/json", bytes: Array("null".utf8)),
        Body(
            name: "JSON wrong types", type: "application/json", bytes: Array("{\"quantity\": \"x\", \"note\": 5}".utf8),
            fieldTypes: true),
        Body(name: "invalid UTF-8 JSON", type: "application/json", bytes: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]),
        Body(name: "invalid UTF-8 form", type: "application/x-www-form-urlencoded", bytes: [0x6E, 0x3D, 0xFF, 0xC3, 0x26, 0x25, 0x7A]),
        Body(name: "multipart without boundary", type: "multipart/form-data", bytes: Array("--x\r\n\r\n--x--\r\n".utf8)),
        Body(name: "multipart with empty boundary", type: "multipart/form-data; boundary=", bytes: Array("--\r\n\r\n".utf8)),
        Body(name: "multipart with a long boundary", type: "multipart/form-data; boundary=\(String(repeating: "b", count: 71))", bytes: []),
        Body(name: "multipart garbage", type: "multipart/form-data; boundary=\(boundary)", bytes: Array("no parts here".utf8)),
        Body(name: "multipart just the boundary", type: "multipart/form-data; boundary=\(boundary)", bytes: Array("--\(boundary)".utf8)),
        Body(
            name: "multipart unclosed part", type: "multipart/form-data; boundary=\(boundary)",
            bytes: Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc".utf8)),
        Body(
            name: "multipart part without headers end", type: "multipart/form-data; boundary=\(boundary)",
            bytes: Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"".utf8)),
        Body(
            name: "multipart part without name", type: "multipart/form-data; boundary=\(boundary)",
            bytes: Array("--\(boundary)\r\nContent-Disposition: form-data\r\n\r\nx\r\n--\(boundary)--\r\n".utf8)),
        Body(
            name: "multipart header without colon", type: "multipart/form-data; boundary=\(boundary)",
            bytes: Array("--\(boundary)\r\nbroken header\r\n\r\nx\r\n--\(boundary)--\r\n".utf8)),
        Body(name: "plain text", type: "text/plain", bytes: Array("hello".utf8)),
        Body(name: "XML", type: "application/xml", bytes: Array("<a/>".utf8)),
        Body(name: "no type, binary", type: nil, bytes: [0x00, 0xFF, 0x10, 0x80]),
        Body(name: "wrong parameterised type", type: "application/json-patch+json; charset=utf-8", bytes: Array("[]".utf8)),
    ]

    struct Route: Sendable, CustomStringConvertible {
        let uri: String
        let api: Bool
        var readsFields = true

        var description: String { uri }
    }

    static let routes: [Route] = [
        Route(uri: "/kelola/masuk", api: false), Route(uri: "/kelola/keluar", api: false), Route(uri: "/kelola/penayangan", api: false),
        Route(uri: "/kelola/penayangan/P25-0002/verifikasi", api: false), Route(uri: "/kelola/penayangan/P25-0002/tolak", api: false),
        Route(uri: "/api/placements", api: true), Route(uri: "/api/placements/P25-0002/verify", api: true, readsFields: false),
        Route(uri: "/api/placements/P25-0002/reject", api: true), Route(uri: "/api/evidence?partner=kabar-rinjani", api: true),
    ]

    @Test func everyPostRouteAnswersMalformedBodiesWithA4xx() async throws {
        let fixture = try await HTTPFixture.make()
        let ledger = try fixture.project.read("Content/placements/2025.csv")
        try await fixture.test { client in
            let rina = try await Browser.signIn(client, as: "rina")
            let form = try await client.execute(uri: "/kelola/masuk", method: .get)
            let loginToken = try #require(form.cookies["siar_login"])
            for route in Self.routes {
                for body in Self.bodies where route.readsFields || !body.fieldTypes {
                    // Signed in (a manager may do everything), so that only the body can be wrong.
                    var headers: HTTPFields =
                        route.api
                        ? fixture.bearer("rina")
                        : [.cookie: "siar_session=\(rina.session); siar_login=\(loginToken)", .init("X-CSRF-Token")!: rina.csrf]
                    if let type = body.type { headers[.contentType] = type }
                    let answer = try await client.execute(
                        uri: route.uri, method: .post, headers: headers, body: ByteBuffer(bytes: body.bytes))
                    let code = answer.status.code
                    #expect((400..<500).contains(code) && code != 404, "\(route) with \(body): \(code) \(answer.text.prefix(200))")
                }
            }
        }
        #expect(try fixture.project.read("Content/placements/2025.csv") == ledger)
    }
}
