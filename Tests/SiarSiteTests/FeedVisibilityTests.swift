import Foundation
import Testing

/// Drafts and embargoed releases stay out of every feed, sitemap and the search index unless the build
/// asks for them; and the documents are byte-identical from one build to the next.
@Suite struct FeedVisibilityTests {
    /// Every document that lists releases, with the release URLs it names.
    static func documentsMentioning(_ slug: String, in site: BuiltSite) throws -> [String] {
        var documents = ["feed.xml", "atom.xml", "feed.json", "sitemap.xml", "news-sitemap.xml", "search-index.json"]
        documents += site.htmlPages().filter { $0.hasPrefix("/kategori/") || $0.hasPrefix("/tag/") }
            .filter { !$0.contains("/halaman/") && $0.split(separator: "/").count == 2 }
            .map { String($0.dropFirst()) + "atom.xml" }
        return try documents.filter { try site.text($0).contains("/berita/\(slug)/") }
    }

    @Test func draftsAndEmbargoedReleasesAreInNoDocument() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)

        #expect(try Self.documentsMentioning("draf-rahasia", in: site).isEmpty)
        #expect(try Self.documentsMentioning("embargo-besok", in: site).isEmpty)
        #expect(try !site.text("search-index.json").contains("Rahasia"))
        #expect(!site.exists("tag/rahasia/atom.xml"))
        #expect(!site.exists("tag/embargo/atom.xml"))
        // The embargoed release's category exists through a public release; its feed holds only that one.
        #expect(try !site.text("kategori/spbe/atom.xml").contains("Berembargo"))
        #expect(try Self.documentsMentioning("rakor-kominfo-bima", in: site).count >= 6)
    }

    @Test func flagsBringThemIn() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let site = try fixture.build(asOf: SiteFixture.standardAsOf, includeDrafts: true, includeFuture: true)

        let draft = try Self.documentsMentioning("draf-rahasia", in: site)
        for document in ["feed.xml", "atom.xml", "feed.json", "sitemap.xml", "search-index.json"] {
            #expect(draft.contains(document), "draft missing from \(document)")
        }
        #expect(site.exists("tag/rahasia/atom.xml"))
        let embargoed = try Self.documentsMentioning("embargo-besok", in: site)
        #expect(embargoed.contains("feed.xml") && embargoed.contains("sitemap.xml") && embargoed.contains("search-index.json"))
        #expect(embargoed.contains("kategori/spbe/atom.xml"))
        // It is public in this build, but not yet published: never news.
        #expect(!embargoed.contains("news-sitemap.xml"))
    }

    @Test func documentsAreByteIdenticalAcrossBuilds() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let first = try fixture.build(asOf: SiteFixture.standardAsOf, output: fixture.root + "/SiteA")
        let second = try fixture.build(asOf: SiteFixture.standardAsOf, output: fixture.root + "/SiteB")

        for document in [
            "robots.txt", "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "news-sitemap.xml", "search-index.json",
            "kategori/spbe/atom.xml",
        ] {
            #expect(try first.text(document) == second.text(document), "\(document) differs")
        }
    }
}
