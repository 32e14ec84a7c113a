import Foundation
import Testing

/// `/atom.xml` and the per-term Atom feeds against RFC 4287.
@Suite struct FeedAtomTests {
    @Test func feedHasTheRequiredElements() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let feed = try fixture.build(asOf: SiteFixture.standardAsOf).xml("atom.xml")
        let atom = XMLNamespace.atom

        #expect(feed.name == "feed")
        #expect(feed.namespace == atom)
        #expect(feed.value("id", in: atom) == SiteFixture.baseURL + "atom.xml")
        #expect(feed.value("title", in: atom) == "Siaran Pers Uji & Coba")
        #expect(feed.value("updated", in: atom) == "2024-03-06T10:00:00+08:00")
        let links = feed.children("link", in: atom)
        #expect(links.first { $0.attributes["rel"] == "self" }?.attributes["href"] == SiteFixture.baseURL + "atom.xml")
        #expect(links.first { $0.attributes["rel"] == "alternate" }?.attributes["href"] == SiteFixture.baseURL)
        #expect(feed.child("author", in: atom)?.value("name", in: atom) == "Dinas Kominfotik Uji")
    }

    @Test func entriesHaveIdsDatesLinksAuthorsCategoriesSummaryAndContent() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let feed = try fixture.build(asOf: SiteFixture.standardAsOf).xml("atom.xml")
        let atom = XMLNamespace.atom
        let entries = feed.children("entry", in: atom)

        #expect(entries.count == 3)
        for entry in entries {
            let id = try #require(entry.value("id", in: atom))
            #expect(id.hasPrefix(SiteFixture.baseURL + "berita/"))
            #expect(entry.value("title", in: atom)?.isEmpty == false)
            for name in ["updated", "published"] {
                let date = try #require(entry.value(name, in: atom))
                #expect(DateFormat.isRFC3339(date), "\(name) '\(date)'")
            }
            let alternate = try #require(entry.child("link", in: atom))
            #expect(alternate.attributes["rel"] == "alternate")
            #expect(alternate.attributes["href"] == id)
            #expect(entry.child("author", in: atom)?.value("name", in: atom)?.isEmpty == false)
            #expect(entry.value("summary", in: atom)?.isEmpty == false)
            let content = try #require(entry.child("content", in: atom))
            #expect(content.attributes["type"] == "html")
            #expect(content.text.hasPrefix("<p>"))
        }
        let dates = entries.compactMap { $0.value("published", in: atom) }
        #expect(dates == ["2024-03-06T10:00:00+08:00", "2024-03-04T09:00:00+08:00", "2024-02-10T00:00:00+08:00"])
        let categories = try #require(entries.first).children("category", in: atom)
        #expect(categories.map { $0.attributes["term"] } == ["spbe", "spbe", "srikandi"])
        #expect(categories.map { $0.attributes["label"] } == ["SPBE", "SPBE", "Srikandi"])
        #expect(categories.first?.attributes["scheme"] == SiteFixture.baseURL + "kategori/")
    }

    @Test func everyTermHasItsOwnFeedBesideItsPage() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)
        let atom = XMLNamespace.atom

        let termPages = site.htmlPages().filter { page in
            ["/kategori/", "/tag/", "/wilayah/", "/penulis/"].contains { page.hasPrefix($0) && page.count > $0.count }
                && !page.contains("/halaman/")
        }
        #expect(termPages.count == 3 + 5 + 3 + 3)
        for page in termPages {
            let feed = try site.xml(String(page.dropFirst()) + "atom.xml")
            #expect(feed.value("id", in: atom) == SiteFixture.baseURL + page.dropFirst() + "atom.xml")
            let alternate = feed.children("link", in: atom).first { $0.attributes["rel"] == "alternate" }
            #expect(alternate?.attributes["href"] == SiteFixture.baseURL + page.dropFirst())
            #expect(!feed.children("entry", in: atom).isEmpty, "\(page)atom.xml has no entries")
        }
        let spbe = try site.xml("kategori/spbe/atom.xml")
        #expect(spbe.value("title", in: atom) == "Siaran Pers Uji & Coba: SPBE")
        #expect(
            spbe.children("entry", in: atom).compactMap { $0.value("id", in: atom) } == [SiteFixture.baseURL + "berita/rakor-kominfo-bima/"]
        )
        let ntb = try site.xml("wilayah/ntb/atom.xml").children("entry", in: atom)
        #expect(ntb.compactMap { $0.value("title", in: atom) } == ["Rakor Kominfo se-NTB di Kota Bima", "Forum Satu Data NTB"])
    }

    @Test func anEmptySiteStillHasAValidFeed() throws {
        let fixture = try SiteFixture(releases: [])
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)
        let feed = try site.xml("atom.xml")
        // Atom requires `updated`; without releases the as-of time is the only honest value.
        #expect(feed.value("updated", in: XMLNamespace.atom) == "2024-03-07T12:00:00+08:00")
        #expect(feed.children("entry", in: XMLNamespace.atom).isEmpty)
        #expect(try site.xml("feed.xml").child("channel")?.children("item").isEmpty == true)
    }
}
