/// One press release (siaran pers): its front matter and its Markdown body.
public struct Release: Sendable, Hashable {
    /// The source file, relative to the project root.
    public var path: String
    public var title: String
    public var date: Timestamp
    public var author: String
    /// Unique site-wide; `[a-z0-9-]+`.
    public var slug: String
    /// The official release number, e.g. `005/SP/DISKOMINFOTIK/III/2024`.
    public var number: String?
    public var dateline: String?
    public var category: String?
    public var tags: [String]
    /// Region ids from `site.yml`.
    public var regions: [String]
    /// The author's summary; when nil the first paragraph is used.
    public var summary: String?
    /// A path under `Content/` or an absolute URL.
    public var image: String?
    public var imageAlt: String?
    /// The contact person (narahubung).
    public var contact: String?
    public var draft: Bool
    /// The last day the release is shown.
    public var expires: CalendarDay?
    /// The Markdown body.
    public var body: String
    /// The file line on which `body` starts, to turn body lines into file lines.
    public var bodyFirstLine: Int

    public init(
        path: String, title: String, date: Timestamp, author: String, slug: String, number: String? = nil,
        dateline: String? = nil, category: String? = nil, tags: [String] = [], regions: [String] = [],
        summary: String? = nil, image: String? = nil, imageAlt: String? = nil, contact: String? = nil,
        draft: Bool = false, expires: CalendarDay? = nil, body: String, bodyFirstLine: Int = 1
    ) {
        self.path = path
        self.title = title
        self.date = date
        self.author = author
        self.slug = slug
        self.number = number
        self.dateline = dateline
        self.category = category
        self.tags = tags
        self.regions = regions
        self.summary = summary
        self.image = image
        self.imageAlt = imageAlt
        self.contact = contact
        self.draft = draft
        self.expires = expires
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// The public path of the release page.
    public var urlPath: String { SitePaths.release(slug: slug) }
}
