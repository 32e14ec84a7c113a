import Foundation
import SiarContent

/// `/feed.json`: the latest releases as JSON Feed 1.1 (<https://jsonfeed.org/version/1.1>).
///
/// Serialized with sorted keys so the bytes depend on the content only.
struct JSONFeed {
    static let path = SitePaths.jsonFeed
    static let version = "https://jsonfeed.org/version/1.1"

    let site: SiteConfig
    /// Newest first.
    let entries: [FeedEntry]

    func text() -> String {
        var feed: [String: Any] = [
            "version": Self.version, "title": site.title, "home_page_url": site.baseURL,
            "feed_url": site.absoluteURL(Self.path), "language": site.language.rawValue,
            "authors": [["name": site.office.isEmpty ? site.title : site.office, "url": site.baseURL]],
            "items": entries.map(item),
        ]
        if !site.description.isEmpty { feed["description"] = site.description }
        return JSONText.serialize(feed)
    }

    private func item(_ entry: FeedEntry) -> [String: Any] {
        var seen = Set<String>()
        let tags = entry.categories.map(\.name).filter { seen.insert($0).inserted }
        var item: [String: Any] = [
            "id": entry.url, "url": entry.url, "title": entry.title, "content_html": entry.contentHTML,
            "summary": entry.summary, "date_published": entry.date.iso8601, "authors": [["name": entry.author]],
        ]
        if !tags.isEmpty { item["tags"] = tags }
        if let image = entry.image { item["image"] = image }
        return item
    }
}
