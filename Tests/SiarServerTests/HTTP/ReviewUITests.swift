import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// The review queue: managers verify or reject, never their own submissions.
@Suite struct ReviewUITests {
    @Test func aManagerVerifiesAnotherManagersSubmission() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let rina = try await Browser.signIn(client, as: "rina")
            let recorded = try await rina.postMultipart("/kelola/penayangan", PlacementFormTests.fields)
            #expect(recorded.headers[.location] == "/kelola/penayangan/P25-0003?baru=1")

            // Her own submission has no buttons for her, and posting anyway is refused.
            let own = try await rina.get("/kelola/penayangan/P25-0003")
            #expect(!own.text.contains("/kelola/penayangan/P25-0003/verifikasi"))
            #expect(own.text.contains("pengelola lain yang memverifikasinya"))
            #expect(try await rina.post("/kelola/penayangan/P25-0003/verifikasi").status == .forbidden)

            let made = try await Browser.signIn(client, as: "made")
            let queue = try await made.get("/kelola/tinjauan")
            #expect(queue.text.contains("action=\"/kelola/penayangan/P25-0002/verifikasi\""))
            #expect(queue.text.contains("action=\"/kelola/penayangan/P25-0003/verifikasi\""))
            #expect(queue.text.contains("2 penayangan menunggu verifikasi"))
            let verified = try await made.post("/kelola/penayangan/P25-0003/verifikasi", [("kembali", "/kelola/tinjauan")])
            #expect(verified.status == .seeOther)
            #expect(verified.headers[.location] == "/kelola/tinjauan?ok=verified&id=P25-0003")
            let after = try await made.get("/kelola/tinjauan?ok=verified&id=P25-0003")
            #expect(after.text.contains("Penayangan P25-0003 telah diverifikasi."))
            #expect(!after.text.contains("/kelola/penayangan/P25-0003/verifikasi"))
            #expect(try fixture.project.read("Content/placements/2025.csv").contains(",2025-03-10,verified,made,2025-03-10,"))
            #expect(try await made.post("/kelola/penayangan/P25-0003/verifikasi").status == .conflict)
            #expect(try await made.post("/kelola/penayangan/P25-9999/verifikasi").status == .notFound)
        }
    }

    @Test func aRejectionNeedsAReason() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let made = try await Browser.signIn(client, as: "made")
            let empty = try await made.post("/kelola/penayangan/P25-0002/tolak", [("note", " ")])
            #expect(empty.status == .unprocessableContent)
            #expect(HTML.fieldError("note", in: empty.text)?.contains("write the reason of the rejection") == true)
            let rejected = try await made.post(
                "/kelola/penayangan/P25-0002/tolak", [("note", "bukti tidak terbaca"), ("kembali", "/kelola/penayangan/P25-0002")])
            #expect(rejected.headers[.location] == "/kelola/penayangan/P25-0002?ok=rejected&id=P25-0002")
            let page = try await made.get("/kelola/penayangan/P25-0002")
            #expect(page.text.contains("<span class=\"status status-rejected\">Ditolak</span>"))
            #expect(page.text.contains("bukti tidak terbaca"))
        }
    }

    @Test func writersPartnersAndViewersDoNotReview() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            for name in ["tono", "hg", "vivi"] {
                let browser = try await Browser.signIn(client, as: name)
                let queue = try await browser.get("/kelola/tinjauan")
                #expect(!queue.text.contains("/verifikasi\""), "\(name)")
                #expect(try await browser.post("/kelola/penayangan/P25-0002/verifikasi").status == .forbidden, "\(name)")
                #expect(try await browser.post("/kelola/penayangan/P25-0002/tolak", [("note", "x")]).status == .forbidden, "\(name)")
            }
            #expect(try AuditTrail(root: fixture.project.root).entries().isEmpty)
        }
    }
}
