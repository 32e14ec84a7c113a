import SiarContent
import Testing

@testable import SiarSite

/// Every public URL and project folder comes from ``SitePaths``; these tables pin each kind to its
/// spelling, and the pages of a built plan to the same spellings.
@Suite struct SitePathsTests {
    @Test(arguments: [
        ("home", SitePaths.home, "/"),
        ("home, later page", SitePaths.page(3, of: SitePaths.home), "/halaman/3/"),
        ("first page is the base", SitePaths.page(1, of: SitePaths.archive), "/arsip/"),
        ("release", SitePaths.release(slug: "rakor-bima"), "/berita/rakor-bima/"),
        ("category index", SitePaths.categories, "/kategori/"),
        ("tag index", SitePaths.tags, "/tag/"),
        ("region index", SitePaths.regions, "/wilayah/"),
        ("author index", SitePaths.authors, "/penulis/"),
        ("term", SitePaths.term("spbe", in: SitePaths.categories), "/kategori/spbe/"),
        ("term, later page", SitePaths.page(2, of: SitePaths.term("ntb", in: SitePaths.regions)), "/wilayah/ntb/halaman/2/"),
        ("term feed", SitePaths.atomFeed(of: SitePaths.term("spbe", in: SitePaths.tags)), "/tag/spbe/atom.xml"),
        ("archive", SitePaths.archive, "/arsip/"),
        ("archive month", SitePaths.archiveMonth(year: 2024, month: 3), "/arsip/2024/03/"),
        ("archive month, two digits", SitePaths.archiveMonth(year: 2024, month: 11), "/arsip/2024/11/"),
        ("search", SitePaths.search, "/cari/"),
        ("partners", SitePaths.partners, "/mitra/"),
        ("partner", SitePaths.partner("kabar-rinjani"), "/mitra/kabar-rinjani/"),
        ("evidence copy", SitePaths.evidence("evidence/kabar-rinjani/a.png"), "/bukti/evidence/kabar-rinjani/a.png"),
        ("image copy", SitePaths.image("images/a.png"), "/images/a.png"),
        ("not found", SitePaths.notFound, "/404.html"),
        ("RSS", SitePaths.rssFeed, "/feed.xml"),
        ("Atom", SitePaths.atomFeed, "/atom.xml"),
        ("JSON Feed", SitePaths.jsonFeed, "/feed.json"),
        ("sitemap", SitePaths.sitemap, "/sitemap.xml"),
        ("sitemap part", SitePaths.sitemapPart(2), "/sitemap-2.xml"),
        ("news sitemap", SitePaths.newsSitemap, "/news-sitemap.xml"),
        ("robots", SitePaths.robots, "/robots.txt"),
        ("search index", SitePaths.searchIndex, "/search-index.json"),
    ])
    func everyURLKind(kind: String, path: String, expected: String) {
        #expect(path == expected, "\(kind)")
    }

    @Test(arguments: [
        ("content", SitePaths.contentFolder, "Content"),
        ("site.yml", SitePaths.siteConfigFile, "Content/site.yml"),
        ("releases", SitePaths.releasesFolder, "Content/releases"),
        ("partners", SitePaths.partnersFolder, "Content/partners"),
        ("partner file", SitePaths.partnerFile("kabar-rinjani"), "Content/partners/kabar-rinjani.yml"),
        ("placements", SitePaths.placementsFolder, "Content/placements"),
        ("ledger file", SitePaths.ledgerFile(year: 2025), "Content/placements/2025.csv"),
        ("images", SitePaths.imagesFolder, "Content/images"),
        ("evidence", SitePaths.evidenceFolder, "Content/evidence"),
        ("file under Content", SitePaths.contentFile("images/a.png"), "Content/images/a.png"),
        ("back to relative", SitePaths.relativeToContent("Content/images/a.png"), "images/a.png"),
        ("templates", SitePaths.templatesFolder, "Templates"),
        ("template", SitePaths.templateFile("partials/header"), "Templates/partials/header.mustache"),
        ("assets", SitePaths.assetsFolder, "Templates/assets"),
        ("asset on the site", SitePaths.siteFile(ofTemplateFile: "Templates/assets/site.css"), "assets/site.css"),
        ("labels", SitePaths.labelsFile("en"), "Templates/i18n/en.yml"),
        ("output", SitePaths.outputFolder, "Site"),
    ])
    func everyProjectFolder(kind: String, path: String, expected: String) {
        #expect(path == expected, "\(kind)")
    }

    @Test(arguments: [
        ("/", "index.html"),
        ("/berita/x/", "berita/x/index.html"),
        ("/404.html", "404.html"),
        ("/kategori/spbe/atom.xml", "kategori/spbe/atom.xml"),
        ("", "index.html"),
    ])
    func outputFiles(path: String, file: String) {
        #expect(SitePaths.file(for: path) == file)
    }

    @Test func laterPagesBelongToTheirListing() {
        #expect(SitePaths.isLaterPage("/halaman/2/", of: SitePaths.home))
        #expect(!SitePaths.isLaterPage("/berita/halaman/", of: SitePaths.home))
    }

    /// The renderer names each kind of page with the same spellings.
    @Test func pagesOfThePlanUseThePaths() throws {
        let renderer = try SitemapSplitTests.renderer(SiteFixture(releases: SiteFixture.standardReleases))
        let first = renderer.index.entries[0]
        let category = try #require(renderer.index.terms[.category]?.first)
        #expect(renderer.path(of: .home(page: 1)) == "/")
        #expect(renderer.path(of: .home(page: 2)) == "/halaman/2/")
        #expect(renderer.path(of: .release(index: 0)) == "/berita/\(first.release.slug)/")
        #expect(renderer.path(of: .taxonomyIndex(.author)) == "/penulis/")
        #expect(renderer.path(of: .term(.category, term: 0, page: 1)) == "/kategori/\(category.term.slug)/")
        #expect(renderer.path(of: .term(.category, term: 0, page: 2)) == "/kategori/\(category.term.slug)/halaman/2/")
        #expect(renderer.path(of: .archiveIndex) == "/arsip/")
        #expect(renderer.path(of: .archiveMonth(month: 0)) == "/arsip/2024/03/")
        #expect(renderer.path(of: .search) == "/cari/")
        #expect(renderer.path(of: .notFound) == "/404.html")
        #expect(renderer.file(of: .release(index: 0)) == "berita/\(first.release.slug)/index.html")
    }
}
