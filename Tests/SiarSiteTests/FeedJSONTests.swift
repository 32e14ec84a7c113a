import Foundation
import Testing

/// `/feed.json` against JSON Feed 1.1.
@Suite struct FeedJSONTests {
    @Test func topLevelHasVersionTitleURLsAndItems() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let feed = try #require(try fixture.build(asOf: SiteFixture.standardAsOf).json("feed.json") as? [String: Any])

        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "Siaran Pers Uji & Coba")
        #expect(feed["home_page_url"] as? String == SiteFixture.baseURL)
        #expect(feed["feed_url"] as? String == SiteFixture.baseURL + "feed.json")
        #expect(feed["description"] as? String == "Situs uji untuk umpan, peta situs, dan pencarian.")
        #expect(feed["language"] as? String == "id")
        let authors = try #require(feed["authors"] as? [[String: Any]])
        #expect(authors.first?["name"] as? String == "Dinas Kominfotik Uji")
        #expect((feed["items"] as? [[String: Any]])?.count == 3)
    }

    @Test func itemsHaveTheRequiredFieldsWithTheirTypes() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let feed = try #require(try fixture.build(asOf: SiteFixture.standardAsOf).json("feed.json") as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])

        for item in items {
            let id = try #require(item["id"] as? String)
            #expect(item["url"] as? String == id)
            #expect(id.hasPrefix(SiteFixture.baseURL + "berita/"))
            #expect((item["title"] as? String)?.isEmpty == false)
            #expect((item["content_html"] as? String)?.hasPrefix("<p>") == true)
            #expect((item["summary"] as? String)?.isEmpty == false)
            let date = try #require(item["date_published"] as? String)
            #expect(DateFormat.isRFC3339(date), "date_published '\(date)'")
            let authors = try #require(item["authors"] as? [[String: Any]])
            #expect(authors.count == 1)
            #expect((authors.first?["name"] as? String)?.isEmpty == false)
            #expect(item["tags"] as? [String] != nil)
            if let image = item["image"] { #expect((image as? String)?.hasPrefix(SiteFixture.baseURL) == true) }
        }
        let rakor = try #require(items.first)
        #expect(rakor["date_published"] as? String == "2024-03-06T10:00:00+08:00")
        // The category and the tags, each name once.
        #expect(rakor["tags"] as? [String] == ["SPBE", "Srikandi"])
        #expect(rakor["image"] as? String == SiteFixture.baseURL + "images/rakor-bima.png")
        #expect(items[1]["image"] == nil)
    }

    @Test func keysAreSortedSoTheBytesAreStable() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let text = try fixture.build(asOf: SiteFixture.standardAsOf).text("feed.json")
        #expect(text.hasPrefix("{\"authors\":"))
        #expect(text.contains("\"feed_url\":\"https://siar.example.org/feed.json\""))
    }
}
