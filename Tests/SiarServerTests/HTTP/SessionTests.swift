import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Signing in and out of the management UI: cookies, redirects, CSRF, expiry and throttling.
@Suite struct SessionTests {
    @Test func pagesSendStrangersToTheSignInForm() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            for uri in ["/kelola/", "/kelola/penayangan/baru", "/kelola/ekspor/penayangan.csv", "/kelola/mitra/kabar-rinjani"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/kelola/masuk?lanjut=" + uri)
            }
            let post = try await client.execute(
                uri: "/kelola/penayangan/P25-0002/verifikasi", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(text: "csrf=x"))
            #expect(post.status == .seeOther)
            #expect(try fixture.project.read("Content/placements/2025.csv").contains(",submitted,,,"))
            let forged = try await client.execute(uri: "/kelola/", method: .get, headers: [.cookie: "siar_session=made-up"])
            #expect(forged.status == .seeOther)
        }
    }

    @Test func signingInAndOut() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let answer = try await Browser.signInAttempt(
                client, name: "rina", password: HTTPFixture.password("rina"), next: "/kelola/penayangan")
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location] == "/kelola/penayangan")
            let cookie = try #require(answer.setCookie("siar_session"))
            let attributes = Set(cookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            #expect(attributes.isSuperset(of: ["httponly", "samesite=strict", "path=/"]))
            #expect(!attributes.contains("secure"))
            #expect(answer.cookies["siar_session"]?.count == 43)

            let browser = try await Browser.signIn(client, as: "rina")
            let page = try await browser.get("/kelola/")
            #expect(page.status == .ok)
            #expect(page.text.contains("<strong>rina</strong>"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true)

            // Signing out needs the token too, ends the session and clears the cookie.
            #expect(try await browser.post("/kelola/keluar", csrf: "").status == .forbidden)
            let out = try await browser.post("/kelola/keluar")
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/kelola/masuk?keluar=1")
            #expect(out.setCookie("siar_session")?.contains("Max-Age=0") == true)
            #expect(try await browser.get("/kelola/").status == .seeOther)
            let form = try await client.execute(uri: "/kelola/masuk?keluar=1", method: .get)
            #expect(form.text.contains("Anda telah keluar."))
        }
    }

    @Test func wrongPasswordsAndForeignRedirectsAreRefused() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let wrong = try await Browser.signInAttempt(client, name: "rina", password: "bukan-kata-sandinya")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Nama pengguna atau kata sandi salah."))
            #expect(wrong.cookies["siar_session"] == nil)
            let unknown = try await Browser.signInAttempt(client, name: "siapa", password: "bukan-kata-sandinya")
            #expect(unknown.status == .unauthorized)
            for next in ["https://evil.example/", "//evil.example/", "/kelola/\\evil", "/api/partners"] {
                let answer = try await Browser.signInAttempt(client, name: "tono", password: HTTPFixture.password("tono"), next: next)
                #expect(answer.headers[.location] == "/kelola/", "\(next)")
            }
            // Without the form's own token (another site posting the form) nothing happens.
            let forged = try await client.execute(
                uri: "/kelola/masuk", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(text: "csrf=abc&name=rina&password=\(HTTPFixture.password("rina"))"))
            #expect(forged.status == .forbidden)
            #expect(forged.cookies["siar_session"] == nil)
        }
    }

    @Test func secureCookiesOverHTTPS() async throws {
        let behindProxy = try await HTTPFixture.make { $0.trustProxy = true }
        try await behindProxy.test { client in
            let https = try await Browser.signInAttempt(
                client, name: "rina", password: HTTPFixture.password("rina"), headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(https.setCookie("siar_session")?.contains("; Secure") == true)
            let http = try await Browser.signInAttempt(client, name: "rina", password: HTTPFixture.password("rina"))
            #expect(http.setCookie("siar_session")?.contains("Secure") == false)
        }
        let direct = try await HTTPFixture.make()
        try await direct.test { client in
            // Without --trust-proxy, anyone could send the header: it is ignored.
            let spoofed = try await Browser.signInAttempt(
                client, name: "rina", password: HTTPFixture.password("rina"), headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(spoofed.setCookie("siar_session")?.contains("Secure") == false)
        }
        let flagged = try await HTTPFixture.make { $0.secureCookies = true }
        try await flagged.test { client in
            let answer = try await Browser.signInAttempt(client, name: "rina", password: HTTPFixture.password("rina"))
            #expect(answer.setCookie("siar_session")?.contains("; Secure") == true)
        }
    }

    @Test func everyPostNeedsTheSessionsToken() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let rina = try await Browser.signIn(client, as: "rina")
            let made = try await Browser.signIn(client, as: "made")
            #expect(rina.csrf != made.csrf)
            let ledger = try fixture.project.read("Content/placements/2025.csv")
            for token in ["", "wrong", made.csrf] {
                #expect(try await rina.post("/kelola/penayangan/P25-0002/verifikasi", csrf: token).status == .forbidden, "\(token)")
                #expect(
                    try await rina.post("/kelola/penayangan/P25-0002/tolak", [("note", "x")], csrf: token).status == .forbidden, "\(token)")
                let upload = try await rina.postMultipart(
                    "/kelola/penayangan", [("partner", "kabar-rinjani"), ("service", "news"), ("published", "2025-03-08")], csrf: token)
                #expect(upload.status == .forbidden)
                #expect(upload.text.contains("Formulir kedaluwarsa"))
            }
            #expect(try fixture.project.read("Content/placements/2025.csv") == ledger)
            #expect(try AuditTrail(root: fixture.project.root).entries().isEmpty)
            // The token may also come as a header, for scripts.
            var headers = rina.cookieHeader
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.init("X-CSRF-Token")!] = rina.csrf
            let verified = try await client.execute(uri: "/kelola/penayangan/P25-0002/verifikasi", method: .post, headers: headers)
            #expect(verified.status == .seeOther)
        }
    }

    @Test func sessionsExpire() async throws {
        let fixture = try await HTTPFixture.make { $0.sessionIdleSeconds = 600 }
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            fixture.clock.advance(by: 599)
            #expect(try await browser.get("/kelola/").status == .ok)
            fixture.clock.advance(by: 599)
            #expect(try await browser.get("/kelola/").status == .ok)
            fixture.clock.advance(by: 601)
            #expect(try await browser.get("/kelola/").status == .seeOther)
        }
    }

    @Test func removedUsersLoseTheirSessionAtOnce() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            try await UserStore(root: fixture.project.root).remove(name: "tono")
            #expect(try await browser.get("/kelola/").status == .seeOther)
        }
    }

    @Test func signInIsThrottledPerUserAndPerAddress() async throws {
        let fixture = try await HTTPFixture.make { $0.trustProxy = true }
        try await fixture.test { client in
            let office: HTTPFields = [.init("X-Forwarded-For")!: "192.0.2.10"]
            let home: HTTPFields = [.init("X-Forwarded-For")!: "198.51.100.20"]
            for _ in 0..<5 {
                let answer = try await Browser.signInAttempt(client, name: "rina", password: "salah-salah-salah", headers: office)
                #expect(answer.status == .unauthorized)
            }
            // Locked: even the right password is not checked, from any address.
            let locked = try await Browser.signInAttempt(client, name: "rina", password: HTTPFixture.password("rina"), headers: home)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter] == "30")
            #expect(locked.text.contains("Terlalu banyak percobaan"))
            // A colleague behind the same office address is not locked out by rina's failures.
            let other = try await Browser.signInAttempt(client, name: "tono", password: HTTPFixture.password("tono"), headers: office)
            #expect(other.status == .seeOther)
            #expect(
                try await Browser.signInAttempt(client, name: "tono", password: HTTPFixture.password("tono"), headers: home).status
                    == .seeOther)

            fixture.clock.advance(by: 31)
            // One more failure doubles the wait.
            #expect(
                try await Browser.signInAttempt(client, name: "rina", password: "salah-lagi-salah", headers: home).status == .unauthorized)
            let longer = try await Browser.signInAttempt(client, name: "rina", password: HTTPFixture.password("rina"), headers: home)
            #expect(longer.headers[.retryAfter] == "60")
            fixture.clock.advance(by: 61)
            #expect(
                try await Browser.signInAttempt(client, name: "rina", password: HTTPFixture.password("rina"), headers: home).status
                    == .seeOther)
            // A success clears the name's count.
            #expect(
                try await Browser.signInAttempt(client, name: "rina", password: "salah-sekali-lagi", headers: home).status == .unauthorized)
        }
    }
}
