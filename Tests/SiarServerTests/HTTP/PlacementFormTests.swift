import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Recording placements through the form, with evidence uploads and the problems beside their fields.
@Suite struct PlacementFormTests {
    static let fields: [(String, String)] = [
        ("partner", "kabar-rinjani"), ("contract", ""), ("service", "news"), ("release", "peran-kominfo-ntb"),
        ("published", "2025-03-08"), ("quantity", "1"), ("url", "https://kabarrinjani.id/berita-baru"), ("evidence_url", ""),
        ("note", "tayang di halaman utama"),
    ]

    static func with(_ changes: [String: String]) -> [(String, String)] {
        fields.map { name, value in (name, changes[name] ?? value) }
    }

    @Test func theFormListsPartnersContractsServicesAndReleases() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let form = try await Browser.signIn(client, as: "tono").get("/kelola/penayangan/baru?partner=harian-gumi")
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            #expect(form.text.contains("<option value=\"harian-gumi\" selected>Harian Gumi Sasak</option>"))
            #expect(form.text.contains("<optgroup label=\"Kabar Rinjani\"><option value=\"PKS/KR/2024\">"))
            #expect(form.text.contains("<option value=\"news\">"))
            #expect(form.text.contains("<option value=\"peran-kominfo-ntb\">2025-02-03 — Siaran uji</option>"))
            #expect(form.text.contains("name=\"published\" type=\"date\" value=\"2025-03-10\""))
            #expect(form.text.contains("accept=\"image/png,image/jpeg,application/pdf"))
            // A partner user's partner is fixed.
            let own = try await Browser.signIn(client, as: "kr").get("/kelola/penayangan/baru")
            #expect(own.text.contains("<input type=\"hidden\" name=\"partner\" value=\"kabar-rinjani\"><select id=\"partner\" disabled>"))
            #expect(!own.text.contains("Harian Gumi Sasak"))
        }
    }

    @Test func aPlacementWithEvidenceIsRecorded() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "kr")
            let answer = try await browser.postMultipart(
                "/kelola/penayangan", Self.fields, file: .init(name: "tangkapan layar.PNG", type: "image/png", bytes: Multipart.png()))
            #expect(answer.status == .seeOther, "\(answer.text)")
            #expect(answer.headers[.location] == "/kelola/penayangan/P25-0003?baru=1")
            let ledger = try fixture.project.read("Content/placements/2025.csv")
            let row = try #require(ledger.split(separator: "\n").last.map(String.init))
            #expect(
                row.hasPrefix(
                    "P25-0003,kabar-rinjani,,news,peran-kominfo-ntb,2025-03-08,1,https://kabarrinjani.id/berita-baru,evidence/kabar-rinjani/"
                ))
            #expect(row.hasSuffix(",2025-03-10,submitted,,,tayang di halaman utama,"))
            let evidence = try #require(
                row.split(separator: ",", omittingEmptySubsequences: false)[8].split(separator: "/").last.map(String.init))
            #expect(FileManager.default.fileExists(atPath: fixture.project.path("Content/evidence/kabar-rinjani/\(evidence)")))

            let page = try await browser.get("/kelola/penayangan/P25-0003?baru=1")
            #expect(page.text.contains("Penayangan P25-0003 tersimpan dan menunggu verifikasi."))
            #expect(page.text.contains("href=\"/kelola/bukti/kabar-rinjani/\(evidence)\""))
            let file = try await browser.get("/kelola/bukti/kabar-rinjani/\(evidence)")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "image/png")
            #expect(Array(file.body.readableBytesView) == Multipart.png())
            #expect(try await Browser.signIn(client, as: "hg").get("/kelola/bukti/kabar-rinjani/\(evidence)").status == .forbidden)
            #expect(try await Browser.signIn(client, as: "rina").get("/kelola/bukti/kabar-rinjani/\(evidence)").status == .ok)
        }
    }

    @Test func problemsShowBesideTheirFields() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            let wrong = try await browser.postMultipart("/kelola/penayangan", Self.with(["service": "nws", "quantity": "0"]))
            #expect(wrong.status == .unprocessableContent)
            #expect(
                HTML.fieldError("service", in: wrong.text)
                    == "&#39;service&#39; has an unknown value &#39;nws&#39;; did you mean &#39;news&#39;? ")
            #expect(HTML.fieldError("quantity", in: wrong.text) != nil)
            #expect(HTML.fieldError("published", in: wrong.text) == nil)
            #expect(wrong.text.contains("<div class=\"field field-invalid\">\n<label for=\"service\">"))
            #expect(wrong.text.contains("aria-invalid=\"true\" aria-describedby=\"service-error\""))
            // What was typed stays.
            #expect(wrong.text.contains("value=\"https://kabarrinjani.id/berita-baru\""))
            #expect(wrong.text.contains("tayang di halaman utama</textarea>"))

            let late = try await browser.postMultipart("/kelola/penayangan", Self.with(["published": "2025-13-01"]))
            #expect(late.status == .unprocessableContent)
            #expect(HTML.fieldError("published", in: late.text) != nil)

            let both = try await browser.postMultipart(
                "/kelola/penayangan", Self.with(["evidence_url": "https://drive.example/bukti"]),
                file: .init(name: "a.png", type: "image/png", bytes: Multipart.png()))
            #expect(both.status == .unprocessableContent)
            #expect(HTML.fieldError("evidence", in: both.text)?.hasPrefix("Pilih salah satu") == true)
            #expect(!FileManager.default.fileExists(atPath: fixture.project.path("Content/evidence/kabar-rinjani")))
            #expect(try AuditTrail(root: fixture.project.root).entries().isEmpty)
        }
    }

    @Test func wrongOrOversizedEvidenceIsRefused() async throws {
        let fixture = try await HTTPFixture.make { $0.evidenceLimit = 2048 }
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "tono")
            let text = try await browser.postMultipart(
                "/kelola/penayangan", Self.fields, file: .init(name: "bukti.png", type: "image/png", bytes: Array("just text".utf8)))
            #expect(text.status == .unsupportedMediaType)
            #expect(HTML.fieldError("evidence", in: text.text)?.contains("PNG or JPEG image or a PDF") == true)
            let renamed = try await browser.postMultipart(
                "/kelola/penayangan", Self.fields, file: .init(name: "bukti.pdf", type: "application/pdf", bytes: Multipart.png()))
            #expect(renamed.status == .unsupportedMediaType)
            let large = try await browser.postMultipart(
                "/kelola/penayangan", Self.fields, file: .init(name: "bukti.png", type: "image/png", bytes: Multipart.png(size: 4000)))
            #expect(large.status == .contentTooLarge)
            #expect(HTML.fieldError("evidence", in: large.text) != nil)
            // Past the evidence limit plus the form's overhead the body is not even read.
            let huge = try await browser.postMultipart(
                "/kelola/penayangan", Self.fields, file: .init(name: "bukti.png", type: "image/png", bytes: Multipart.png(size: 200_000)))
            #expect(huge.status == .contentTooLarge)
            // A rejected row takes its upload with it.
            let refused = try await browser.postMultipart(
                "/kelola/penayangan", Self.with(["service": "banner-besar"]),
                file: .init(name: "b.png", type: "image/png", bytes: Multipart.png()))
            #expect(refused.status == .unprocessableContent)
            let folder = fixture.project.path("Content/evidence/kabar-rinjani")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty ?? true)
            #expect(try AuditTrail(root: fixture.project.root).entries().isEmpty)
            // Neither a form nor a JSON body type: 415.
            var headers = browser.cookieHeader
            headers[.contentType] = "application/json"
            let json = try await client.execute(uri: "/kelola/penayangan", method: .post, headers: headers, body: ByteBuffer(text: "{}"))
            #expect(json.status == .unsupportedMediaType)
        }
    }

    @Test func viewersAndOtherPartnersCannotRecord() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let viewer = try await Browser.signIn(client, as: "vivi")
            #expect(try await viewer.postMultipart("/kelola/penayangan", Self.fields).status == .forbidden)
            let partner = try await Browser.signIn(client, as: "hg")
            // The partner field is replaced by the user's own partner, whatever the form said.
            let answer = try await partner.postMultipart("/kelola/penayangan", Self.with(["release": "", "url": "https://gumi.example/x"]))
            #expect(answer.status == .seeOther)
            #expect(try fixture.project.read("Content/placements/2025.csv").contains("P25-0003,harian-gumi,"))
        }
    }
}
