import SiarContent

/// The non-HTML files of the site (feeds, sitemaps, robots.txt, the search index), as path and text.
///
/// Paths are relative to the site root. Feeds carry the latest ``feedLength`` releases; the per-term Atom
/// feeds sit beside their term pages (`kategori/spbe/atom.xml`), which link to them.
struct SiteDocuments {
    /// How many releases each feed carries.
    static let feedLength = 20

    /// One document: its path from the site root and how to produce its text.
    struct Document: Sendable {
        let path: String
        let text: @Sendable () -> String
    }

    let renderer: PageRenderer

    /// Every document, in a stable order, rendered.
    func all() -> [(path: String, text: String)] {
        documents().parallelMap { ($0.path, $0.text()) }
    }

    /// Renders and writes every document into `staging` in parallel, never holding all of them at once
    /// (a site with thousands of tags has thousands of term feeds); returns the number of files written.
    func write(into staging: StagingTree) throws -> Int {
        let documents = documents()
        let failures = documents.parallelMap { document -> (any Error)? in
            do {
                try staging.write(document.text(), to: document.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return documents.count
    }

    /// Every document, unrendered, in a stable order: robots.txt, the sitemap (and its parts on a very large
    /// site), the news sitemap, the site feeds, the search index, then the term feeds by taxonomy and term.
    func documents() -> [Document] {
        let renderer = self.renderer
        let index = renderer.index
        let site = renderer.site
        let asOf = renderer.asOf
        let latest = Array(index.entries.indices.prefix(Self.feedLength))
        let terms = Taxonomy.allCases.flatMap { taxonomy in
            (index.terms[taxonomy] ?? []).map { (term: $0.term, entries: Array($0.entries.prefix(Self.feedLength))) }
        }
        // Releases recur in many feeds; each is turned into a feed entry once.
        let feedEntries = FeedEntry.entries(at: Set(latest + terms.flatMap(\.entries)).sorted(), renderer: renderer)
        let siteEntries = latest.compactMap { feedEntries[$0] }

        var documents = [Document(path: RobotsFile.path) { RobotsFile(site: site).text() }]
        documents += Sitemap(renderer: renderer).files.map { Document(path: $0.path, text: $0.text) }
        documents += [
            Document(path: NewsSitemap.path) { NewsSitemap(site: site, entries: index.entries, asOf: asOf).text() },
            Document(path: RSSFeed.path) { RSSFeed(site: site, entries: siteEntries).text() },
            Document(path: "/atom.xml") {
                AtomFeed(site: site, title: site.title, path: "/atom.xml", alternatePath: "/", entries: siteEntries, asOf: asOf).text()
            },
            Document(path: JSONFeed.path) { JSONFeed(site: site, entries: siteEntries).text() },
            Document(path: SearchIndex.path) { SearchIndex(renderer: renderer).text() },
        ]
        for (term, positions) in terms {
            documents.append(
                Document(path: term.url + "atom.xml") {
                    AtomFeed(
                        site: site, title: "\(site.title): \(term.name)", path: term.url + "atom.xml", alternatePath: term.url,
                        entries: positions.compactMap { feedEntries[$0] }, asOf: asOf
                    ).text()
                })
        }
        return documents.map { document in Document(path: String(document.path.dropFirst()), text: document.text) }
    }
}
