import SiarContent

/// `/sitemap.xml`: every public HTML page of the plan (all but the 404 page) with its absolute URL and
/// `lastmod`, the date of the newest release the page shows.
///
/// A release page's `lastmod` is its own date; a listing's is its newest item's; an index of terms or of
/// the archive changes with its newest release. The search and partner pages show no release and have no
/// `lastmod`. The protocol allows 50,000 URLs a file: a larger site gets `/sitemap-1.xml`, `/sitemap-2.xml`, …
/// and `/sitemap.xml` becomes the sitemap index naming them, so robots.txt stays the same.
struct Sitemap {
    static let path = SitePaths.sitemap
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    let renderer: PageRenderer
    /// The public pages, in plan order.
    let pages: [PageSpec]
    /// URLs per file.
    let limit: Int

    init(renderer: PageRenderer, limit: Int = 50_000) {
        self.renderer = renderer
        self.pages = renderer.plan().filter { $0 != .notFound }
        self.limit = max(1, limit)
    }

    /// The files of the sitemap: `/sitemap.xml` alone, or the index followed by its parts.
    var files: [(path: String, text: @Sendable () -> String)] {
        let sitemap = self
        guard pages.count > limit else { return [(Self.path, { sitemap.urlset(sitemap.pages[...]) })] }
        let parts = stride(from: 0, to: pages.count, by: limit).map { pages[$0..<min($0 + limit, pages.count)] }
        let index: (path: String, text: @Sendable () -> String) = (Self.path, { sitemap.sitemapIndex(parts) })
        return [index] + parts.enumerated().map { number, part in (Self.partPath(number + 1), { sitemap.urlset(part) }) }
    }

    static func partPath(_ number: Int) -> String { SitePaths.sitemapPart(number) }

    func urlset(_ specs: ArraySlice<PageSpec>) -> String {
        var xml = XMLWriter()
        xml.open("urlset", [("xmlns", Self.namespace)])
        for spec in specs {
            xml.open("url")
            xml.element("loc", renderer.site.absoluteURL(renderer.path(of: spec)))
            if let date = lastModified(spec) { xml.element("lastmod", date.w3cDatetime) }
            xml.close()
        }
        xml.close()
        return xml.text
    }

    func sitemapIndex(_ parts: [ArraySlice<PageSpec>]) -> String {
        var xml = XMLWriter()
        xml.open("sitemapindex", [("xmlns", Self.namespace)])
        for (number, part) in parts.enumerated() {
            xml.open("sitemap")
            xml.element("loc", renderer.site.absoluteURL(Self.partPath(number + 1)))
            if let date = part.compactMap(lastModified).max() { xml.element("lastmod", date.w3cDatetime) }
            xml.close()
        }
        xml.close()
        return xml.text
    }

    /// Hashes what the sitemap files show beyond the global key: every page's path and `lastmod`, and the
    /// split into parts. Keep in step with ``urlset(_:)`` and ``sitemapIndex(_:)``.
    func fingerprint(seed: UInt64) -> UInt64 {
        var hasher = StableHasher(seed: seed)
        hasher.combine(limit)
        hasher.combine(pages.count)
        for spec in pages {
            hasher.combine(renderer.path(of: spec))
            if let date = lastModified(spec) {
                hasher.combine(date.secondsSinceEpoch)
                hasher.combine(date.utcOffset)
                hasher.combine(date.hasTime)
            } else {
                hasher.combine(0 as UInt64)
            }
        }
        return hasher.finalize()
    }

    /// The date of the newest release shown on the page, nil when it shows none.
    func lastModified(_ spec: PageSpec) -> Timestamp? {
        let index = renderer.index
        let size = renderer.site.pageSize
        let positions: [Int]
        switch spec {
        case .home(let page):
            let start = (page - 1) * size
            positions = Array(min(start, index.entries.count)..<min(start + size, index.entries.count))
        case .release(let position): positions = [position]
        case .taxonomyIndex(let taxonomy): positions = (index.terms[taxonomy] ?? []).compactMap { $0.entries.min() }
        case .term(let taxonomy, let term, let page): positions = PageRenderer.page((index.terms[taxonomy] ?? [])[term].entries, page, size)
        case .archiveIndex: positions = index.months.compactMap { $0.entries.min() }
        case .archiveMonth(let month): positions = index.months[month].entries
        case .search, .notFound, .partners, .partner: positions = []
        }
        return positions.map { index.entries[$0].release.date }.max()
    }
}
