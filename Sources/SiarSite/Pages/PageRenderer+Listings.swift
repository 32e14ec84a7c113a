import SiarContent

/// Listing pages: the home page, taxonomy indexes and terms, and the archive.
extension PageRenderer {
    func homePage(_ page: Int) -> String {
        let all = Array(index.entries.indices)
        let count = Pagination.pageCount(items: all.count, pageSize: site.pageSize)
        let slice = Self.page(all, page, site.pageSize)
        let path = SitePaths.page(page, of: SitePaths.home)
        var meta = PageMeta(title: page > 1 ? "\(label("page")) \(page)" : nil, description: site.description, path: path)
        meta.bodyClass = "page-home"
        if page == 1 {
            meta.structuredData = [
                [
                    "@context": "https://schema.org", "@type": "WebSite", "name": site.title, "url": site.baseURL,
                    "inLanguage": site.language.rawValue,
                    "publisher": ["@type": "GovernmentOrganization", "name": site.office.isEmpty ? site.title : site.office],
                ]
            ]
        }
        var values: [String: Any] = [
            "releases": slice.map(listItem), "pagination": pagination(base: SitePaths.home, page: page, count: count),
            "is_first_page": page == 1,
        ]
        if page == 1, let lead = slice.first {
            values["lead"] = card(lead)
            values["releases"] = slice.dropFirst().map(listItem)
        }
        return theme.render("home", context(meta, values))
    }

    func taxonomyIndexPage(_ taxonomy: Taxonomy) -> String {
        let groups = index.terms[taxonomy] ?? []
        let title = label(taxonomy.pluralLabelKey)
        var meta = PageMeta(title: title, description: title, path: taxonomy.indexPath)
        meta.breadcrumbs = [(title, taxonomy.indexPath)]
        meta.bodyClass = "page-terms"
        let values: [String: Any] = [
            "heading": title,
            "terms": groups.map { ["name": $0.term.name, "url": $0.term.url, "count": $0.entries.count] as [String: Any] },
        ]
        return render("terms", meta: meta, values: values)
    }

    func termPage(_ taxonomy: Taxonomy, term position: Int, page: Int) -> String {
        let group = (index.terms[taxonomy] ?? [])[position]
        let count = Pagination.pageCount(items: group.entries.count, pageSize: site.pageSize)
        let path = SitePaths.page(page, of: group.term.url)
        let heading = "\(label(taxonomy.labelKey)): \(group.term.name)"
        var meta = PageMeta(title: page > 1 ? "\(heading) – \(label("page")) \(page)" : heading, description: heading, path: path)
        meta.breadcrumbs = [(label(taxonomy.pluralLabelKey), taxonomy.indexPath), (group.term.name, group.term.url)]
        meta.feeds = [("\(site.title): \(group.term.name)", SitePaths.atomFeed(of: group.term.url), "application/atom+xml")]
        meta.bodyClass = "page-term"
        let values: [String: Any] = [
            "heading": heading, "kind": label(taxonomy.labelKey), "name": group.term.name,
            "count": group.entries.count, "feed_url": SitePaths.atomFeed(of: group.term.url),
            "releases": Self.page(group.entries, page, site.pageSize).map(listItem),
            "pagination": pagination(base: group.term.url, page: page, count: count),
        ]
        return render("list", meta: meta, values: values)
    }

    func archiveIndexPage() -> String {
        var years: [(year: Int, months: [[String: Any]], count: Int)] = []
        for month in index.months {
            let item: [String: Any] = [
                "name": dates.month(month.month), "url": SitePaths.archiveMonth(year: month.year, month: month.month),
                "count": month.entries.count,
            ]
            if let last = years.last, last.year == month.year {
                years[years.count - 1].months.append(item)
                years[years.count - 1].count += month.entries.count
            } else {
                years.append((month.year, [item], month.entries.count))
            }
        }
        let title = label("archive")
        var meta = PageMeta(title: title, description: title, path: SitePaths.archive)
        meta.breadcrumbs = [(title, SitePaths.archive)]
        meta.bodyClass = "page-archive"
        let values: [String: Any] = [
            "heading": title,
            "years": years.map { ["year": $0.year, "months": $0.months, "count": $0.count] as [String: Any] },
        ]
        return render("archive", meta: meta, values: values)
    }

    func archiveMonthPage(_ position: Int) -> String {
        let month = index.months[position]
        let path = SitePaths.archiveMonth(year: month.year, month: month.month)
        let heading = "\(label("archive")): \(dates.monthYear(year: month.year, month: month.month))"
        var meta = PageMeta(title: heading, description: heading, path: path)
        meta.breadcrumbs = [(label("archive"), SitePaths.archive), (dates.monthYear(year: month.year, month: month.month), path)]
        meta.bodyClass = "page-term"
        let values: [String: Any] = [
            "heading": heading, "count": month.entries.count, "releases": month.entries.map(listItem),
        ]
        return render("list", meta: meta, values: values)
    }

    func searchPage() -> String {
        let title = label("search")
        var meta = PageMeta(title: title, description: title, path: SitePaths.search)
        meta.breadcrumbs = [(title, SitePaths.search)]
        meta.bodyClass = "page-search"
        return render("search", meta: meta, values: ["heading": title])
    }

    func notFoundPage() -> String {
        var meta = PageMeta(title: label("not_found_title"), description: label("not_found_text"), path: SitePaths.notFound)
        meta.noindex = true
        meta.bodyClass = "page-404"
        let latest = Array(index.entries.indices.prefix(5)).map(listItem)
        return render("404", meta: meta, values: ["heading": label("not_found_title"), "releases": latest])
    }

    /// Renders `name`, falling back to the generic list template when a theme lacks it.
    func render(_ name: String, meta: PageMeta, values: [String: Any]) -> String {
        theme.render(theme.has(name) ? name : "list", context(meta, values))
    }

    static func page<T>(_ items: [T], _ page: Int, _ size: Int) -> [T] {
        let start = (page - 1) * size
        guard start < items.count else { return [] }
        return Array(items[start..<min(items.count, start + size)])
    }
}
