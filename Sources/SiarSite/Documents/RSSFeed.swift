import SiarContent

/// `/feed.xml`: the latest releases as RSS 2.0, with the summary as `description` and the full body as
/// `content:encoded`.
///
/// Dates are RFC 822 at each release's own offset (`Tue, 05 Mar 2024 10:00:00 +0800`); `lastBuildDate` is
/// the newest release's date, so rebuilding unchanged content gives the same bytes.
struct RSSFeed {
    static let path = SitePaths.rssFeed

    let site: SiteConfig
    /// Newest first.
    let entries: [FeedEntry]

    func text() -> String {
        var xml = XMLWriter()
        xml.open(
            "rss",
            [
                ("version", "2.0"), ("xmlns:atom", "http://www.w3.org/2005/Atom"),
                ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ])
        xml.open("channel")
        xml.element("title", site.title)
        xml.element("link", site.baseURL)
        xml.element("description", site.description.isEmpty ? site.title : site.description)
        xml.element("language", site.language.rawValue)
        xml.empty("atom:link", [("href", site.absoluteURL(Self.path)), ("rel", "self"), ("type", "application/rss+xml")])
        if let newest = entries.map(\.date).max() { xml.element("lastBuildDate", newest.rfc822) }
        xml.element("generator", "Siar")
        for entry in entries { item(entry, into: &xml) }
        xml.close()
        xml.close()
        return xml.text
    }

    private func item(_ entry: FeedEntry, into xml: inout XMLWriter) {
        xml.open("item")
        xml.element("title", entry.title)
        xml.element("link", entry.url)
        xml.element("guid", entry.url, [("isPermaLink", "true")])
        xml.element("pubDate", entry.date.rfc822)
        xml.element("description", entry.summary)
        xml.cdata("content:encoded", entry.contentHTML)
        for term in entry.categories {
            xml.element("category", term.name, [("domain", site.absoluteURL(term.taxonomy.indexPath))])
        }
        xml.element("dc:creator", entry.author)
        xml.close()
    }
}
