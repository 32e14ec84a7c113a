import SiarContent

/// An Atom feed (RFC 4287): the site-wide `/atom.xml` and one per taxonomy term (`/kategori/spbe/atom.xml`).
///
/// Ids are absolute URLs: the feed's own URL for the feed, the release page for an entry. `updated` is
/// the newest entry's date; only a feed without entries, which still needs one, falls back to the
/// build's as-of time.
struct AtomFeed {
    let site: SiteConfig
    let title: String
    /// The site path of the feed itself, e.g. `/atom.xml`.
    let path: String
    /// The site path of the HTML page the feed mirrors, e.g. `/` or `/kategori/spbe/`.
    let alternatePath: String
    /// Newest first.
    let entries: [FeedEntry]
    let asOf: Timestamp

    func text() -> String {
        var xml = XMLWriter()
        xml.open("feed", [("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", site.language.rawValue)])
        xml.element("id", site.absoluteURL(path))
        xml.element("title", title)
        if !site.description.isEmpty { xml.element("subtitle", site.description) }
        xml.element("updated", (entries.map(\.date).max() ?? asOf).iso8601)
        xml.empty("link", [("rel", "self"), ("type", "application/atom+xml"), ("href", site.absoluteURL(path))])
        xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", site.absoluteURL(alternatePath))])
        xml.open("author")
        xml.element("name", site.office.isEmpty ? site.title : site.office)
        xml.element("uri", site.baseURL)
        xml.close()
        xml.element("generator", "Siar")
        for entry in entries { self.entry(entry, into: &xml) }
        xml.close()
        return xml.text
    }

    private func entry(_ entry: FeedEntry, into xml: inout XMLWriter) {
        xml.open("entry")
        xml.element("id", entry.url)
        xml.element("title", entry.title)
        xml.element("updated", entry.date.iso8601)
        xml.element("published", entry.date.iso8601)
        xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", entry.url)])
        xml.open("author")
        xml.element("name", entry.author)
        xml.close()
        for term in entry.categories {
            xml.empty(
                "category", [("term", term.slug), ("scheme", site.absoluteURL(term.taxonomy.indexPath)), ("label", term.name)])
        }
        xml.element("summary", entry.summary)
        xml.element("content", escaped: entry.escapedContentHTML, [("type", "html")])
        xml.close()
    }
}
