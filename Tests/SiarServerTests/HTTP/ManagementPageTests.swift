import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// The pages of the management UI for each role.
@Suite struct ManagementPageTests {
    @Test(arguments: ["rina", "tono", "kr", "vivi"])
    func everyRoleSeesTheReadingPages(_ name: String) async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: name)
            for uri in [
                "/kelola/", "/kelola/penayangan", "/kelola/tinjauan", "/kelola/audit", "/kelola/mitra/kabar-rinjani",
                "/kelola/penayangan/P25-0001",
            ] {
                let page = try await browser.get(uri)
                #expect(page.status == .ok, "\(name) \(uri)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
                #expect(page.text.contains("<form method=\"post\" action=\"/kelola/keluar\""))
                #expect(!page.text.contains("{{") && !page.text.contains("kelola_"), "a template tag or a label key is left")
            }
            let form = try await browser.get("/kelola/penayangan/baru")
            #expect(form.status == (name == "vivi" ? .forbidden : .ok))
            #expect(try await browser.get("/kelola/mitra/no-such").status == .notFound)
            #expect(try await browser.get("/kelola/no-such-page").status == .notFound)
            #expect(try await browser.get("/kelola").status == .ok)
            #expect(try await browser.get("/kelola/?as_of=kemarin").status == .badRequest)
        }
    }

    @Test func theDashboardShowsTheComplianceOverview() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let page = try await Browser.signIn(client, as: "rina").get("/kelola/?as_of=2025-03-31")
            #expect(page.text.contains("Per tanggal 31 Maret 2025"))
            #expect(page.text.contains("<a href=\"/kelola/mitra/kabar-rinjani?as_of=2025-03-31\">Kabar Rinjani</a>"))
            #expect(page.text.contains("<a href=\"/kelola/mitra/harian-gumi?as_of=2025-03-31\">Harian Gumi Sasak</a>"))
            #expect(page.text.contains("<dt>Nilai kontrak</dt><dd>Rp450.000.000</dd>"))
            #expect(page.text.contains("<dt>Menunggu verifikasi</dt><dd><a href=\"/kelola/tinjauan\">1</a></dd>"))
            #expect(page.text.contains("/kelola/ekspor/kepatuhan.csv?as_of=2025-03-31"))

            let partner = try await Browser.signIn(client, as: "kr")
            let own = try await partner.get("/kelola/")
            #expect(own.text.contains("Kabar Rinjani"))
            #expect(!own.text.contains("Harian Gumi Sasak"))
            #expect(try await partner.get("/kelola/mitra/harian-gumi").status == .forbidden)
            let details = try await partner.get("/kelola/mitra/kabar-rinjani?as_of=2025-03-31")
            #expect(details.text.contains("Kontrak PKS/KR/2025"))
            #expect(details.text.contains("<a href=\"/kelola/penayangan/P25-0001\">P25-0001</a>"))
            #expect(try await partner.get("/kelola/penayangan/P25-0002").status == .notFound)
        }
    }

    @Test func anEnglishSiteGetsTheEnglishLabels() async throws {
        let site = TemporaryProject.defaultSite.replacingOccurrences(of: "language: id", with: "language: en")
        let fixture = try await HTTPFixture.make(files: ["Content/site.yml": site])
        try await fixture.test { client in
            let form = try await client.execute(uri: "/kelola/masuk", method: .get)
            #expect(form.text.contains("<html lang=\"en\">"))
            #expect(form.text.contains("<h1>Sign in</h1>"))
            let page = try await Browser.signIn(client, as: "rina").get("/kelola/?as_of=2025-03-31")
            #expect(page.text.contains("As of 2025-03-31"))
            #expect(page.text.contains("<dt>Contract value</dt><dd>Rp450,000,000</dd>"))
            #expect(!page.text.contains("kelola_"))
        }
    }

    @Test func aBrokenContentFileShowsItsErrorsInsteadOfFigures() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "rina")
            try fixture.project.write("Content/partners/harian-gumi.yml", "name: [broken\n")
            let page = try await browser.get("/kelola/")
            #expect(page.status == .ok)
            #expect(page.text.contains("Konten bermasalah"))
            #expect(page.text.contains("<code>Content/partners/harian-gumi.yml:"))
        }
    }

    @Test func exportsAndTheAuditTrail() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            let manager = try await Browser.signIn(client, as: "rina")
            #expect(try await manager.post("/kelola/penayangan/P25-0002/verifikasi").status == .seeOther)
            let ledger = try await manager.get("/kelola/ekspor/penayangan.csv")
            #expect(ledger.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(ledger.headers[.contentDisposition] == "attachment; filename=\"penayangan.csv\"")
            let rows = ledger.text.split(separator: "\r\n").map(String.init)
            #expect(
                rows.first
                    == "id,partner,contract,service,release,published,quantity,url,evidence,submitted,status,reviewed_by,reviewed_at,note,review_note"
            )
            #expect(rows.count == 3)
            #expect(
                rows.last
                    == "P25-0002,harian-gumi,PKS/HG/2025,news,,2025-02-10,1,,evidence/harian-gumi/p.jpg,2025-02-11,verified,rina,2025-03-10,,"
            )

            let compliance = try await manager.get("/kelola/ekspor/kepatuhan.csv?as_of=2025-03-31")
            #expect(compliance.headers[.contentDisposition] == "attachment; filename=\"kepatuhan-2025-03-31.csv\"")
            #expect(compliance.text.hasPrefix("as_of,partner,partner_name,"))
            #expect(compliance.text.split(separator: "\r\n").count == 5)  // header and four lines

            let partner = try await Browser.signIn(client, as: "kr")
            #expect(try await partner.get("/kelola/ekspor/penayangan.csv").text.split(separator: "\r\n").count == 2)
            let own = try await partner.get("/kelola/ekspor/kepatuhan.csv?as_of=2025-03-31").text.split(separator: "\r\n")
            #expect(own.count == 4 && own.dropFirst().allSatisfy { $0.contains(",kabar-rinjani,") })

            let audit = try await manager.get("/kelola/audit")
            #expect(audit.text.contains("<span class=\"audit-action audit-verify\">Diverifikasi</span>"))
            #expect(audit.text.contains("<code>status</code>=verified"))
            // The partner sees the audit page, without the verification of another partner's placement.
            let partnerAudit = try await partner.get("/kelola/audit")
            #expect(partnerAudit.status == .ok)
            #expect(partnerAudit.text.contains("<h1>Jejak audit</h1>"))
            #expect(partnerAudit.text.contains("Belum ada perubahan."))
            #expect(!partnerAudit.text.contains("P25-0002"))
        }
    }
}
