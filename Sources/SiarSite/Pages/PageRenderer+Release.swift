import SiarContent
import SiarMarkdown

/// Release cards (in every listing) and the release page itself.
extension PageRenderer {
    /// The view model of a release in a listing.
    func card(_ position: Int) -> [String: Any] {
        let entry = index.entries[position]
        let release = entry.release
        var card: [String: Any] = [
            "title": release.title, "url": entry.url, "summary": entry.summary,
            "date_long": dates.long(release.date.localDay), "date_iso": release.date.iso8601,
            "regions": index.terms(of: release, in: .region, site: site).map(termLink),
            "reading_minutes": entry.rendered.readingMinutes,
            "draft": entry.release.draft, "embargoed": release.date > asOf,
        ]
        if let category = index.terms(of: release, in: .category, site: site).first { card["category"] = termLink(category) }
        if let image = release.image {
            // `src`, not `url`: inside `{{#image}}` a `{{url}}` must still mean the release's address.
            var imageValues = ["src": mediaPath(image)]
            imageValues["alt"] = release.imageAlt
            card["image"] = imageValues
        }
        return card
    }

    /// The view model of a release in a list: its card rendered by the theme's `partials/release-card`
    /// (`card_html`), plus the card's values for themes that lay lists out themselves.
    func listItem(_ position: Int) -> [String: Any] {
        cards.item(position) { makeListItem(position) }.values
    }

    func makeListItem(_ position: Int) -> ListItem {
        var values = card(position)
        values["t"] = theme.labels
        values["card_html"] = theme.render("partials/release-card", values)
        values["t"] = nil
        return ListItem(values: values)
    }

    func termLink(_ term: Term) -> [String: Any] { ["name": term.name, "url": term.url] }

    func releasePage(_ position: Int) -> String {
        let entry = index.entries[position]
        let release = entry.release
        var values = card(position)
        values["body_html"] = Self.bodyWithDateline(entry.rendered.html, dateline: release.dateline)
        values["date_time"] = dates.dateAndTime(release.date)
        values["number"] = release.number
        values["dateline"] = release.dateline
        values["contact"] = release.contact
        values["word_count"] = entry.rendered.wordCount
        // A name that folds to no ASCII at all has no author page; it is then shown without a link.
        values["author"] = index.terms(of: release, in: .author, site: site).first.map(termLink) ?? ["name": release.author]
        values["tags"] = index.terms(of: release, in: .tag, site: site).map(termLink)
        let headings = entry.rendered.headings.filter { $0.level == 2 }
        values["toc"] = headings.count >= 3 ? headings.map { ["text": $0.text, "id": $0.id] } : []
        // Entries are newest first: the previous (older) release comes after this one.
        if position + 1 < index.entries.count { values["previous"] = neighbour(position + 1) }
        if position > 0 { values["next"] = neighbour(position - 1) }
        values["related"] = index.related[position].map(listItem)
        values["share_url"] = site.absoluteURL(entry.url)

        var meta = PageMeta(title: release.title, description: entry.summary, path: entry.url)
        meta.ogType = "article"
        meta.image = release.image ?? entry.rendered.firstImage?.url
        meta.imageAlt = release.imageAlt ?? entry.rendered.firstImage?.alt
        meta.structuredData = [newsArticle(entry)]
        let category = index.terms(of: release, in: .category, site: site).first
        meta.breadcrumbs = (category.map { [($0.name, $0.url)] } ?? []) + [(release.title, entry.url)]
        meta.bodyClass = "page-release"
        return theme.render("release", context(meta, values))
    }

    /// Press style: the dateline opens the first paragraph ("**Bima** – Dinas …").
    static func bodyWithDateline(_ html: String, dateline: String?) -> String {
        guard let dateline, !dateline.isEmpty else { return html }
        let lead = "<span class=\"dateline\">\(HTMLEscaping.escape(dateline))</span> – "
        guard html.hasPrefix("<p>") else { return "<p>\(lead)</p>\n" + html }
        return "<p>" + lead + html.dropFirst(3)
    }

    private func neighbour(_ position: Int) -> [String: Any] {
        let entry = index.entries[position]
        return ["title": entry.release.title, "url": entry.url, "date_long": dates.long(entry.release.date.localDay)]
    }

    /// schema.org `NewsArticle` for Google News and other aggregators.
    func newsArticle(_ entry: ReleaseEntry) -> [String: Any] {
        let release = entry.release
        var article: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": release.title, "description": entry.summary,
            "datePublished": release.date.iso8601, "dateModified": release.date.iso8601,
            "inLanguage": site.language.rawValue, "url": site.absoluteURL(entry.url),
            "mainEntityOfPage": ["@type": "WebPage", "@id": site.absoluteURL(entry.url)],
            "author": ["@type": "Person", "name": release.author],
            "publisher": [
                "@type": "GovernmentOrganization", "name": site.office.isEmpty ? site.title : site.office,
                "url": site.baseURL,
            ],
            "wordCount": entry.rendered.wordCount,
        ]
        if let category = release.category { article["articleSection"] = category }
        if !release.tags.isEmpty { article["keywords"] = release.tags.joined(separator: ", ") }
        if let image = release.image ?? entry.rendered.firstImage?.url, !image.isEmpty {
            article["image"] = [absoluteMediaURL(image)]
        }
        if let dateline = release.dateline { article["locationCreated"] = ["@type": "Place", "name": dateline] }
        return article
    }
}
