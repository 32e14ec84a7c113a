import Foundation
import SiarCompliance
import SiarContent
import SiarMarkdown

/// Turns page specs into HTML with the theme: builds each page's view model, then renders its template.
public struct PageRenderer: Sendable {
    public let site: SiteConfig
    public let index: SiteIndex
    public let theme: Theme
    public let options: BuildOptions
    public let asOf: Timestamp
    /// The figures of the `/mitra/` pages; nil when the render has none (`compliance.publish: false`).
    public let compliance: CompliancePages?
    let dates: DateLabels
    /// Each visible release as listings show it (``listItem(_:)``: the card's values and its HTML from
    /// `partials/release-card`), made the first time a page lists it and shared by every later one: a
    /// release appears on about a dozen list pages, and Mustache lookups are the costly part of a page.
    let cards: CardStore
    /// The header and footer, rendered ahead (``PageChrome``).
    private(set) var chrome = PageChrome.empty

    public init(
        site: SiteConfig, index: SiteIndex, theme: Theme, options: BuildOptions, asOf: Timestamp,
        compliance: CompliancePages? = nil
    ) {
        self.site = site
        self.index = index
        self.theme = theme
        self.options = options
        self.asOf = asOf
        self.compliance = compliance
        self.dates = DateLabels(language: site.language)
        self.cards = CardStore(count: index.entries.count)
        let renderer = self
        chrome = PageChrome(theme: theme, itemCount: navigationItems().count) { renderer.siteValues(current: $0) }
    }

    /// Every HTML page of the site, in a stable order.
    public func plan() -> [PageSpec] {
        var specs: [PageSpec] = []
        let homePages = Pagination.pageCount(items: index.entries.count, pageSize: site.pageSize)
        specs += (1...homePages).map { PageSpec.home(page: $0) }
        specs += index.entries.indices.map { PageSpec.release(index: $0) }
        for taxonomy in Taxonomy.allCases {
            specs.append(.taxonomyIndex(taxonomy))
            for (position, group) in (index.terms[taxonomy] ?? []).enumerated() {
                let pages = Pagination.pageCount(items: group.entries.count, pageSize: site.pageSize)
                specs += (1...pages).map { PageSpec.term(taxonomy, term: position, page: $0) }
            }
        }
        specs.append(.archiveIndex)
        specs += index.months.indices.map { PageSpec.archiveMonth(month: $0) }
        specs += compliancePlan()
        specs.append(.search)
        specs.append(.notFound)
        return specs
    }

    /// The site path (`/berita/x/`) of a page.
    public func path(of spec: PageSpec) -> String {
        switch spec {
        case .home(let page): SitePaths.page(page, of: SitePaths.home)
        case .release(let i): index.entries[i].url
        case .taxonomyIndex(let taxonomy): taxonomy.indexPath
        case .term(let taxonomy, let term, let page):
            SitePaths.page(page, of: (index.terms[taxonomy] ?? [])[term].term.url)
        case .archiveIndex: SitePaths.archive
        case .archiveMonth(let m): SitePaths.archiveMonth(year: index.months[m].year, month: index.months[m].month)
        case .search: SitePaths.search
        case .notFound: SitePaths.notFound
        case .partners: SitePaths.partners
        case .partner(let i): SitePaths.partner(compliance?.report.partners[i].id ?? "")
        }
    }

    /// The output file of a page, relative to the site root.
    public func file(of spec: PageSpec) -> String { SitePaths.file(for: path(of: spec)) }

    /// The HTML of a page.
    public func html(for spec: PageSpec) -> String {
        switch spec {
        case .home(let page): homePage(page)
        case .release(let i): releasePage(i)
        case .taxonomyIndex(let taxonomy): taxonomyIndexPage(taxonomy)
        case .term(let taxonomy, let term, let page): termPage(taxonomy, term: term, page: page)
        case .archiveIndex: archiveIndexPage()
        case .archiveMonth(let m): archiveMonthPage(m)
        case .search: searchPage()
        case .notFound: notFoundPage()
        case .partners: partnersPage()
        case .partner(let i): partnerPage(i)
        }
    }

    func label(_ key: String) -> String { theme.labels[key] ?? key }
}
