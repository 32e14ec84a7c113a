import Foundation
import Testing

/// `/sitemap.xml`, `/news-sitemap.xml` and `/robots.txt`.
@Suite struct SitemapTests {
    @Test func listsEveryPublicPageWithAbsoluteURLs() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)
        let sitemap = try site.xml("sitemap.xml")

        #expect(sitemap.name == "urlset")
        #expect(sitemap.namespace == XMLNamespace.sitemap)
        let urls = sitemap.children("url", in: XMLNamespace.sitemap)
        let locations = urls.compactMap { $0.value("loc", in: XMLNamespace.sitemap) }
        #expect(locations.count == urls.count)
        #expect(locations.allSatisfy { $0.hasPrefix(SiteFixture.baseURL) })
        #expect(Set(locations).count == locations.count)
        // Every HTML page of the output except the 404 page, and nothing else.
        let pages = site.htmlPages().filter { $0 != "/404.html" }.map { SiteFixture.baseURL + $0.dropFirst() }
        #expect(locations.sorted() == pages)
        #expect(locations.contains(SiteFixture.baseURL + "halaman/2/"))
        #expect(locations.contains(SiteFixture.baseURL + "cari/"))
    }

    @Test func lastmodIsTheNewestReleaseOnThePage() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let urls = try fixture.build(asOf: SiteFixture.standardAsOf).xml("sitemap.xml").children("url", in: XMLNamespace.sitemap)
        var lastmod: [String: String] = [:]
        var paths: Set<String> = []
        for url in urls {
            guard let loc = url.value("loc", in: XMLNamespace.sitemap) else { continue }
            let path = String(loc.dropFirst(SiteFixture.baseURL.count - 1))
            paths.insert(path)
            lastmod[path] = url.value("lastmod", in: XMLNamespace.sitemap)
        }

        #expect(lastmod.values.allSatisfy(DateFormat.isW3C))
        #expect(lastmod["/"] == "2024-03-06T10:00:00+08:00")
        // Page size 2: the second home page holds only the February release, a plain date.
        #expect(lastmod["/halaman/2/"] == "2024-02-10")
        #expect(lastmod["/berita/literasi-digital-selong/"] == "2024-03-04T09:00:00+08:00")
        #expect(lastmod["/kategori/statistik/"] == "2024-02-10")
        #expect(lastmod["/kategori/"] == "2024-03-06T10:00:00+08:00")
        #expect(lastmod["/arsip/"] == "2024-03-06T10:00:00+08:00")
        #expect(lastmod["/arsip/2024/02/"] == "2024-02-10")
        // The search page shows no release.
        #expect(paths.contains("/cari/"))
        #expect(lastmod["/cari/"] == nil)
    }

    @Test func newsSitemapHoldsTheLastTwoDaysOnly() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        // With --future the embargoed release is on the site, but it is after the as-of time.
        let site = try fixture.build(asOf: SiteFixture.standardAsOf, includeFuture: true)
        let news = try site.xml("news-sitemap.xml")

        #expect(news.name == "urlset")
        #expect(news.namespace == XMLNamespace.sitemap)
        #expect(try site.text("news-sitemap.xml").contains("xmlns:news=\"\(XMLNamespace.news)\""))
        let urls = news.children("url", in: XMLNamespace.sitemap)
        // 1 day before: in. 3 days before: out. The day after: out.
        #expect(urls.compactMap { $0.value("loc", in: XMLNamespace.sitemap) } == [SiteFixture.baseURL + "berita/rakor-kominfo-bima/"])
        let entry = try #require(urls.first?.child("news", in: XMLNamespace.news))
        let publication = try #require(entry.child("publication", in: XMLNamespace.news))
        #expect(publication.value("name", in: XMLNamespace.news) == "Siaran Pers Uji & Coba")
        #expect(publication.value("language", in: XMLNamespace.news) == "id")
        #expect(entry.value("publication_date", in: XMLNamespace.news) == "2024-03-06T10:00:00+08:00")
        #expect(entry.value("title", in: XMLNamespace.news) == "Rakor Kominfo se-NTB di Kota Bima")
    }

    @Test func newsSitemapWindowFollowsTheAsOfTime() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        func newsLocations(_ asOf: String) throws -> [String] {
            try fixture.build(asOf: asOf).xml("news-sitemap.xml").children("url", in: XMLNamespace.sitemap)
                .compactMap { $0.value("loc", in: XMLNamespace.sitemap) }
        }
        #expect(try newsLocations("2024-03-05T12:00:00+08:00") == [SiteFixture.baseURL + "berita/literasi-digital-selong/"])
        // Published at the as-of moment: in.
        #expect(try newsLocations("2024-03-06T10:00:00+08:00") == [SiteFixture.baseURL + "berita/rakor-kominfo-bima/"])
        // Exactly two days later: still in; a second more: out. The embargo has lifted by then.
        let embargo = SiteFixture.baseURL + "berita/embargo-besok/"
        #expect(try newsLocations("2024-03-08T10:00:00+08:00") == [embargo, SiteFixture.baseURL + "berita/rakor-kominfo-bima/"])
        #expect(try newsLocations("2024-03-08T10:00:01+08:00") == [embargo])
        // Nothing recent: an empty but valid urlset.
        let empty = try fixture.build(asOf: "2024-04-30").xml("news-sitemap.xml")
        #expect(empty.name == "urlset")
        #expect(empty.children.isEmpty)
    }

    @Test func robotsAllowsAllAndNamesBothSitemaps() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let robots = try fixture.build(asOf: SiteFixture.standardAsOf).text("robots.txt")
        let lines = robots.split(separator: "\n").map(String.init)

        #expect(lines.first == "User-agent: *")
        #expect(lines.contains("Allow: /"))
        #expect(!lines.contains { $0.hasPrefix("Disallow:") })
        #expect(lines.contains("Sitemap: \(SiteFixture.baseURL)sitemap.xml"))
        #expect(lines.contains("Sitemap: \(SiteFixture.baseURL)news-sitemap.xml"))
    }
}
