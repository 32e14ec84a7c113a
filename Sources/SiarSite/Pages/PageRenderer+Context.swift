import Foundation
import SiarContent

/// The parts of the view model every page shares: site, labels, navigation, metadata.
extension PageRenderer {
    /// What one page says about itself for `<head>`: title, description, canonical URL, Open Graph, JSON-LD.
    struct PageMeta {
        var title: String?
        var description: String
        var path: String
        var ogType = "website"
        var image: String?
        var imageAlt: String?
        var structuredData: [[String: Any]] = []
        var breadcrumbs: [(name: String, path: String)] = []
        var feeds: [(title: String, path: String, type: String)] = []
        var noindex = false
        var bodyClass = ""
    }

    /// The context of `meta` merged with the page's own values.
    func context(_ meta: PageMeta, _ values: [String: Any]) -> [String: Any] {
        var breadcrumbs = meta.breadcrumbs
        if !breadcrumbs.isEmpty { breadcrumbs.insert((label("home"), SitePaths.home), at: 0) }
        var structured = meta.structuredData
        if breadcrumbs.count > 1 { structured.append(breadcrumbList(breadcrumbs)) }
        let fullTitle = meta.title.map { "\($0) – \(site.title)" } ?? site.title
        let feeds =
            meta.feeds + [
                (site.title + " (RSS)", SitePaths.rssFeed, "application/rss+xml"),
                (site.title + " (Atom)", SitePaths.atomFeed, "application/atom+xml"),
                (site.title + " (JSON Feed)", SitePaths.jsonFeed, "application/feed+json"),
            ]
        var page: [String: Any] = [
            "title": meta.title ?? site.title, "full_title": fullTitle,
            "description": meta.description.isEmpty ? site.description : meta.description,
            "canonical": site.absoluteURL(meta.path), "og_type": meta.ogType,
            "json_ld": structured.map(jsonLD), "noindex": meta.noindex, "body_class": meta.bodyClass,
        ]
        page["image"] = meta.image.map(absoluteMediaURL)
        page["image_alt"] = meta.imageAlt
        let current = currentNavigationItem(path: meta.path)
        var context = siteValues(current: current)
        context.merge([
            "header_html": chrome.header(current: current), "footer_html": chrome.footer,
            "page": page,
            "breadcrumbs": breadcrumbs.count > 1
                ? breadcrumbs.enumerated().map { offset, crumb in
                    ["name": crumb.name, "url": crumb.path, "last": offset == breadcrumbs.count - 1] as [String: Any]
                } : [],
            "feeds": feeds.map { ["title": $0.title, "url": $0.path, "type": $0.type] },
        ]) { _, new in new }
        context.merge(values) { _, new in new }
        return context
    }

    /// What every page and the chrome (``PageChrome``) share: language, site, labels, navigation with the
    /// item at `current` marked, preview flag.
    func siteValues(current: Int?) -> [String: Any] {
        [
            "lang": site.language.rawValue,
            "site": [
                "title": site.title, "description": site.description, "office": site.office,
                "base_url": site.baseURL,
            ],
            "t": theme.labels,
            "nav": navigationItems().enumerated().map { offset, item in
                ["label": item.label, "url": item.path, "current": offset == current] as [String: Any]
            },
            "preview": options.preview,
        ]
    }

    /// The main navigation: label and site path of each item.
    func navigationItems() -> [(label: String, path: String)] {
        var items: [(label: String, path: String)] = [
            (label("home"), SitePaths.home), (label("category_plural"), SitePaths.categories),
            (label("region_plural"), SitePaths.regions), (label("archive"), SitePaths.archive),
        ]
        if hasPartnerPages { items.append((label("partners"), SitePaths.partners)) }
        items.append((label("search"), SitePaths.search))
        return items
    }

    /// The position of the navigation item a page at `path` belongs to, nil for none.
    func currentNavigationItem(path: String) -> Int? {
        navigationItems().firstIndex { item in
            item.path == SitePaths.home
                ? path == SitePaths.home || SitePaths.isLaterPage(path, of: SitePaths.home) : path.hasPrefix(item.path)
        }
    }

    /// True when the render has compliance pages to link to: the build found `compliance.publish: true`
    /// and at least one partner, or this is the internal copy of ``ComplianceSite``.
    var hasPartnerPages: Bool { compliance != nil }

    /// Absolute URL of an image given as a Content path or a URL.
    func absoluteMediaURL(_ image: String) -> String {
        URLCheck.isAbsoluteHTTP(image) ? image : site.absoluteURL(image)
    }

    /// A site path for an image given as a Content path or a URL.
    func mediaPath(_ image: String) -> String {
        URLCheck.isAbsoluteHTTP(image) ? image : SitePaths.image(image)
    }

    /// JSON for a `<script type="application/ld+json">`: sorted keys, `/` escaped so `</script>` cannot occur.
    func jsonLD(_ object: [String: Any]) -> String {
        JSONWriter(forScript: true).string(object)
    }

    func breadcrumbList(_ crumbs: [(name: String, path: String)]) -> [String: Any] {
        [
            "@context": "https://schema.org", "@type": "BreadcrumbList",
            "itemListElement": crumbs.enumerated().map { offset, crumb in
                ["@type": "ListItem", "position": offset + 1, "name": crumb.name, "item": site.absoluteURL(crumb.path)] as [String: Any]
            },
        ]
    }

    /// The pagination block of a listing with `count` pages whose first page is at `base`.
    func pagination(base: String, page: Int, count: Int) -> [String: Any] {
        guard count > 1 else { return [:] }
        var block: [String: Any] = [
            "current": page, "total": count,
            "pages": Pagination.window(current: page, count: count).map { number -> [String: Any] in
                guard let number else { return ["gap": true] }
                return ["number": number, "url": SitePaths.page(number, of: base), "current": number == page]
            },
        ]
        if page > 1 { block["prev_url"] = SitePaths.page(page - 1, of: base) }
        if page < count { block["next_url"] = SitePaths.page(page + 1, of: base) }
        return block
    }
}
