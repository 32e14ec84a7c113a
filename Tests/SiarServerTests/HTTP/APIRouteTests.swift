import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// The JSON API, route by route and role by role; every status answered must be in the OpenAPI document.
@Suite struct APIRouteTests {
    @Test func everyRouteWantsAToken() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let routes: [(HTTPRequest.Method, String, String?)] = [
                (.get, "/api/partners", nil), (.get, "/api/placements", nil), (.post, "/api/placements", nil),
                (.get, "/api/placements/P25-0001", "/api/placements/{id}"),
                (.post, "/api/placements/P25-0002/verify", "/api/placements/{id}/verify"),
                (.post, "/api/placements/P25-0002/reject", "/api/placements/{id}/reject"), (.post, "/api/evidence", nil),
                (.get, "/api/compliance", nil), (.get, "/api/audit", nil),
            ]
            for (method, uri, route) in routes {
                for headers: HTTPFields in [[:], [.authorization: "Bearer siar_wrong"], [.authorization: "Basic cmluYTp4"]] {
                    let response = try await api.expect(client, method, uri, route: route, headers: headers, status: .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"siar\"")
                    #expect(response.object["error"] as? String == AccessError.unauthenticated.message)
                }
            }
            // The description itself is public.
            try await api.expect(client, .get, "/api/openapi.json", status: .ok)
            // Unknown routes are JSON 404s, not the preview's pages.
            let unknown = try await client.execute(uri: "/api/nothing", method: .get, headers: fixture.bearer("rina"))
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test func partnersAndPlacementsAreReadByRole() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let all = try await api.expect(client, .get, "/api/partners", headers: fixture.bearer("vivi"), status: .ok)
            #expect((all.object["partners"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["harian-gumi", "kabar-rinjani"])
            let own = try await api.expect(client, .get, "/api/partners", headers: fixture.bearer("kr"), status: .ok)
            let partners = try #require(own.object["partners"] as? [[String: Any]])
            #expect(partners.map { $0["id"] as? String } == ["kabar-rinjani"])
            let lines = (partners[0]["contracts"] as? [[String: Any]])?.last?["lines"] as? [[String: Any]]
            #expect(lines?.first?["unit_price"] as? Int == 500_000)

