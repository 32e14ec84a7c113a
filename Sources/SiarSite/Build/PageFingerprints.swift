import SiarContent

/// A stable 64-bit hash per output file of everything its bytes depend on, so an incremental build can keep
/// the previous build's file when the hash is unchanged (``SiteOutput``).
///
/// Every fingerprint starts from the ``global`` key (code, theme, site settings, build options); then
/// comes exactly the data the page's view model reads:
/// - a release: its entry, its previous and next entries and its related entries;
/// - a listing (home page, term page, archive month, 404): page number, page count, term name and count,
///   and the entries it lists;
/// - a taxonomy index: the terms' names, URLs and counts; the archive index: the months and their counts;
/// - the search page and robots.txt: nothing beyond the global key;
/// - a feed: its title and the entries it carries (the as-of time when it carries none);
/// - the search index: the searchable fields of every entry (``SearchIndex/fingerprint(of:)``).
/// - the compliance pages (``compliance(global:files:asOf:releases:entries:pages:)``): the as-of day,
///   the bytes of every partner and ledger file, the evidence files found, and the slug, title and date of
///   every release.
/// An entry's fingerprint hashes its source file's bytes, what its links to other releases resolved to and
/// whether it is shown as embargoed at this as-of time, so any change to a release reaches every page that
/// shows it. The sitemap hashes every page's path and `lastmod` (``Sitemap/fingerprint(seed:)``); the news
/// sitemap has no fingerprint (it depends on the as-of time) and is written on every build.
struct PageFingerprints: Sendable {
    /// Bump when any page or document changes for the same inputs without the executable changing.
    static let version: UInt64 = 1

    let global: UInt64
    /// One per entry of the index.
    let entries: [UInt64]
    /// What every compliance page depends on; nil writes them on every build.
    var compliance: UInt64?

    /// `sources` is the release cache the loader returned: the hash of each release file's bytes.
    init(global: UInt64, index: SiteIndex, sources: ReleaseCache, asOf: Timestamp) {
        self.global = global
        let all = index.entries
        entries = all.indices.map { position in
            // A file the cache does not keep (one with a warning) is parsed on every build: nothing that
            // shows it is reused.
            guard let hash = sources.entries[all[position].release.path]?.contentHash else { return UInt64.random(in: .min ... .max) }
            var hasher = StableHasher()
            hasher.combine(all[position].release.path)
            hasher.combine(hash)
            hasher.combine(all[position].linkAnswers)
            hasher.combine(all[position].release.date > asOf)
            return hasher.finalize()
        }
    }

