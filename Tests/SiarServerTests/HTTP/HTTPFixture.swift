import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// A clock the tests move by hand (sessions, sign-in throttling).
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Int

    init(_ seconds: Int = ServerFixture.now) {
        self.seconds = seconds
    }

    var now: Int { lock.withLock { seconds } }

    func advance(by delta: Int) { lock.withLock { seconds += delta } }
}

/// The store fixture's project plus the repository's theme and one user per role, served in-process.
///
/// Users (password ``password(_:)``): `rina` and `made` (managers), `tono` (writer), `kr` (partner
/// kabar-rinjani), `hg` (partner harian-gumi), `vivi` (viewer). The clock stands at 2025-03-10 10:00 WITA.
final class HTTPFixture: Sendable {
    static let users: [(name: String, role: User.Role, partner: String?)] = [
        ("rina", .manager, nil), ("made", .manager, nil), ("tono", .writer, nil), ("kr", .partner, "kabar-rinjani"),
        ("hg", .partner, "harian-gumi"), ("vivi", .viewer, nil),
    ]

    let project: TemporaryProject
    let services: AppServices
    let clock: ManualClock
    /// API tokens by user name.
    let tokens: [String: String]

    static func password(_ name: String) -> String { "kata-sandi-\(name)-123" }

    private init(project: TemporaryProject, services: AppServices, clock: ManualClock, tokens: [String: String]) {
        self.project = project
        self.services = services
        self.clock = clock
        self.tokens = tokens
    }

    /// - Parameters:
    ///   - files: project files on top of the store fixture's.
    ///   - configure: changes to the configuration (the preview is off unless it turns it on).
    static func make(
        files: [String: String] = [:], users: Bool = true, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> HTTPFixture {
        let project = try ServerFixture.project(files)
        try project.copyTheme()
        var tokens: [String: String] = [:]
        if users {
            let store = UserStore(root: project.root, bcryptCost: 4)
            for user in Self.users {
                tokens[user.name] = try await store.add(
                    name: user.name, role: user.role, partner: user.partner, password: password(user.name)
                )
                .token
            }
        }
        let clock = ManualClock()
        var configuration = ServerConfiguration(root: project.root, port: 0)
        configuration.preview = false
        configuration.watch = false
        configuration.bcryptCost = 4
        configuration.now = { clock.now }
        configure(&configuration)
        return HTTPFixture(project: project, services: AppServices(configuration: configuration), clock: clock, tokens: tokens)
    }

    var app: some ApplicationProtocol { buildApplication(services: services) }

    /// Runs `body` against the router, in-process.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await app.test(.router, body)
    }

    func bearer(_ user: String) -> HTTPFields { [.authorization: "Bearer \(tokens[user] ?? "none")"] }

    /// `bearer` plus `Content-Type: application/json`.
    func json(_ user: String) -> HTTPFields {
        var headers = bearer(user)
        headers[.contentType] = "application/json"
        return headers
    }
}

/// What a test needs of a response, read out of the buffer.
extension TestResponse {
    var text: String { String(buffer: body) }

    /// The JSON object of the body.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The values of the `Set-Cookie` headers by cookie name.
    var cookies: [String: String] {
        var found: [String: String] = [:]
        for header in headers[values: .setCookie] {
            let pair = header.split(separator: ";").first?.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false) ?? []
            if pair.count == 2 { found[String(pair[0])] = String(pair[1]) }
        }
        return found
    }

    /// The raw `Set-Cookie` header of cookie `name`.
    func setCookie(_ name: String) -> String? { headers[values: .setCookie].first { $0.hasPrefix(name + "=") } }
}

extension ByteBuffer {
    init(text: String) {
        self.init(string: text)
    }
}

/// Small string searches over HTML.
enum HTML {
    /// The `value` of the first `<input … name="name" value="…">`.
    static func inputValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The text of every `<p class="field-error" id="<field>-error">`.
    static func fieldError(_ field: String, in html: String) -> String? {
        guard let range = html.range(of: "<p class=\"field-error\" id=\"\(field)-error\">") else { return nil }
        let rest = html[range.upperBound...]
        return rest.range(of: "</p>").map { String(rest[..<$0.lowerBound]) }
    }
}
