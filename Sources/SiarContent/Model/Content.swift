/// Everything loaded from `Content/`: the site settings and the releases, ready for the later stages.
public struct Content: Sendable {
    public var site: SiteConfig
    /// Newest first; ties broken by slug so every stage sees the same order.
    public var releases: [Release]

    public init(site: SiteConfig, releases: [Release]) {
        self.site = site
        self.releases = releases.sorted(by: Release.newestFirst)
    }

    /// The release with `slug`, if any.
    public func release(slug: String) -> Release? { releases.first { $0.slug == slug } }
}

extension Release {
    /// Newest first, then by slug: the one order of lists, feeds and archives.
    public static func newestFirst(_ a: Release, _ b: Release) -> Bool {
        a.date != b.date ? a.date > b.date : a.slug < b.slug
    }
}
