import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// The review keeps both remarks, a broken file elsewhere does not stop the partners, partners see only
/// public releases, and the ledger pages filter what they show.
@Suite struct LedgerViewsTests {
    @Test func rejectingKeepsTheSubmittersNoteBesideTheReason() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let added = try await client.execute(
                uri: "/api/placements", method: .post, headers: fixture.json("kr"),
                body: ByteBuffer(text: #"{"service": "news", "published": "2025-03-09", "note": "tayang di halaman utama"}"#))
            let id = try #require(added.object["id"] as? String)
            let rejected = try await client.execute(
                uri: "/api/placements/\(id)/reject", method: .post, headers: fixture.json("rina"),
                body: ByteBuffer(text: #"{"note": "bukti buram"}"#))
            #expect(rejected.status == .ok, "\(rejected.text)")
            let placement = rejected.object["placement"] as? [String: Any]
            #expect(placement?["note"] as? String == "tayang di halaman utama")
            #expect(placement?["review_note"] as? String == "bukti buram")
            let lines = try ServerFixture.lines(fixture.project, "Content/placements/2025.csv")
            #expect(lines[0] == Placement.ledgerColumns.joined(separator: ","))
            #expect(
                lines.contains { $0.hasPrefix(id + ",") && $0.hasSuffix(",rejected,rina,2025-03-10,tayang di halaman utama,bukti buram") })
            let page = try await Browser.signIn(client, as: "kr").get("/kelola/penayangan/\(id)")
            #expect(page.text.contains("<dd>tayang di halaman utama</dd>"))
            #expect(page.text.contains("<dd>bukti buram</dd>"))
        }
    }

    @Test func anOldFourteenColumnLedgerStillLoads() throws {
        let project = try ServerFixture.project([
            "Content/placements/2025.csv": TemporaryProject.ledger(
                ServerFixture.ledgerRows.map { String($0.dropLast()) }
                    + ["P25-0003,kabar-rinjani,,news,,2025-03-01,,,,,rejected,rina,2025-03-02,tautan salah"])
        ])
        let result = project.load()
        #expect(!result.hasErrors, "\(project.diagnostics())")
        let rejected = try #require(result.content?.placements.first { $0.id == "P25-0003" })
        #expect(rejected.reviewNote == "tautan salah")
        #expect(rejected.note == nil)
    }

    static let brokenRelease = "Content/releases/2025/2025-03-01-rusak.md"

    @Test func aBrokenReleaseDoesNotStopThePartners() async throws {
        let fixture = try await HTTPFixture.make(files: [
            Self.brokenRelease: "---\ntitle: \"Rusak\ndate: 2025-03-01\n---\nIsi.\n"
        ])
        // 2025-03-10 20:00 UTC is already 2025-03-11 in the site's timezone (+08:00).
        fixture.clock.advance(by: 14 * 3600)
        try await fixture.test { client in
            let created = try await client.execute(
                uri: "/api/placements", method: .post, headers: fixture.json("kr"),
                body: ByteBuffer(text: #"{"service": "news", "published": "2025-03-09"}"#))
            #expect(created.status == .created, "\(created.text)")
            let placement = created.object["placement"] as? [String: Any]
            #expect(placement?["submitted"] as? String == "2025-03-11")

            let kr = try await Browser.signIn(client, as: "kr")
            let form = try await kr.get("/kelola/penayangan/baru")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"published\" type=\"date\" value=\"2025-03-11\""))
            let posted = try await kr.postMultipart("/kelola/penayangan", PlacementFormTests.fields)
            #expect(posted.status == .seeOther, "\(posted.text)")
            let partnerDashboard = try await kr.get("/kelola/")
            #expect(partnerDashboard.status == .ok)
            #expect(!partnerDashboard.text.contains(Self.brokenRelease))
            #expect(!partnerDashboard.text.contains("Content/"))
            #expect(partnerDashboard.text.contains("value=\"2025-03-11\""))

            let manager = try await Browser.signIn(client, as: "rina").get("/kelola/")
            #expect(manager.text.contains(Self.brokenRelease + ":"))
            #expect(manager.text.contains("value=\"2025-03-11\""))
        }
    }

    @Test func partnersSeeOnlyPublicReleasesInTheForm() async throws {
        let draft = TemporaryProject.release(slug: "rancangan-rahasia", date: "2025-03-01", title: "Judul Rancangan Rahasia")
        let embargoed = TemporaryProject.release(slug: "embargo-rahasia", date: "2025-04-01", title: "Judul Embargo Rahasia")
        let fixture = try await HTTPFixture.make(files: [
            draft.path: draft.text.replacing("author: \"Tim Uji\"\n", with: "author: \"Tim Uji\"\ndraft: true\n"),
            embargoed.path: embargoed.text,
        ])
        try await fixture.test { client in
            for user in ["kr", "hg"] {
                let form = try await Browser.signIn(client, as: user).get("/kelola/penayangan/baru")
                #expect(form.status == .ok)
                #expect(form.text.contains("peran-kominfo-ntb"))
                #expect(!form.text.contains("Rahasia"), "\(user)")
                #expect(!form.text.contains("rancangan-rahasia") && !form.text.contains("embargo-rahasia"))
            }
            let office = try await Browser.signIn(client, as: "rina").get("/kelola/penayangan/baru")
            #expect(office.text.contains("Judul Embargo Rahasia"))
        }
    }

    @Test func theLedgerFiltersChangeTheRowsShown() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "rina")
            func shown(_ query: String) async throws -> [String] {
                let page = try await browser.get("/kelola/penayangan" + query)
                #expect(page.status == .ok)
                return ["P25-0001", "P25-0002"].filter { page.text.contains("href=\"/kelola/penayangan/\($0)\"") }
            }
            #expect(try await shown("") == ["P25-0001", "P25-0002"])
            #expect(try await shown("?partner=harian-gumi") == ["P25-0002"])
            #expect(try await shown("?partner=kabar-rinjani") == ["P25-0001"])
            #expect(try await shown("?status=verified") == ["P25-0001"])
            #expect(try await shown("?status=submitted") == ["P25-0002"])
            #expect(try await shown("?status=rejected").isEmpty)
            #expect(try await shown("?partner=kabar-rinjani&status=submitted").isEmpty)
        }
    }

    @Test func theUIAssetsAreServedAndNothingElse() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let css = try await client.execute(uri: "/kelola/aset/siar.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.text == (try String(contentsOfFile: fixture.project.path("Templates/assets/siar.css"), encoding: .utf8)))
            for uri in ["/kelola/aset/..%2Fkelola%2Fheader.mustache", "/kelola/aset/%2E%2E%2Fi18n%2Fid.yml", "/kelola/aset/other.css"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .notFound, "\(uri)")
            }
        }
    }
}
