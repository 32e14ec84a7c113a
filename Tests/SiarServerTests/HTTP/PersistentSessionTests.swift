import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Sessions outlive a restart of the service: they are kept, hashed and with their expiry, in `.siar/`.
@Suite struct PersistentSessionTests {
    /// A second application over the same project folder and clock, as after a restart.
    static func restarted(_ fixture: HTTPFixture, idleSeconds: Int = 8 * 3600) -> AppServices {
        var configuration = fixture.services.configuration
        configuration.sessionIdleSeconds = idleSeconds
        return AppServices(configuration: configuration)
    }

    @Test func aSessionSurvivesARestart() async throws {
        let fixture = try await HTTPFixture.make()
        let browser = try await fixture.test { client in try await Browser.signIn(client, as: "tono") }
        let stored = try fixture.project.read(".siar/sessions.json")
        #expect(!stored.contains(browser.session))
        #expect(stored.contains("\"user\":\"tono\""))
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.project.path(".siar/sessions.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let restarted = Self.restarted(fixture)
        try await buildApplication(services: restarted).test(.router) { client in
            let page = try await client.execute(uri: "/kelola/", method: .get, headers: [.cookie: "siar_session=\(browser.session)"])
            #expect(page.status == .ok)
            #expect(page.text.contains("<strong>tono</strong>"))
            // The form token of the session is the same, so a form filled in before the restart still goes through.
            #expect(HTML.inputValue("csrf", in: page.text) == browser.csrf)
            let forged = try await client.execute(uri: "/kelola/", method: .get, headers: [.cookie: "siar_session=made-up"])
            #expect(forged.status == .seeOther)
        }
    }

    @Test func anExpiredSessionDoesNotSurviveARestart() async throws {
        let fixture = try await HTTPFixture.make()
        let browser = try await fixture.test { client in try await Browser.signIn(client, as: "tono") }
        fixture.clock.advance(by: 601)
        let restarted = Self.restarted(fixture, idleSeconds: 600)
        try await buildApplication(services: restarted).test(.router) { client in
            let page = try await client.execute(uri: "/kelola/", method: .get, headers: [.cookie: "siar_session=\(browser.session)"])
            #expect(page.status == .seeOther)
        }
        // The expired session was dropped from the file.
        #expect(!(try fixture.project.read(".siar/sessions.json").contains("\"user\":\"tono\"")))
    }

    @Test func signingOutEndsTheStoredSessionToo() async throws {
        let fixture = try await HTTPFixture.make()
        let browser = try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            #expect(try await browser.post("/kelola/keluar").status == .seeOther)
            return browser
        }
        try await buildApplication(services: Self.restarted(fixture)).test(.router) { client in
            let page = try await client.execute(uri: "/kelola/", method: .get, headers: [.cookie: "siar_session=\(browser.session)"])
            #expect(page.status == .seeOther)
        }
    }
}
