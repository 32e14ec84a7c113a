/// Everything loaded from `Content/`: the site settings, the releases, the partners with their contracts
/// and the placements ledger, ready for the later stages.
public struct Content: Sendable {
    public var site: SiteConfig
    /// Newest first; ties broken by slug so every stage sees the same order.
    public var releases: [Release]
    /// Sorted by id.
    public var partners: [Partner]
    /// In ledger order: files by year, rows top to bottom.
    public var placements: [Placement]

    public init(site: SiteConfig, releases: [Release], partners: [Partner] = [], placements: [Placement] = []) {
        self.site = site
        // Sorting positions moves integers, not whole releases.
        self.releases = releases.indices.sorted { Release.newestFirst(releases[$0], releases[$1]) }.map { releases[$0] }
        self.partners = partners.sorted { $0.id < $1.id }
        self.placements = placements
    }

    /// The release with `slug`, if any.
    public func release(slug: String) -> Release? { releases.first { $0.slug == slug } }

    /// The partner with `id`, if any.
    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }
}

extension Release {
    /// Newest first, then by slug: the one order of lists, feeds and archives.
    public static func newestFirst(_ a: Release, _ b: Release) -> Bool {
        a.date.secondsSinceEpoch != b.date.secondsSinceEpoch ? a.date > b.date : a.slug < b.slug
    }
}
