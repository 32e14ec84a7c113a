import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A signed-in browser session against the router: its cookie, its CSRF token, and form posts.
struct Browser: Sendable {
    let client: any TestClientProtocol
    let session: String
    let csrf: String

    /// Signs in through the form, as a browser does: the form (and its cookie), then the post.
    static func signIn(_ client: any TestClientProtocol, as name: String, password: String? = nil) async throws -> Browser {
        let answer = try await signInAttempt(client, name: name, password: password ?? HTTPFixture.password(name))
        #expect(answer.status == .seeOther, "sign-in of \(name): \(answer.status)")
        let session = try #require(answer.cookies["siar_session"])
        let page = try await client.execute(uri: "/kelola/", method: .get, headers: [.cookie: "siar_session=\(session)"])
        let csrf = try #require(HTML.inputValue("csrf", in: page.text))
        return Browser(client: client, session: session, csrf: csrf)
    }

    /// One try at the sign-in form; the answer as it came.
    static func signInAttempt(
        _ client: any TestClientProtocol, name: String, password: String, headers extra: HTTPFields = [:], next: String = ""
    ) async throws -> TestResponse {
        let form = try await client.execute(uri: "/kelola/masuk", method: .get)
        let token = try #require(form.cookies["siar_login"])
        #expect(HTML.inputValue("csrf", in: form.text) == token)
        var headers: HTTPFields = [.cookie: "siar_login=\(token)", .contentType: "application/x-www-form-urlencoded"]
        headers.append(contentsOf: extra)
        let body = Self.urlEncoded([("csrf", token), ("name", name), ("password", password), ("lanjut", next)])
        return try await client.execute(uri: "/kelola/masuk", method: .post, headers: headers, body: ByteBuffer(text: body))
    }

    var cookieHeader: HTTPFields { [.cookie: "siar_session=\(session)"] }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: cookieHeader)
    }

    /// A urlencoded form post with the session's CSRF token (or `csrf`, or none when it is "").
    func post(_ uri: String, _ fields: [(String, String)] = [], csrf: String? = nil) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let token = csrf ?? self.csrf
        let all = token.isEmpty ? fields : [("csrf", token)] + fields
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(text: Self.urlEncoded(all)))
    }

    /// A `multipart/form-data` post with the CSRF token first, then `fields`, then the file if any.
    func postMultipart(
        _ uri: String, _ fields: [(String, String)], file: Multipart.File? = nil, csrf: String? = nil
    ) async throws -> TestResponse {
        let body = Multipart.body([("csrf", csrf ?? self.csrf)] + fields, file: file)
        var headers = cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=\(Multipart.boundary)"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    static func urlEncoded(_ fields: [(String, String)]) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }
}

/// `multipart/form-data` bodies, as a browser writes them.
enum Multipart {
    struct File: Sendable {
        var field = "evidence_file"
        var name: String
        var type: String
        var bytes: [UInt8]
    }

    static let boundary = "----SiarTestBoundary7MA4YWxkTrZu0gW"

    static func body(_ fields: [(String, String)], file: File?) -> [UInt8] {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: \(file.type)\r\n\r\n"
                    .utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    /// The first bytes of a PNG, then filler: enough for the type check.
    static func png(size: Int = 200) -> [UInt8] { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: size) }
}
