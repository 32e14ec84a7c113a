import SiarContent

/// The non-HTML files of the site (feeds, sitemaps, robots.txt, the search index), as path and text.
///
/// Paths are relative to the site root. Feeds carry the latest ``feedLength`` releases; the per-term Atom
/// feeds sit beside their term pages (`kategori/spbe/atom.xml`), which link to them.
struct SiteDocuments {
    /// How many releases each feed carries.
    static let feedLength = 20

    /// One document: its path from the site root and how to produce its text from the feed entries.
    struct Document: Sendable {
        let path: String
        /// Index positions of the releases whose ``FeedEntry`` `text` reads.
        var feedPositions: [Int] = []
        /// ``PageFingerprints`` of the document; nil when it is written on every build.
        var fingerprint: UInt64?
        let text: @Sendable ([Int: FeedEntry]) -> String
    }

    let renderer: PageRenderer
    /// When set, documents carry fingerprints so an incremental build can keep unchanged ones.
    var fingerprints: PageFingerprints?

    init(renderer: PageRenderer, fingerprints: PageFingerprints? = nil) {
        self.renderer = renderer
        self.fingerprints = fingerprints
    }

    /// Every document, in a stable order, rendered.
    func all() -> [(path: String, text: String)] {
        let documents = documents()
        let entries = Self.feedEntries(for: documents, renderer: renderer)
        return documents.parallelMap { ($0.path, $0.text(entries)) }
    }

    /// The feed entries `documents` need. Releases recur in many feeds; each is turned into an entry once.
    static func feedEntries(for documents: [Document], renderer: PageRenderer) -> [Int: FeedEntry] {
        FeedEntry.entries(at: Set(documents.flatMap(\.feedPositions)).sorted(), renderer: renderer)
    }

    /// Every document, unrendered, in a stable order: robots.txt, the sitemap (and its parts on a very large
    /// site), the news sitemap, the site feeds, the search index, then the term feeds by taxonomy and term.
    func documents() -> [Document] {
        let renderer = self.renderer
        let index = renderer.index
        let site = renderer.site
        let asOf = renderer.asOf
        let fingerprints = self.fingerprints
        let latest = Array(index.entries.indices.prefix(Self.feedLength))
        let terms = Taxonomy.allCases.flatMap { taxonomy in
            (index.terms[taxonomy] ?? []).map { (term: $0.term, entries: Array($0.entries.prefix(Self.feedLength))) }
        }
        /// A feed's fingerprint: its entries, and the as-of time when it has none (Atom's `updated`).
        func feedPrint(_ path: String, _ positions: [Int]) -> UInt64? {
            fingerprints?.document(path, entries: positions) { hasher in
                if positions.isEmpty { hasher.combine(asOf.iso8601) }
            }
        }

        var documents = [
            Document(path: RobotsFile.path, fingerprint: fingerprints?.document(RobotsFile.path, entries: [])) { _ in
                RobotsFile(site: site).text()
            }
        ]
        let sitemap = Sitemap(renderer: renderer)
        let sitemapPrint = fingerprints.map { sitemap.fingerprint(seed: $0.global) }
        documents += sitemap.files.map { file in
            let fingerprint = sitemapPrint.flatMap { print in fingerprints?.document(file.path, entries: []) { $0.combine(print) } }
            return Document(path: file.path, fingerprint: fingerprint) { _ in file.text() }
        }
        documents += [
            Document(path: NewsSitemap.path) { _ in NewsSitemap(site: site, entries: index.entries, asOf: asOf).text() },
            Document(path: RSSFeed.path, feedPositions: latest, fingerprint: feedPrint(RSSFeed.path, latest)) { feed in
                RSSFeed(site: site, entries: latest.compactMap { feed[$0] }).text()
            },
            Document(path: SitePaths.atomFeed, feedPositions: latest, fingerprint: feedPrint(SitePaths.atomFeed, latest)) { feed in
                AtomFeed(
                    site: site, title: site.title, path: SitePaths.atomFeed, alternatePath: SitePaths.home,
                    entries: latest.compactMap { feed[$0] },
                    asOf: asOf
                ).text()
            },
            Document(path: JSONFeed.path, feedPositions: latest, fingerprint: feedPrint(JSONFeed.path, latest)) { feed in
                JSONFeed(site: site, entries: latest.compactMap { feed[$0] }).text()
            },
            Document(
                path: SearchIndex.path,
                fingerprint: fingerprints?.document(SearchIndex.path, entries: []) { hasher in
                    hasher.combine(index.entries.count)
                    for entry in index.entries { hasher.combine(SearchIndex.fingerprint(of: entry)) }
                }
            ) { _ in SearchIndex(renderer: renderer).text() },
        ]
        for (term, positions) in terms {
            let path = SitePaths.atomFeed(of: term.url)
            let fingerprint = feedPrint(path, positions).map { print in
                var hasher = StableHasher(seed: print)
                hasher.combine(term.name)
                return hasher.finalize()
            }
            documents.append(
                Document(path: path, feedPositions: positions, fingerprint: fingerprint) { feed in
                    AtomFeed(
                        site: site, title: "\(site.title): \(term.name)", path: path, alternatePath: term.url,
                        entries: positions.compactMap { feed[$0] }, asOf: asOf
                    ).text()
                })
        }
        return documents.map { document in
            Document(
                path: String(document.path.dropFirst()), feedPositions: document.feedPositions, fingerprint: document.fingerprint,
                text: document.text)
        }
    }
}