    /// The key of everything every page depends on.
    ///
    /// `code` identifies the program (``BuildCache/codeIdentity()``); every file of `Templates/` counts
    /// with its bytes except the assets, which pages only name (they are copied on their own).
    static func global(code: UInt64, files: ProjectFiles, site: SiteConfig, options: BuildOptions, hasPartnerPages: Bool) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(version)
        hasher.combine(code)
        hasher.combine(bytes: (try? files.bytes(SitePaths.siteConfigFile)) ?? [])
        hasher.combine(site.baseURL)
        hasher.combine(options.includeDrafts)
        hasher.combine(options.includeFuture)
        hasher.combine(options.preview)
        hasher.combine(hasPartnerPages)
        for path in files.files(under: SitePaths.templatesFolder, suffix: "") {
            hasher.combine(path)
            if path.hasPrefix(SitePaths.assetsFolder + "/") { continue }
            hasher.combine(bytes: (try? files.bytes(path)) ?? [0xFF])
        }
        return hasher.finalize()
    }

    /// The fingerprint of a page, nil when it is written on every build.
    func page(_ spec: PageSpec, file: String, renderer: PageRenderer) -> UInt64? {
        let index = renderer.index
        let size = renderer.site.pageSize
        var hasher = StableHasher(seed: global)
        hasher.combine(file)
        switch spec {
        case .home(let page):
            hasher.combine("home")
            hasher.combine(page)
            hasher.combine(Pagination.pageCount(items: index.entries.count, pageSize: size))
            combine(PageRenderer.page(Array(index.entries.indices), page, size), into: &hasher)
        case .release(let i):
            hasher.combine("release")
            combine([i], into: &hasher)
            combine(i + 1 < entries.count ? [i + 1] : [], into: &hasher)
            combine(i > 0 ? [i - 1] : [], into: &hasher)
            combine(index.related[i], into: &hasher)
        case .taxonomyIndex(let taxonomy):
            hasher.combine("terms")
            hasher.combine(taxonomy.labelKey)
            let groups = index.terms[taxonomy] ?? []
            hasher.combine(groups.count)
            for group in groups {
                hasher.combine(group.term.name)
                hasher.combine(group.term.url)
                hasher.combine(group.entries.count)
            }
        case .term(let taxonomy, let term, let page):
            let group = (index.terms[taxonomy] ?? [])[term]
            hasher.combine("term")
            hasher.combine(taxonomy.labelKey)
            hasher.combine(group.term.name)
            hasher.combine(group.term.slug)
            hasher.combine(group.entries.count)
            hasher.combine(page)
            hasher.combine(Pagination.pageCount(items: group.entries.count, pageSize: size))
            combine(PageRenderer.page(group.entries, page, size), into: &hasher)
        case .archiveIndex:
            hasher.combine("archive")
            hasher.combine(index.months.count)
            for month in index.months {
                hasher.combine(month.year)
                hasher.combine(month.month)
                hasher.combine(month.entries.count)
            }
        case .archiveMonth(let m):
            let month = index.months[m]
            hasher.combine("month")
            hasher.combine(month.year)
            hasher.combine(month.month)
            combine(month.entries, into: &hasher)
        case .search:
            hasher.combine("search")
        case .notFound:
            hasher.combine("404")
            combine(Array(index.entries.indices.prefix(5)), into: &hasher)
        case .partners, .partner:
            guard let compliance else { return nil }
            hasher.combine("compliance")
            hasher.combine(compliance)
        }
        return hasher.finalize()
    }

    /// The key of everything the compliance pages show beyond the global key: the figures are a function of
    /// the partner and ledger files, the releases' slugs, titles and dates, and the as-of day; the pages
    /// also link the evidence files that exist and the releases the site shows.
    static func compliance(
        global: UInt64, files: ProjectFiles, asOf: CalendarDay, releases: [Release], entries: [ReleaseEntry], pages: CompliancePages
    ) -> UInt64 {
        var hasher = StableHasher(seed: global)
        hasher.combine(asOf.dayNumber)
        for folder in [SitePaths.partnersFolder, SitePaths.placementsFolder] {
            for path in files.files(under: folder, suffix: "") {
                hasher.combine(path)
                hasher.combine(bytes: (try? files.bytes(path)) ?? [0xFF])
            }
        }
        hasher.combine(pages.evidenceFiles)
        hasher.combine(releases.count)
        for index in releases.indices {
            hasher.combine(releases[index].slug)
            hasher.combine(releases[index].title)
            hasher.combine(releases[index].date.secondsSinceEpoch)
            hasher.combine(releases[index].date.utcOffset)
        }
        hasher.combine(entries.count)
        for index in entries.indices {
            hasher.combine(entries[index].release.slug)
            hasher.combine(entries[index].url)
        }
        return hasher.finalize()
    }

    /// The fingerprint of a document that shows the entries at `positions` (and nothing else but what
    /// `describe` adds) beyond the global key.
    func document(_ path: String, entries positions: [Int], describe: (inout StableHasher) -> Void = { _ in }) -> UInt64 {
        var hasher = StableHasher(seed: global)
        hasher.combine(path)
        describe(&hasher)
        combine(positions, into: &hasher)
        return hasher.finalize()
    }

    private func combine(_ positions: [Int], into hasher: inout StableHasher) {
        hasher.combine(positions.count)
        for position in positions { hasher.combine(entries[position]) }
    }
}
