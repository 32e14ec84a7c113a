import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Form bodies as browsers write them, and as they should not be written.
@Suite struct MultipartTests {
    @Test func browserQuirksAreRead() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            // No file chosen: browsers still send the part, with an empty name and body.
            var body = Multipart.body(
                [("csrf", browser.csrf)] + PlacementFormTests.fields, file: .init(name: "", type: "application/octet-stream", bytes: []))
            // A preamble before the first boundary is allowed and ignored.
            body = Array("preamble\r\n".utf8) + body
            var headers = browser.cookieHeader
            headers[.contentType] = "multipart/form-data; boundary=\"\(Multipart.boundary)\""
            let answer = try await client.execute(uri: "/kelola/penayangan", method: .post, headers: headers, body: ByteBuffer(bytes: body))
            #expect(answer.status == .seeOther, "\(answer.text)")
            #expect(try fixture.project.read("Content/placements/2025.csv").contains(",tayang di halaman utama,\n"))
            #expect(!FileManager.default.fileExists(atPath: fixture.project.path("Content/evidence/kabar-rinjani")))

            // A file name with a quote and a semicolon, as Chrome escapes them.
            let file = Multipart.File(name: "layar;%22x%22.png", type: "image/png", bytes: Multipart.png())
            let quoted = try await browser.postMultipart(
                "/kelola/penayangan", PlacementFormTests.with(["url": "https://kabarrinjani.id/2"]), file: file)
            #expect(quoted.status == .seeOther)
        }
    }

    @Test func brokenBodiesAreBadRequests() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            let full = Multipart.body([("csrf", browser.csrf), ("service", "news")], file: nil)
            let cases: [(String, [UInt8])] = [
                ("multipart/form-data; boundary=\(Multipart.boundary)", Array(full.dropLast(30))),  // not closed
                ("multipart/form-data", full),  // no boundary
                ("multipart/form-data; boundary=\(Multipart.boundary)", Array("no boundary here".utf8)),
                (
                    "multipart/form-data; boundary=\(Multipart.boundary)",
                    Array("--\(Multipart.boundary)\r\nContent-Type: text/plain\r\n\r\nx\r\n--\(Multipart.boundary)--\r\n".utf8)
                ),
            ]
            for (type, body) in cases {
                var headers = browser.cookieHeader
                headers[.contentType] = type
                let answer = try await client.execute(
                    uri: "/kelola/penayangan", method: .post, headers: headers, body: ByteBuffer(bytes: body))
                #expect(answer.status == .badRequest, "\(type)")
            }
            #expect(try AuditTrail(root: fixture.project.root).entries().isEmpty)
        }
    }
}
