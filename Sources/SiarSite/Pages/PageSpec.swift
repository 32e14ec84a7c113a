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

/// How listings split into pages (their URLs are ``SitePaths/page(_:of:)``).
enum Pagination {
    static func pageCount(items: Int, pageSize: Int) -> Int {
        max(1, (items + pageSize - 1) / pageSize)
    }

    /// The page numbers a pager shows on page `current` of `count`: the first, the last and two on either
    /// side of the current one, nil where a run of pages is left out. Linking every page would make each
    /// page of a 500-page listing carry 500 links (quadratic output, and a wall of numbers on a phone); a
    /// gap of a single page shows that page instead.
    static func window(current: Int, count: Int, radius: Int = 2) -> [Int?] {
        guard count > 1 else { return count == 1 ? [1] : [] }
        let shown = Set([1, count] + Array(max(1, current - radius)...min(count, max(1, current + radius))))
            .filter { (1...count).contains($0) }.sorted()
        var items: [Int?] = []
        for number in shown {
            if let last = items.last ?? nil {
                if number - last == 2 { items.append(last + 1) } else if number - last > 2 { items.append(nil) }
            }
            items.append(number)
        }
        return items
    }
}
