import Foundation
import SiarSite
import SiarTestSupport
import Testing

/// What the public `/mitra/` pages show of placements nobody has verified yet.
@Suite struct EvidencePublishingTests {
    static let unreviewedURL = "https://www.suarantb.com/berita/2025/06/25/spbe"

    /// By default the evidence of a submitted (S25-12) or rejected (S25-10) placement is neither copied nor
    /// linked, and an unreviewed URL is plain text.
    @Test func unreviewedEvidenceStaysOffThePublicSiteByDefault() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let page = try project.read("Site/mitra/suara-ntb/index.html")
        for id in ["S25-10", "S25-12"] {
            #expect(!FileManager.default.fileExists(atPath: project.output + "/bukti/evidence/suara-ntb/\(id).png"), "\(id)")
            #expect(!page.contains("\(id).png"), "\(id)")
        }
        #expect(FileManager.default.fileExists(atPath: project.output + "/bukti/evidence/suara-ntb/S25-09.png"))
        #expect(page.contains("<span class=\"muted\">Belum ditinjau</span>"))
        #expect(!page.contains("href=\"\(Self.unreviewedURL)\""))
        #expect(page.contains("<td class=\"url\">www.suarantb.com/berita/2025/06/25/spbe</td>"))
    }

    @Test func siteSettingPublishesUnreviewedEvidence() throws {
        let project = try ProjectCopy(fixture: "portal")
        try project.replace("Content/site.yml", "  publish: true\n", with: "  publish: true\n  unverified_evidence: true\n")
        #expect(project.build().succeeded)
        let page = try project.read("Site/mitra/suara-ntb/index.html")
        for id in ["S25-10", "S25-12"] {
            #expect(FileManager.default.fileExists(atPath: project.output + "/bukti/evidence/suara-ntb/\(id).png"), "\(id)")
            #expect(page.contains("<a href=\"/bukti/evidence/suara-ntb/\(id).png\">\(id).png</a>"), "\(id)")
        }
        #expect(!page.contains("Belum ditinjau"))
        #expect(!page.contains("href=\"\(Self.unreviewedURL)\""), "the setting shows evidence, never links an unreviewed URL")
    }
}
