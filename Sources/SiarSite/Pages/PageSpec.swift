/// One output file of the site, named by what it shows; the plan of a build is a list of these.
///
/// Specs are plain values, so a build can list every page first, then render them in parallel, and an
/// incremental build can tell which pages an edit touches.
public enum PageSpec: Sendable, Hashable {
    /// The home page listing, page `page` (1-based).
    case home(page: Int)
    case release(index: Int)
    case taxonomyIndex(Taxonomy)
    /// A term's listing; `term` indexes `SiteIndex.terms[taxonomy]`.
    case term(Taxonomy, term: Int, page: Int)
    case archiveIndex
    /// `month` indexes `SiteIndex.months`.
    case archiveMonth(month: Int)
    case search
    case notFound
    /// The compliance overview `/mitra/`.
    case partners
    /// One partner's compliance page; `index` indexes `ComplianceReport.partners`.
    case partner(index: Int)

    /// The kind shown in the build report.
    public var kind: String {
        switch self {
        case .home: "home"
        case .release: "release"
        case .taxonomyIndex, .term: "taxonomy"
        case .archiveIndex, .archiveMonth: "archive"
        case .search: "search"
        case .notFound: "404"
        case .partners, .partner: "partner"
        }
    }
}

/// The URL and output file of paginated listings: page 1 at `base`, page n at `base/halaman/n/`.
enum Pagination {
    static func path(base: String, page: Int) -> String {
        page <= 1 ? base : "\(base)halaman/\(page)/"
    }

    static func pageCount(items: Int, pageSize: Int) -> Int {
        max(1, (items + pageSize - 1) / pageSize)
    }

    /// The output file of a site path: `/berita/x/` → `berita/x/index.html`.
    static func file(for path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}
