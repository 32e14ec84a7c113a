import SiarContent

/// `/news-sitemap.xml`: a Google News sitemap of the releases published in the two days up to the as-of
/// time (<https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap>).
///
/// Releases after the as-of time (embargoed ones in a `--future` build) are left out, and Google's limit
/// of 1,000 URLs applies. Without recent releases the file is an empty, valid `urlset`.
struct NewsSitemap {
    static let path = SitePaths.newsSitemap
    static let namespace = "http://www.google.com/schemas/sitemap-news/0.9"
    /// How far back Google News looks.
    static let window = 2 * 86_400
    static let limit = 1_000

    let site: SiteConfig
    /// Newest first.
    let entries: [ReleaseEntry]
    let asOf: Timestamp

    /// The releases of the window, newest first.
    var recent: [ReleaseEntry] {
        let start = asOf.secondsSinceEpoch - Self.window
        let inWindow = entries.filter { (start...asOf.secondsSinceEpoch).contains($0.release.date.secondsSinceEpoch) }
        return Array(inWindow.prefix(Self.limit))
    }

    func text() -> String {
        var xml = XMLWriter()
        xml.open("urlset", [("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"), ("xmlns:news", Self.namespace)])
        for entry in recent {
            xml.open("url")
            xml.element("loc", site.absoluteURL(entry.url))
            xml.open("news:news")
            xml.open("news:publication")
            xml.element("news:name", site.title)
            xml.element("news:language", site.language.rawValue)
            xml.close()
            xml.element("news:publication_date", entry.release.date.w3cDatetime)
            xml.element("news:title", entry.release.title)
            xml.close()
            xml.close()
        }
        xml.close()
        return xml.text
    }
}