            func ids(_ response: TestResponse) -> [String] {
                (response.object["placements"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            }
            #expect(
                ids(try await api.expect(client, .get, "/api/placements", headers: fixture.bearer("vivi"), status: .ok)) == [
                    "P25-0001", "P25-0002",
                ])
            #expect(ids(try await api.expect(client, .get, "/api/placements", headers: fixture.bearer("kr"), status: .ok)) == ["P25-0001"])
            #expect(
                ids(try await api.expect(client, .get, "/api/placements?status=submitted", headers: fixture.bearer("rina"), status: .ok))
                    == ["P25-0002"])
            #expect(
                ids(try await api.expect(client, .get, "/api/placements?partner=harian-gumi", headers: fixture.bearer("tono"), status: .ok))
                    == ["P25-0002"])
            try await api.expect(client, .get, "/api/placements?partner=harian-gumi", headers: fixture.bearer("kr"), status: .forbidden)
            try await api.expect(client, .get, "/api/placements?partner=no-such", headers: fixture.bearer("rina"), status: .notFound)
            try await api.expect(client, .get, "/api/placements?partner=../etc", headers: fixture.bearer("rina"), status: .notFound)
            try await api.expect(client, .get, "/api/placements?status=done", headers: fixture.bearer("rina"), status: .badRequest)

            let one = try await api.expect(
                client, .get, "/api/placements/P25-0001", route: "/api/placements/{id}", headers: fixture.bearer("kr"), status: .ok)
            let placement = try #require(one.object["placement"] as? [String: Any])
            #expect(placement["status"] as? String == "verified")
            #expect(placement["reviewed_by"] as? String == "Rina")
            #expect(placement["source"] as? String == "Content/placements/2025.csv:2:1")
            try await api.expect(
                client, .get, "/api/placements/P25-0002", route: "/api/placements/{id}", headers: fixture.bearer("kr"), status: .notFound)
            try await api.expect(
                client, .get, "/api/placements/P25-9999", route: "/api/placements/{id}", headers: fixture.bearer("rina"), status: .notFound)
        }
    }

    @Test func recordingAPlacement() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let draft =
                #"{"partner": "kabar-rinjani", "service": "news", "published": "2025-03-08", "quantity": 2, "url": "https://kabarrinjani.id/b"}"#
            let created = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("tono"), body: ByteBuffer(text: draft), status: .created)
            #expect(created.object["id"] as? String == "P25-0003")
            #expect(created.headers[.location] == "/api/placements/P25-0003")
            let placement = try #require(created.object["placement"] as? [String: Any])
            #expect(placement["quantity"] as? Int == 2)
            #expect(placement["submitted"] as? String == "2025-03-10")
            #expect(placement["status"] as? String == "submitted")
            #expect(placement["contract"] as? String == "PKS/KR/2025")
            #expect(
                try fixture.project.read("Content/placements/2025.csv").contains(
                    "\nP25-0003,kabar-rinjani,,news,,2025-03-08,2,https://kabarrinjani.id/b,,2025-03-10,submitted,,,,\n"))

            // A partner user records for its own partner, with or without naming it.
            let own = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("kr"),
                body: ByteBuffer(text: #"{"service": "news", "published": "2025-03-09"}"#), status: .created)
            #expect((own.object["placement"] as? [String: Any])?["partner"] as? String == "kabar-rinjani")
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("kr"),
                body: ByteBuffer(text: #"{"partner": "harian-gumi", "service": "news", "published": "2025-03-09"}"#), status: .forbidden)
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("vivi"), body: ByteBuffer(text: draft), status: .forbidden)

            // Problems of the row come back as the diagnostics of `siar check`, with the column.
            let refused = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("tono"),
                body: ByteBuffer(text: #"{"partner": "kabar-rinjani", "service": "nws", "published": "2025-03-08"}"#),
                status: .unprocessableContent)
            let diagnostics = try #require(refused.object["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == 1)
            #expect(Set(diagnostics[0].keys) == ["path", "line", "column", "severity", "message", "field"])
            #expect(diagnostics[0]["path"] as? String == "Content/placements/2025.csv")
            #expect(diagnostics[0]["severity"] as? String == "error")
            #expect(diagnostics[0]["field"] as? String == "service")
            #expect(diagnostics[0]["message"] as? String == "'service' has an unknown value 'nws'; did you mean 'news'?")

            // Malformed requests.
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("tono"), body: ByteBuffer(text: "{not json"), status: .badRequest)
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("tono"), body: ByteBuffer(text: #"{"service": "news"}"#),
                status: .badRequest)
            var form = fixture.bearer("tono")
            form[.contentType] = "application/x-www-form-urlencoded"
            try await api.expect(
                client, .post, "/api/placements", headers: form, body: ByteBuffer(text: "service=news"), status: .unsupportedMediaType)
            let huge = #"{"service": "news", "published": "2025-03-08", "note": ""# + String(repeating: "x", count: 1 << 20) + #""}"#
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("tono"), body: ByteBuffer(text: huge), status: .contentTooLarge)
            #expect(try AuditTrail(root: fixture.project.root).entries().count == 2)
        }
    }

    @Test func reviewingPlacements() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let verify = "/api/placements/{id}/verify"
            let reject = "/api/placements/{id}/reject"
            let mine = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("rina"),
                body: ByteBuffer(text: #"{"partner": "harian-gumi", "service": "news", "published": "2025-03-09"}"#), status: .created)
            let id = try #require(mine.object["id"] as? String)

            try await api.expect(
                client, .post, "/api/placements/P25-0002/verify", route: verify, headers: fixture.bearer("tono"), status: .forbidden)
            try await api.expect(
                client, .post, "/api/placements/P25-0002/verify", route: verify, headers: fixture.bearer("hg"), status: .forbidden)
            try await api.expect(
                client, .post, "/api/placements/\(id)/verify", route: verify, headers: fixture.bearer("rina"), status: .forbidden)
            try await api.expect(
                client, .post, "/api/placements/P25-9999/verify", route: verify, headers: fixture.bearer("made"), status: .notFound)
            let verified = try await api.expect(
                client, .post, "/api/placements/\(id)/verify", route: verify, headers: fixture.bearer("made"), status: .ok)
            #expect((verified.object["placement"] as? [String: Any])?["reviewed_by"] as? String == "made")
            try await api.expect(
                client, .post, "/api/placements/\(id)/verify", route: verify, headers: fixture.bearer("made"), status: .conflict)

            try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: reject, headers: fixture.json("tono"),
                body: ByteBuffer(text: #"{"note": "x"}"#), status: .forbidden)
            let noNote = try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: reject, headers: fixture.json("rina"),
                body: ByteBuffer(text: #"{"note": "  "}"#), status: .unprocessableContent)
            #expect((noNote.object["diagnostics"] as? [[String: Any]])?.first?["field"] as? String == "review_note")
            try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: reject, headers: fixture.json("rina"),
                status: .unprocessableContent)
            var text = fixture.bearer("rina")
            text[.contentType] = "text/plain"
            try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: reject, headers: text, body: ByteBuffer(text: "bukti buram"),
                status: .unsupportedMediaType)
            let rejected = try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: reject, headers: fixture.json("rina"),
                body: ByteBuffer(text: #"{"note": "bukti buram"}"#), status: .ok)
            #expect((rejected.object["placement"] as? [String: Any])?["review_note"] as? String == "bukti buram")
            try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: reject, headers: fixture.json("made"),
                body: ByteBuffer(text: #"{"note": "lagi"}"#), status: .conflict)

            let audit = try await api.expect(client, .get, "/api/audit", headers: fixture.bearer("vivi"), status: .ok)
            let actions = (audit.object["entries"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            #expect(actions == ["add", "verify", "reject"])
            let partnerView = try await api.expect(client, .get, "/api/audit", headers: fixture.bearer("kr"), status: .ok)
            #expect((partnerView.object["entries"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func uploadingEvidence() async throws {
        let fixture = try await HTTPFixture.make { $0.evidenceLimit = 4096 }
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            func upload(_ user: String, _ query: String, type: String, _ bytes: [UInt8], status: HTTPResponse.Status) async throws
                -> TestResponse
            {
                var headers = fixture.bearer(user)
                headers[.contentType] = type
                return try await api.expect(
                    client, .post, "/api/evidence" + query, route: "/api/evidence", headers: headers, body: ByteBuffer(bytes: bytes),
                    status: status)
            }
            let stored = try await upload(
                "kr", "?partner=kabar-rinjani&name=layar.png", type: "image/png", Multipart.png(), status: .created)
            let evidence = try #require(stored.object["evidence"] as? String)
            #expect(evidence.hasPrefix("evidence/kabar-rinjani/upload-") && evidence.hasSuffix(".png"))
            #expect(FileManager.default.fileExists(atPath: fixture.project.path("Content/" + evidence)))

            // The evidence can then be named in a placement.
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("kr"),
                body: ByteBuffer(text: #"{"service": "news", "published": "2025-03-09", "evidence": "\#(evidence)"}"#), status: .created)

            try await upload("kr", "?partner=kabar-rinjani", type: "image/png", Array("not an image".utf8), status: .unsupportedMediaType)
            try await upload("kr", "?partner=kabar-rinjani", type: "text/plain", Multipart.png(), status: .unsupportedMediaType)
            try await upload("kr", "?partner=kabar-rinjani", type: "image/jpeg", Multipart.png(), status: .unsupportedMediaType)
            try await upload("kr", "?partner=kabar-rinjani&name=x.pdf", type: "image/png", Multipart.png(), status: .unsupportedMediaType)
            try await upload("kr", "?partner=kabar-rinjani", type: "image/png", Multipart.png(size: 5000), status: .contentTooLarge)
            try await upload("kr", "?partner=harian-gumi", type: "image/png", Multipart.png(), status: .forbidden)
            try await upload("vivi", "?partner=kabar-rinjani", type: "image/png", Multipart.png(), status: .forbidden)
            try await upload("rina", "", type: "image/png", Multipart.png(), status: .badRequest)
            try await upload("rina", "?partner=no-such", type: "image/png", Multipart.png(), status: .notFound)
            try await upload("rina", "?partner=kabar-rinjani", type: "image/png", [], status: .unprocessableContent)
            let files = try FileManager.default.contentsOfDirectory(atPath: fixture.project.path("Content/evidence/kabar-rinjani"))
            #expect(files.count == 1)
        }
    }

    @Test func theComplianceReportIsTheCommandsJSON() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let report = try await api.expect(
                client, .get, "/api/compliance?as_of=2025-03-31", headers: fixture.bearer("vivi"), status: .ok)
            let object = report.object
            #expect(object["as_of"] as? String == "2025-03-31")
            let partners = try #require(object["partners"] as? [[String: Any]])
            #expect(partners.map { $0["id"] as? String } == ["harian-gumi", "kabar-rinjani"])
            for partner in partners {
                #expect(Set(partner.keys).isSuperset(of: ["id", "name", "contracts", "findings"]))
                for contract in partner["contracts"] as? [[String: Any]] ?? [] {
                    #expect(Set(contract.keys).isSuperset(of: ["number", "value", "earned", "lines"]))
                    for line in contract["lines"] as? [[String: Any]] ?? [] {
                        #expect(Set(line.keys).isSuperset(of: ["service", "unit", "target", "counted", "pending", "earned", "status"]))
                    }
                }
                for finding in partner["findings"] as? [[String: Any]] ?? [] {
                    #expect(Set(finding.keys).isSuperset(of: ["code", "placement", "message"]))
                }
            }
            // Pretty-printed with sorted keys and a final line break, as `siar compliance --format json` prints it.
            #expect(report.text.hasPrefix("{\n  \"as_of\" : \"2025-03-31\",\n"))
            #expect(report.text.hasSuffix("}\n"))
            // Byte for byte what the built command prints for the same project and day.
            let arguments = ["compliance", "--format", "json", "--as-of", "2025-03-31", "--root", fixture.project.root]
            let command = try SiarExecutable.run(arguments)
            #expect(command.status == 0, "\(command.stderr)")
            #expect(command.stdout.hasPrefix("{\n  \"as_of\" : \"2025-03-31\",\n"))
            #expect(report.text == command.stdout)

            let own = try await api.expect(client, .get, "/api/compliance?as_of=2025-03-31", headers: fixture.bearer("kr"), status: .ok)
            #expect((own.object["partners"] as? [[String: Any]])?.map { $0["id"] as? String } == ["kabar-rinjani"])
            let ownCommand = try SiarExecutable.run(arguments + ["--partner", "kabar-rinjani"])
            #expect(ownCommand.status == 0, "\(ownCommand.stderr)")
            #expect(own.text == ownCommand.stdout)
            try await api.expect(client, .get, "/api/compliance?partner=harian-gumi", headers: fixture.bearer("kr"), status: .forbidden)
            try await api.expect(client, .get, "/api/compliance?partner=no-such", headers: fixture.bearer("rina"), status: .notFound)
            try await api.expect(client, .get, "/api/compliance?as_of=31-03-2025", headers: fixture.bearer("rina"), status: .badRequest)
            let today = try await api.expect(client, .get, "/api/compliance", headers: fixture.bearer("rina"), status: .ok)
            #expect(today.object["as_of"] as? String == "2025-03-10")

            // Content with errors has no report: 409 with the diagnostics.
            try fixture.project.write("Content/partners/harian-gumi.yml", "name: [broken\n")
            let broken = try await api.expect(client, .get, "/api/compliance", headers: fixture.bearer("rina"), status: .conflict)
            #expect((broken.object["diagnostics"] as? [[String: Any]])?.first?["path"] as? String == "Content/partners/harian-gumi.yml")
        }
    }
}
