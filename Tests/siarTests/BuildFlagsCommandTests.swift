import Foundation
import SiarTestSupport
import Testing

/// The flags of `siar build` through the built executable: what each one adds to or changes in Site/.
@Suite struct BuildFlagsCommandTests {
    static let asOf = ["--as-of", "2025-06-30"]
    static let draftPage = "/Site/berita/draf/index.html"
    static let embargoedPage = "/Site/berita/embargo/index.html"

    static func build(_ project: CLIProject, _ flags: [String] = []) throws -> SiarProcess.Outcome {
        let outcome = try SiarProcess.run(["build", "--root", project.root] + asOf + flags)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome
    }

    static func exists(_ project: CLIProject, _ page: String) -> Bool {
        FileManager.default.fileExists(atPath: project.root + page)
    }

    @Test func draftsAreBuiltOnlyWithDrafts() throws {
        let project = try CLIProject()
        #expect(try Self.build(project).stdout.contains("skipped: 1 draft (use --drafts)"))
        #expect(!Self.exists(project, Self.draftPage))
        let outcome = try Self.build(project, ["--drafts"])
        #expect(!outcome.stdout.contains("draft (use --drafts)"))
        #expect(try String(contentsOfFile: project.root + Self.draftPage, encoding: .utf8).contains("Draf yang belum terbit"))
        #expect(!Self.exists(project, Self.embargoedPage))
    }

    @Test func embargoedReleasesAreBuiltOnlyWithFuture() throws {
        let project = try CLIProject()
        #expect(try Self.build(project).stdout.contains("embargoed: 1 release"))
        #expect(!Self.exists(project, Self.embargoedPage))
        let outcome = try Self.build(project, ["--future"])
        #expect(!outcome.stdout.contains("embargoed:"))
        #expect(try String(contentsOfFile: project.root + Self.embargoedPage, encoding: .utf8).contains("Siaran berembargo"))
        #expect(!Self.exists(project, Self.draftPage))
    }

    @Test func baseURLReplacesTheOneOfSiteYAML() throws {
        let project = try CLIProject()
        _ = try Self.build(project, ["--base-url", "https://portal.example.id/"])
        let page = try String(contentsOfFile: project.root + "/Site/berita/rakor-bima/index.html", encoding: .utf8)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://portal.example.id/berita/rakor-bima/\">"))
        let sitemap = try String(contentsOfFile: project.root + "/Site/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://portal.example.id/berita/rakor-bima/</loc>"))
        #expect(!sitemap.contains("uji.example.go.id"))
        #expect(!page.contains("uji.example.go.id"))
    }

    @Test func noCacheRendersEverythingAndLeavesTheSameSite() throws {
        let project = try CLIProject()
        _ = try Self.build(project)
        let first = try project.siteTree()
        #expect(try Self.build(project).stdout.contains("rendered 0, kept "))
        let fresh = try Self.build(project, ["--no-cache"])
        #expect(!fresh.stdout.contains(" kept "), "\(fresh.stdout)")
        #expect(try project.siteTree() == first)
        // The fresh cache it wrote serves the next build.
        #expect(try Self.build(project).stdout.contains("rendered 0, kept "))
    }
}
