import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// What arrives from the web is bounded before it reaches the ledger: numbers, lengths, body sizes and
/// text a spreadsheet would run.
@Suite struct LedgerInputTests {
    static func draft(_ extra: String) -> ByteBuffer {
        ByteBuffer(text: #"{"partner": "kabar-rinjani", "service": "news", "published": "2025-03-03"\#(extra)}"#)
    }

    static func fields(_ answer: TestResponse) -> [String] {
        (answer.object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    @Test func aHugeQuantityIsRefusedWithItsLimit() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let huge = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("rina"), body: Self.draft(#", "quantity": 9223372036854775807"#),
                status: .unprocessableContent)
            #expect(Self.fields(huge) == ["quantity"])
            #expect(huge.text.contains("100,000"))
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("rina"), body: Self.draft(#", "quantity": "100001""#),
                status: .unprocessableContent)
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("rina"), body: Self.draft(#", "quantity": 100000"#),
                status: .created)
            try await api.expect(client, .get, "/api/compliance", headers: fixture.bearer("rina"), status: .ok)
        }
    }

    /// A fixed-seed stream of extreme and malformed values: the answer is always a 4xx or a success, and
    /// the service keeps answering afterwards.
    @Test func randomValuesNeverMakeA5xx() async throws {
        let fixture = try await HTTPFixture.make()
        var random = SplitMix64(seed: 0x5149_4152_2010)
        func value() -> String {
            let long = String(repeating: "x", count: 1 + random.next(below: 3_000))
            let choices = [
                "9223372036854775807", "-9223372036854775808", "18446744073709551616", "1e308", "-1", "0", "1.5", "100000",
                "100001", "null", "true", "[]", "{}", #"{"a": {"b": [1, 2, {"c": null}]}}"#, #""\#(long)""#, #""""#,
                #""2025-02-30""#, #""2025-03-04""#, #""news""#, #""=SUM(1,2)""#, #""\u0000""#, #""../site.yml""#,
                #""https://a.example/\#(long)""#, String(random.next()), "-" + String(random.next()),
            ]
            return choices[random.next(below: choices.count)]
        }
        let keys = ["service", "published", "quantity", "partner", "contract", "release", "url", "evidence", "note"]
        // The whole corpus first, from the seed, so the requests can be replayed exactly.
        var corpus: [(placement: String, reason: String)] = []
        for _ in 0..<120 {
            let quantities = [
                "9223372036854775807", #""9223372036854775807""#, "4611686018427387904", "-9223372036854775808", "1e19", "-1",
                "0", "2.5", "100000", "100001", #""12""#, "null", "{}", String(random.next()),
            ]
            var members = [
                #""partner": "kabar-rinjani""#, #""service": "news""#, #""published": "2025-03-04""#,
                #""quantity": "# + quantities[random.next(below: quantities.count)],
            ]
            for _ in 0..<(1 + random.next(below: 3)) {
                members.append("\"\(keys[random.next(below: keys.count)])\": \(value())")
            }
            corpus.append(("{" + members.joined(separator: ", ") + "}", #"{"note": \#(value())}"#))
        }
        let requests = corpus
        try await fixture.test { client in
            for (round, request) in requests.enumerated() {
                let answer = try await client.execute(
                    uri: "/api/placements", method: .post, headers: fixture.json("rina"), body: ByteBuffer(text: request.placement))
                #expect(
                    answer.status.code < 500 && answer.status != .ok, "round \(round): \(request.placement.prefix(300)) → \(answer.status)")
                let reject = try await client.execute(
                    uri: "/api/placements/P25-0002/reject", method: .post, headers: fixture.json("made"),
                    body: ByteBuffer(text: request.reason))
                #expect(reject.status.code < 500, "round \(round): reject → \(reject.status)")
            }
            let compliance = try await client.execute(uri: "/api/compliance", method: .get, headers: fixture.bearer("rina"))
            #expect(compliance.status == .ok, "\(compliance.text.prefix(500))")
            let dashboard = try await Browser.signIn(client, as: "rina").get("/kelola/")
            #expect(dashboard.status == .ok)
        }
    }

    @Test func longFieldsAndBodiesAreRefused() async throws {
        let fixture = try await HTTPFixture.make()
        let ledger = try fixture.project.read("Content/placements/2025.csv")
        try await fixture.test { client in
            let api = try await DocumentedStatuses(client)
            let note = String(repeating: "n", count: 2_001)
            let longNote = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("kr"), body: Self.draft(#", "note": "\#(note)""#),
                status: .unprocessableContent)
            #expect(Self.fields(longNote) == ["note"])
            #expect(longNote.text.contains("2000"))
            let url = "https://kabarrinjani.id/" + String(repeating: "u", count: 2_048)
            let longURL = try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("kr"), body: Self.draft(#", "url": "\#(url)""#),
                status: .unprocessableContent)
            #expect(Self.fields(longURL) == ["url"])
            let reason = try await api.expect(
                client, .post, "/api/placements/P25-0002/reject", route: "/api/placements/{id}/reject", headers: fixture.json("rina"),
                body: ByteBuffer(text: #"{"note": "\#(note)"}"#), status: .unprocessableContent)
            #expect(Self.fields(reason) == ["review_note"])
            // Bodies past the route's cap: 413 before anything is read into the ledger.
            let big = String(repeating: "x", count: 70 * 1024)
            try await api.expect(
                client, .post, "/api/placements", headers: fixture.json("kr"), body: Self.draft(#", "note": "\#(big)""#),
                status: .contentTooLarge)
            let browser = try await Browser.signIn(client, as: "rina")
            let form = try await browser.post("/kelola/penayangan/P25-0002/tolak", [("note", big)])
            #expect(form.status == .contentTooLarge)
        }
        #expect(try fixture.project.read("Content/placements/2025.csv") == ledger)
    }

    static let formulas = ["=\u{301}HYPERLINK(\"https://x.example\",\"klik\")", "=\u{200D}SUM(1,2)", "@SUM(1)", "+1"]

    @Test func formulasAreRefusedByTheirFirstScalar() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            for note in Self.formulas {
                let value = String(decoding: try JSONEncoder().encode(note), as: UTF8.self)
                let answer = try await client.execute(
                    uri: "/api/placements", method: .post, headers: fixture.json("kr"), body: Self.draft(#", "note": \#(value)"#))
                #expect(answer.status == .unprocessableContent, "\(note.unicodeScalars.map(\.value)): \(answer.text)")
                #expect(Self.fields(answer) == ["note"])
            }
            let reason = try await client.execute(
                uri: "/api/placements/P25-0002/reject", method: .post, headers: fixture.json("rina"),
                body: ByteBuffer(text: #"{"note": "=\u200dSUM(1,2)"}"#))
            #expect(reason.status == .unprocessableContent)
        }
    }

    @Test func exportsNeutraliseFormulasWrittenByHand() async throws {
        let row = "P25-0003,kabar-rinjani,,news,,2025-03-01,,,,,submitted,,,\"=\u{200D}SUM(1,2)\","
        let fixture = try await HTTPFixture.make(files: [
            "Content/placements/2025.csv": TemporaryProject.currentLedger(ServerFixture.ledgerRows + [row]),
            "Content/partners/harian-gumi.yml": ServerFixture.harianGumi.replacing(
                "name: \"Harian Gumi Sasak\"", with: "name: \"=\u{301}HYPERLINK(1)\""),
        ])
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "rina")
            let ledger = try await browser.get("/kelola/ekspor/penayangan.csv")
            let line = try #require(ledger.text.split(separator: "\r\n").first { $0.hasPrefix("P25-0003,") })
            #expect(line.hasSuffix(",\"'=\u{200D}SUM(1,2)\","))
            let compliance = try await browser.get("/kelola/ekspor/kepatuhan.csv?as_of=2025-03-10")
            #expect(compliance.text.contains(",'=\u{301}HYPERLINK(1),"))
            #expect(!compliance.text.contains(",=\u{301}HYPERLINK(1),"))
        }
    }
}
