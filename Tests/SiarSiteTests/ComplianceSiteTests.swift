import Foundation
import SiarCompliance
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// The internal copy of the `/mitra/` pages (`siar compliance --format html`): only those pages, the
/// assets and the evidence, with links that work from disk, and never over a folder of other files.
@Suite struct ComplianceSiteTests {
    /// The fixture with `publish: false`, its content and its report at the fixture's as-of day.
    static func unpublishedProject() throws -> (ProjectCopy, Content, ComplianceReport, Timestamp) {
        let project = try ProjectCopy(fixture: "portal")
        let site = try project.read("Content/site.yml")
        try project.write("Content/site.yml", site.replacingOccurrences(of: "publish: true", with: "publish: false"))
        let content = try #require(ContentLoader(root: project.root).load().content)
        let asOf = ProjectCopy.asOf.resolve(utcOffset: content.site.utcOffset, now: 0)
        return (project, content, ComplianceReport(content: content, asOf: asOf.localDay), asOf)
    }

    @Test func writesOnlyThePartnerPagesWithPortableLinks() throws {
        let (project, content, report, asOf) = try Self.unpublishedProject()
        let output = project.root + "/Laporan"
        let result = ComplianceSite(root: project.root, content: content, report: report, asOf: asOf).write(to: output)
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        #expect(result.report?.pageCount == 4)
        let tree = try FileTree(root: output)
        let assets = try FileTree(root: RepositoryPaths.templates + "/assets").paths.map { "assets/" + $0 }
        #expect(
            tree.paths
                == (assets
                + (1...8).map { "bukti/evidence/kabar-dompu/K24-0\($0).jpg".replacingOccurrences(of: "K24-02.jpg", with: "K24-02.pdf") }
                + ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12"].map { "bukti/evidence/suara-ntb/S25-\($0).png" }
                + [
                    "mitra/index.html", "mitra/kabar-dompu/index.html", "mitra/radio-rinjani/index.html",
                    "mitra/suara-ntb/index.html",
                ]).sorted(),
            "the internal copy shows the evidence of every placement up to the as-of day, reviewed or not")
        #expect(result.report?.filesWritten == tree.files.count)
        let page = try #require(tree.files["mitra/suara-ntb/index.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/siar.css\">"))
        #expect(page.contains("<a href=\"../../mitra/index.html\" aria-current=\"page\">Mitra Media</a>"))
        #expect(page.contains("<a href=\"https://uji.example.go.id/berita/ppid/\">"))
        #expect(page.contains("<a href=\"../../bukti/evidence/suara-ntb/S25-01.png\">S25-01.png</a>"))
        #expect(page.contains("<a href=\"https://uji.example.go.id/arsip/\">"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!page.contains("href=\"/") && !page.contains("src=\"/"))
        let radio = try #require(tree.files["mitra/radio-rinjani/index.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(radio.contains("Draf yang belum terbit"), "the internal copy names releases that are not public")
        #expect(SiteLinksTests.brokenLinks(in: tree).isEmpty, "\(SiteLinksTests.brokenLinks(in: tree).prefix(10))")
    }

    @Test func onePartnerOnly() throws {
        let (project, content, report, asOf) = try Self.unpublishedProject()
        let output = project.root + "/Laporan"
        let result = ComplianceSite(root: project.root, content: content, report: report.filtered(partner: "radio-rinjani"), asOf: asOf)
            .write(to: output)
        #expect(result.succeeded)
        let pages = try FileTree(root: output).paths.filter { $0.hasSuffix(".html") }
        #expect(pages == ["mitra/index.html", "mitra/radio-rinjani/index.html"])
    }

    @Test func refusesToReplaceAFolderOfOtherFiles() throws {
        let (project, content, report, asOf) = try Self.unpublishedProject()
        let site = ComplianceSite(root: project.root, content: content, report: report, asOf: asOf)
        try project.write("Dokumen/catatan.txt", "jangan dihapus")
        let refused = site.write(to: project.root + "/Dokumen")
        #expect(!refused.succeeded)
        #expect(refused.diagnostics.diagnostics.map(\.message).contains { $0.contains("holds other files") })
        #expect(try project.read("Dokumen/catatan.txt") == "jangan dihapus")

        #expect(site.write(to: project.root + "/Laporan").succeeded)
        #expect(site.write(to: project.root + "/Laporan").succeeded, "a previous copy is replaced")
        #expect(!(try project.topLevelNames().contains { $0.contains(".siar-") }), "no staging folder is left")
    }
}
