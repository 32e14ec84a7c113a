import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// The sign-in throttle over HTTP: checks in flight count, lockout is per account with a higher ceiling
/// per address, records are forgotten after an hour and their number is capped.
@Suite struct ThrottleTests {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// The sign-in form's token and cookie, fetched once, so that a burst sends only the posts.
    static func loginToken(_ client: any TestClientProtocol) async throws -> String {
        let form = try await client.execute(uri: "/kelola/masuk", method: .get)
        return try #require(form.cookies["siar_login"])
    }

    static func post(
        _ client: any TestClientProtocol, token: String, name: String, password: String, headers extra: HTTPFields = [:]
    ) async throws -> HTTPResponse.Status {
        var headers: HTTPFields = [.cookie: "siar_login=\(token)", .contentType: "application/x-www-form-urlencoded"]
        headers.append(contentsOf: extra)
        let body = Browser.urlEncoded([("csrf", token), ("name", name), ("password", password)])
        return try await client.execute(uri: "/kelola/masuk", method: .post, headers: headers, body: ByteBuffer(text: body)).status
    }

    @Test(.timeLimit(.minutes(1))) func aConcurrentBurstGetsNoMoreChecksThanTheLimit() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            let statuses = try await withThrowingTaskGroup(of: (Bool, HTTPResponse.Status).self) { group in
                for index in 0..<39 {
                    group.addTask { (false, try await Self.post(client, token: token, name: "rina", password: "salah-\(index)-salah")) }
                }
                // The right password joins the burst once five checks are reserved (in flight or failed).
                while await fixture.services.throttle.checks(user: "rina") < 5 { await Task.yield() }
                group.addTask { (true, try await Self.post(client, token: token, name: "rina", password: HTTPFixture.password("rina"))) }
                var all: [(Bool, HTTPResponse.Status)] = []
                for try await answer in group { all.append(answer) }
                return all
            }
            let wrong = statuses.filter { !$0.0 }.map(\.1)
            #expect(wrong.filter { $0 == .unauthorized }.count == 5, "\(wrong.map(\.code))")
            #expect(wrong.filter { $0 == .tooManyRequests }.count == 34)
            #expect(statuses.first { $0.0 }?.1 == .tooManyRequests)
            #expect(try await Self.post(client, token: token, name: "rina", password: HTTPFixture.password("rina")) == .tooManyRequests)
        }
    }

    @Test func oneAccountsFailuresDoNotLockOutAnotherUserAtTheSameAddress() async throws {
        let fixture = try await HTTPFixture.make { $0.trustProxy = true }
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            let office: HTTPFields = [Self.forwardedFor: "192.0.2.10"]
            for _ in 0..<5 {
                #expect(try await Self.post(client, token: token, name: "rina", password: "salah-salah", headers: office) == .unauthorized)
            }
            #expect(
                try await Self.post(client, token: token, name: "rina", password: HTTPFixture.password("rina"), headers: office)
                    == .tooManyRequests)
            #expect(
                try await Self.post(client, token: token, name: "tono", password: HTTPFixture.password("tono"), headers: office)
                    == .seeOther)
        }
    }

    @Test func oneAddressHasACeilingOverAllNames() async throws {
        let fixture = try await HTTPFixture.make {
            $0.trustProxy = true
            $0.loginAddressAttempts = 12
        }
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            let guesser: HTTPFields = [Self.forwardedFor: "203.0.113.7"]
            // Twelve names, one guess each: no name reaches its own limit, the address reaches its ceiling.
            for index in 0..<12 {
                #expect(
                    try await Self.post(client, token: token, name: "nama\(index)", password: "salah", headers: guesser) == .unauthorized)
            }
            #expect(
                try await Self.post(client, token: token, name: "tono", password: HTTPFixture.password("tono"), headers: guesser)
                    == .tooManyRequests)
            // Another address is not affected.
            let elsewhere: HTTPFields = [Self.forwardedFor: "198.51.100.20"]
            #expect(
                try await Self.post(client, token: token, name: "tono", password: HTTPFixture.password("tono"), headers: elsewhere)
                    == .seeOther)
        }
    }

    @Test func forwardedAddressesAreIgnoredWithoutTrustProxy() async throws {
        let fixture = try await HTTPFixture.make { $0.loginAddressAttempts = 6 }
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            // Each guess claims another address; without --trust-proxy they all count for the real peer.
            for index in 0..<6 {
                let spoofed: HTTPFields = [Self.forwardedFor: "203.0.113.\(index)"]
                #expect(
                    try await Self.post(client, token: token, name: "nama\(index)", password: "salah", headers: spoofed) == .unauthorized)
            }
            let spoofed: HTTPFields = [Self.forwardedFor: "203.0.113.99"]
            #expect(
                try await Self.post(client, token: token, name: "tono", password: HTTPFixture.password("tono"), headers: spoofed)
                    == .tooManyRequests)
        }
    }

    @Test func aSuccessClearsTheAccountsFailures() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            for round in 0..<2 {
                for _ in 0..<4 {
                    #expect(
                        try await Self.post(client, token: token, name: "rina", password: "salah-salah") == .unauthorized, "round \(round)")
                }
                #expect(try await Self.post(client, token: token, name: "rina", password: HTTPFixture.password("rina")) == .seeOther)
            }
        }
    }

    @Test func failuresAreForgottenAfterAnHour() async throws {
        let fixture = try await HTTPFixture.make()
        let forget = 3600
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            for _ in 0..<4 { #expect(try await Self.post(client, token: token, name: "rina", password: "salah") == .unauthorized) }
            #expect(await fixture.services.throttle.count == 2)
            // One second short of the forget time the four failures still count: the fifth locks.
            fixture.clock.advance(by: forget - 1)
            #expect(try await Self.post(client, token: token, name: "rina", password: "salah") == .unauthorized)
            #expect(try await Self.post(client, token: token, name: "rina", password: HTTPFixture.password("rina")) == .tooManyRequests)

            for _ in 0..<4 { #expect(try await Self.post(client, token: token, name: "tono", password: "salah") == .unauthorized) }
            fixture.clock.advance(by: forget)
            // An hour after their last failure both names and the address are gone, and tono starts afresh.
            #expect(try await Self.post(client, token: token, name: "tono", password: "salah") == .unauthorized)
            #expect(try await Self.post(client, token: token, name: "tono", password: HTTPFixture.password("tono")) == .seeOther)
            #expect(await fixture.services.throttle.count == 1)
        }
    }

    @Test func theNumberOfRecordsIsCapped() async throws {
        let fixture = try await HTTPFixture.make { $0.loginRecordLimit = 10 }
        try await fixture.test { client in
            let token = try await Self.loginToken(client)
            for _ in 0..<5 { #expect(try await Self.post(client, token: token, name: "rina", password: "salah") == .unauthorized) }
            for index in 0..<30 {
                #expect(try await Self.post(client, token: token, name: "nama\(index)", password: "salah") == .unauthorized)
                #expect(await fixture.services.throttle.count <= 10)
            }
            // Made-up names went first: the locked account stays locked.
            #expect(try await Self.post(client, token: token, name: "rina", password: HTTPFixture.password("rina")) == .tooManyRequests)
        }
    }
}
