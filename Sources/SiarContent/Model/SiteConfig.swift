/// The settings of `Content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// The label language of the theme; URLs do not change with it.
    public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
        case id
        case en
    }

    public var title: String
    /// Always ends with `/`.
    public var baseURL: String
    public var language: Language
    /// Seconds east of UTC; applied to dates written without an offset.
    public var utcOffset: Int
    public var description: String
    /// The issuing body, publisher of every release.
    public var office: String
    public var pageSize: Int
    public var regions: [Region]
    /// Pass raw HTML in Markdown through (trusted authors only).
    public var unsafeHTML: Bool
    public var compliance: ComplianceSettings

    /// The `compliance:` block.
    public struct ComplianceSettings: Sendable, Hashable {
        /// Emit the `/mitra/` pages into the public site.
        public var publish: Bool
        /// A line is `behind` when its achieved % is more than this many points below the elapsed %.
        public var paceWarningPoints: Double
        /// Show the evidence of placements that are not verified yet on the public `/mitra/` pages.
        public var unverifiedEvidence: Bool

        public init(publish: Bool = true, paceWarningPoints: Double = 15, unverifiedEvidence: Bool = false) {
            self.publish = publish
            self.paceWarningPoints = paceWarningPoints
            self.unverifiedEvidence = unverifiedEvidence
        }
    }

    public init(
        title: String, baseURL: String, language: Language = .id, utcOffset: Int = 8 * 3600,
        description: String = "", office: String = "", pageSize: Int = 20, regions: [Region] = [],
        unsafeHTML: Bool = false, compliance: ComplianceSettings = .init()
    ) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.utcOffset = utcOffset
        self.description = description
        self.office = office
        self.pageSize = pageSize
        self.regions = regions
        self.unsafeHTML = unsafeHTML
        self.compliance = compliance
    }

    /// The region with `id`, if listed.
    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }

    /// The absolute URL of a site path such as `/berita/x/`.
    public func absoluteURL(_ path: String) -> String {
        baseURL + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }
}
