import SiarContent

/// What a build includes and where it goes: the flags of `siar build` and the preview server.
public struct BuildOptions: Sendable {
    /// The output folder; nil means `<root>/Site`.
    public var output: String?
    /// Include releases marked `draft: true`.
    public var includeDrafts: Bool
    /// Include releases dated after `asOf`.
    public var includeFuture: Bool
    /// The moment the site is built for.
    public var asOf: AsOf
    /// Overrides `base_url` of site.yml (e.g. for a staging host).
    public var baseURL: String?
    /// Marks drafts and embargoed releases visibly and lets the preview server inject its reload script.
    public var preview: Bool
    /// How the build uses the build cache beside its output.
    public var cache: CacheMode

    /// How a build uses the build cache `<parent>/.siar-cache/<output name>/` of its output folder.
    public enum CacheMode: Sendable, Hashable {
        /// Reuse what the previous build left (unchanged releases, unchanged pages), then update the cache.
        case reuse
        /// Build everything from scratch, then write a fresh cache (`siar build --no-cache`).
        case refresh
        /// Neither read nor write a cache.
        case off
    }

    public init(
        output: String? = nil, includeDrafts: Bool = false, includeFuture: Bool = false, asOf: AsOf = .now,
        baseURL: String? = nil, preview: Bool = false, cache: CacheMode = .reuse
    ) {
        self.output = output
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.asOf = asOf
        self.baseURL = baseURL
        self.preview = preview
        self.cache = cache
    }
}
