import Foundation
import Testing

/// `/feed.xml` against RSS 2.0 and the content, Dublin Core and Atom extensions it uses.
@Suite struct FeedRSSTests {
    @Test func channelHasTheRequiredElementsAndNamespaces() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let rss = try fixture.build(asOf: SiteFixture.standardAsOf).xml("feed.xml")

        #expect(rss.name == "rss")
        #expect(rss.namespace == "")
        #expect(rss.attributes["version"] == "2.0")
        #expect(rss.children.count == 1)
        let channel = try #require(rss.child("channel"))
        #expect(channel.value("title") == "Siaran Pers Uji & Coba")
        #expect(channel.value("link") == SiteFixture.baseURL)
        #expect(channel.value("description") == "Situs uji untuk umpan, peta situs, dan pencarian.")
        #expect(channel.value("language") == "id")
        let selfLink = try #require(channel.child("link", in: XMLNamespace.atom))
        #expect(selfLink.attributes["rel"] == "self")
        #expect(selfLink.attributes["href"] == SiteFixture.baseURL + "feed.xml")
        #expect(selfLink.attributes["type"] == "application/rss+xml")
        // The newest release's date, never the build time.
        #expect(channel.value("lastBuildDate") == "Wed, 06 Mar 2024 10:00:00 +0800")
    }

    @Test func itemsCarryLinksDatesContentCategoriesAndAuthor() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let channel = try #require(try fixture.build(asOf: SiteFixture.standardAsOf).xml("feed.xml").child("channel"))
        let items = channel.children("item")

        #expect(
            items.map { $0.value("title") } == [
                "Rakor Kominfo se-NTB di Kota Bima", "Literasi Digital di Sélong: Jum'at Bersama Pelajar", "Forum Satu Data NTB",
            ])
        for item in items {
            let link = try #require(item.value("link"))
            #expect(link.hasPrefix(SiteFixture.baseURL + "berita/"))
            let guid = try #require(item.child("guid"))
            #expect(guid.attributes["isPermaLink"] == "true")
            #expect(guid.text == link)
            let date = try #require(item.value("pubDate"))
            #expect(DateFormat.isRFC822(date), "pubDate '\(date)'")
            #expect(item.value("description")?.isEmpty == false)
            let content = try #require(item.value("encoded", in: XMLNamespace.content))
            #expect(content.hasPrefix("<p>"))
            #expect(item.value("creator", in: XMLNamespace.dublinCore)?.isEmpty == false)
        }
        let rakor = try #require(items.first)
        #expect(rakor.value("pubDate") == "Wed, 06 Mar 2024 10:00:00 +0800")
        #expect(rakor.value("description") == "Rapat koordinasi menetapkan prioritas SPBE.")
        #expect(rakor.value("creator", in: XMLNamespace.dublinCore) == "Tim Kominfotik Uji")
        let categories = rakor.children("category")
        #expect(categories.map(\.text) == ["SPBE", "SPBE", "Srikandi"])
        #expect(
            categories.map { $0.attributes["domain"] } == [
                SiteFixture.baseURL + "kategori/", SiteFixture.baseURL + "tag/", SiteFixture.baseURL + "tag/",
            ])
        // Full HTML with the dateline, and links between releases made absolute for readers off the site.
        let content = try #require(rakor.value("encoded", in: XMLNamespace.content))
        #expect(content.contains("<span class=\"dateline\">Bima</span>"))
        #expect(content.contains("href=\"\(SiteFixture.baseURL)berita/literasi-digital-selong/\""))
        // A plain date is midnight at the site's offset.
        #expect(items.last?.value("pubDate") == "Sat, 10 Feb 2024 00:00:00 +0800")
    }

    @Test func everyFeedCarriesTheLatestTwentyReleasesNewestFirst() throws {
        let releases = (1...23).map { day in
            FixtureRelease(
                slug: "rilis-\(day)", title: "Rilis \(day)", date: "2024-01-\(day < 10 ? "0" : "")\(day)T08:00:00+08:00",
                category: "Umum", body: "Isi rilis \(day).")
        }
        let fixture = try SiteFixture(releases: releases)
        let site = try fixture.build(asOf: "2024-02-01T00:00:00+08:00")

        let items = try #require(try site.xml("feed.xml").child("channel")).children("item")
        #expect(items.count == 20)
        #expect(items.first?.value("title") == "Rilis 23")
        #expect(items.last?.value("title") == "Rilis 4")
        let entries = try site.xml("atom.xml").children("entry", in: XMLNamespace.atom)
        #expect(entries.map { $0.value("title", in: XMLNamespace.atom) } == items.map { $0.value("title") })
        let json = try #require(try site.json("feed.json") as? [String: Any])
        let jsonItems = try #require(json["items"] as? [[String: Any]])
        #expect(jsonItems.map { $0["title"] as? String } == items.map { $0.value("title") })
        #expect(try site.xml("kategori/umum/atom.xml").children("entry", in: XMLNamespace.atom).count == 20)
    }

    @Test func splitsCDATATerminatorsAndDropsCharactersXMLCannotCarry() throws {
        let fixture = try SiteFixture(releases: [])
        try fixture.write(SiteFixture.siteYAML(language: "id", pageSize: 2) + "unsafe_html: true\n", to: "Content/site.yml")
        let release = #"""
            ---
            title: "Kode \x01rahasia"
            date: 2024-03-01T08:00:00+08:00
            author: "Tim"
            ---
            <div>a]]>b</div>

            """#
        try fixture.write(release, to: "Content/releases/2024/2024-03-01-kode.md")
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)

        let item = try #require(try site.xml("feed.xml").child("channel")?.child("item"))
        #expect(item.value("title") == "Kode rahasia")
        #expect(item.value("encoded", in: XMLNamespace.content)?.contains("<div>a]]>b</div>") == true)
        #expect(try site.text("feed.xml").contains("]]]]><![CDATA[>"))
    }
}
