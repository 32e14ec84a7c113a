import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// The headers every response carries, with their exact values, and where `/` leads without the preview.
@Suite struct SecurityHeaderTests {
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    static func expectHeaders(_ response: TestResponse, _ what: String) {
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
        #expect(response.headers[referrerPolicy] == "same-origin", "\(what)")
        #expect(response.headers[frameOptions] == "DENY", "\(what)")
    }

    @Test func everyKindOfResponseCarriesTheHeaders() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let page = try await client.execute(uri: "/kelola/masuk", method: .get)
            #expect(page.status == .ok)
            Self.expectHeaders(page, "UI page")

            let api = try await client.execute(uri: "/api/partners", method: .get, headers: fixture.bearer("rina"))
            #expect(api.status == .ok)
            Self.expectHeaders(api, "API response")

            let denied = try await client.execute(uri: "/api/partners", method: .get)
            #expect(denied.status == .unauthorized)
            Self.expectHeaders(denied, "API error")

            let browser = try await Browser.signIn(client, as: "rina")
            let missing = try await browser.get("/kelola/tidak-ada")
            #expect(missing.status == .notFound)
            Self.expectHeaders(missing, "UI error page")

            // The router's own answer for a path no route takes.
            let unrouted = try await client.execute(uri: "/api/tidak-ada", method: .get, headers: fixture.bearer("rina"))
            #expect(unrouted.status == .notFound)
            Self.expectHeaders(unrouted, "router 404")
        }
    }

    @Test func theRootLeadsToTheManagementUIWithoutThePreview() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.status == .seeOther)
            #expect(root.headers[.location] == "/kelola/")
            #expect(root.headers[.xContentTypeOptions] == "nosniff")
        }
    }
}
