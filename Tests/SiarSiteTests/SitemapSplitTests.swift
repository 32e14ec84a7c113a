import Foundation
import SiarContent
import Testing

@testable import SiarSite

/// A site past the protocol's URL limit gets a sitemap index and numbered parts. The limit is lowered
/// here so a five-release fixture crosses it.
@Suite struct SitemapSplitTests {
    /// The renderer `SiteBuilder` would make for the fixture, without writing anything.
    static func renderer(_ fixture: SiteFixture) throws -> PageRenderer {
        let content = try #require(ContentLoader(root: fixture.root).load().content)
        let site = content.site
        let asOf = try #require(AsOf(parsing: SiteFixture.standardAsOf)).resolve(utcOffset: site.utcOffset, now: 0)
        var diagnostics: [Diagnostic] = []
        let rendered = MarkdownStage(site: site).render(content.releases, diagnostics: &diagnostics).bodies
        let entries = zip(content.releases, rendered).filter { $0.0.visibility(asOf: asOf) == .published }
            .map { ReleaseEntry(release: $0.0, body: $0.1, visibility: .published) }
        let index = SiteIndex(entries: entries, site: site, diagnostics: &diagnostics)
        let theme = try #require(Theme.load(from: ProjectFiles(root: fixture.root), language: site.language).theme)
        return PageRenderer(site: site, index: index, theme: theme, options: BuildOptions(), asOf: asOf)
    }

    @Test func smallSitesHaveOneFile() throws {
        let renderer = try Self.renderer(SiteFixture(releases: SiteFixture.standardReleases))
        let files = Sitemap(renderer: renderer).files
        #expect(files.map(\.path) == ["/sitemap.xml"])
        #expect(try XMLTreeNode.parse(files[0].text()).name == "urlset")
    }

    @Test func largeSitesGetAnIndexOfParts() throws {
        let renderer = try Self.renderer(SiteFixture(releases: SiteFixture.standardReleases))
        let whole = Sitemap(renderer: renderer)
        let split = Sitemap(renderer: renderer, limit: 10)
        let files = split.files
        let partCount = (whole.pages.count + 9) / 10

        #expect(files.map(\.path) == ["/sitemap.xml"] + (1...partCount).map { "/sitemap-\($0).xml" })
        let index = try XMLTreeNode.parse(files[0].text())
        #expect(index.name == "sitemapindex")
        #expect(index.namespace == XMLNamespace.sitemap)
        let named = index.children("sitemap", in: XMLNamespace.sitemap).compactMap { $0.value("loc", in: XMLNamespace.sitemap) }
        #expect(named == (1...partCount).map { SiteFixture.baseURL + "sitemap-\($0).xml" })
        #expect(index.child("sitemap", in: XMLNamespace.sitemap)?.value("lastmod", in: XMLNamespace.sitemap) == "2024-03-06T10:00:00+08:00")

        var locations: [String] = []
        for file in files.dropFirst() {
            let urls = try XMLTreeNode.parse(file.text()).children("url", in: XMLNamespace.sitemap)
            #expect(urls.count <= 10)
            locations += urls.compactMap { $0.value("loc", in: XMLNamespace.sitemap) }
        }
        let all = try XMLTreeNode.parse(try #require(whole.files.first).text()).children("url", in: XMLNamespace.sitemap)
        #expect(locations == all.compactMap { $0.value("loc", in: XMLNamespace.sitemap) })
    }
}
