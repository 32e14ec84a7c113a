import SiarContent

/// The visible releases and every grouping of them, computed once per build and shared by all pages.
public struct SiteIndex: Sendable {
    /// Visible releases, newest first.
    public let entries: [ReleaseEntry]
    /// For each taxonomy, its terms sorted by name, each with the indexes of its entries (newest first).
    public let terms: [Taxonomy: [(term: Term, entries: [Int])]]
    /// (year, month) → entry indexes, newest month first.
    public let months: [(year: Int, month: Int, entries: [Int])]
    /// Entry index → indexes of up to four related entries.
    public let related: [[Int]]
    /// Slug → entry index.
    public let positionBySlug: [String: Int]

    /// Slug → site path of the release page, for every entry (the first of a slug claimed twice).
    var pathsBySlug: [String: String] {
        Dictionary(entries.indices.map { (entries[$0].release.slug, entries[$0].url) }, uniquingKeysWith: { first, _ in first })
    }

    /// ``RelatedCache/signature(of:)`` of the entries.
    let relatedSignature: UInt64
    /// ``Slug/make(from:)`` of every category, tag and author name of the entries: the folding is costly
    /// and the same few names recur on thousands of releases.
    private let slugs: [String: String]

    /// Builds the index; a term collision (two spellings, one slug) is reported in `diagnostics`.
    public init(entries: [ReleaseEntry], site: SiteConfig, diagnostics: inout [Diagnostic]) {
        self.init(entries: entries, site: site, reusing: nil, diagnostics: &diagnostics)
    }

    /// Builds the index, taking the related entries from `cache` when they were computed for the same
    /// entries and terms.
    init(entries: [ReleaseEntry], site: SiteConfig, reusing cache: RelatedCache?, diagnostics: inout [Diagnostic]) {
        self.entries = entries
        var positions: [String: Int] = [:]
        // Loops go by index: binding each entry would copy the whole release and its rendered body.
        for index in entries.indices { positions[entries[index].release.slug] = index }
        positionBySlug = positions

        var slugs: [String: String] = [:]
        var terms: [Taxonomy: [(term: Term, entries: [Int])]] = [:]
        for taxonomy in Taxonomy.allCases {
            var bySlug: [String: (term: Term, entries: [Int], path: String)] = [:]
            for index in entries.indices {
                for raw in Set(taxonomy.terms(of: entries[index].release)) {
                    let name = taxonomy == .region ? (site.region(raw)?.name ?? raw) : raw
                    var slug = raw
                    if taxonomy != .region {
                        if let known = slugs[raw] {
                            slug = known
                        } else {
                            slug = Slug.make(from: raw)
                            slugs[raw] = slug
                        }
                    }
                    guard !slug.isEmpty else { continue }
                    if let existing = bySlug[slug] {
                        if existing.term.name != name {
                            diagnostics.append(
                                Diagnostic(
                                    .termCollision(taxonomy: taxonomy.labelKey, slug: slug, first: existing.term.name, second: name),
                                    at: SourceLocation(path: entries[index].release.path)))
                        }
                        bySlug[slug]?.entries.append(index)
                    } else {
                        bySlug[slug] = (Term(taxonomy: taxonomy, name: name, slug: slug), [index], entries[index].release.path)
                    }
                }
            }
            terms[taxonomy] = bySlug.values.map { ($0.term, $0.entries) }.sorted { $0.term.slug < $1.term.slug }
        }
        self.terms = terms
        self.slugs = slugs

        var monthIndex: [Int: [Int]] = [:]
        for index in entries.indices {
            let day = entries[index].release.date.localDay
            monthIndex[day.year * 100 + day.month, default: []].append(index)
        }
        months = monthIndex.keys.sorted(by: >).map { key in (key / 100, key % 100, monthIndex[key] ?? []) }
        relatedSignature = RelatedCache.signature(of: entries)
        related =
            cache?.lists(for: relatedSignature, count: entries.count) ?? Self.relatedEntries(entries: entries, terms: terms)
    }

    /// The entries of one term.
    public func entries(of term: Term) -> [Int] {
        terms[term.taxonomy]?.first { $0.term == term }?.entries ?? []
    }

    /// The term objects a release belongs to in `taxonomy`, in the release's own order.
    public func terms(of release: Release, in taxonomy: Taxonomy, site: SiteConfig) -> [Term] {
        taxonomy.terms(of: release).compactMap { raw in
            let slug = taxonomy == .region ? raw : slugs[raw] ?? Slug.make(from: raw)
            guard !slug.isEmpty else { return nil }
            return Term(taxonomy: taxonomy, name: taxonomy == .region ? (site.region(raw)?.name ?? raw) : raw, slug: slug)
        }
    }

    /// Up to four related entries per entry: shared tags weigh 3, the category 2, a region 1; ties go to the
    /// closer date, then the slug. Only the 40 date-nearest members of each shared term are considered, so
    /// the cost stays linear in the number of releases.
    static func relatedEntries(entries: [ReleaseEntry], terms: [Taxonomy: [(term: Term, entries: [Int])]]) -> [[Int]] {
        let weights: [Taxonomy: Int] = [.tag: 3, .category: 2, .region: 1]
        var memberships = [[(list: [Int], position: Int, weight: Int)]](repeating: [], count: entries.count)
        for (taxonomy, weight) in weights {
            for (_, list) in terms[taxonomy] ?? [] {
                for (position, index) in list.enumerated() { memberships[index].append((list, position, weight)) }
            }
        }
        let candidates = memberships
        return Array(entries.indices).parallelMap { index in
            var scores: [Int: Int] = [:]
            for membership in candidates[index] {
                let low = max(0, membership.position - 20)
                let high = min(membership.list.count, membership.position + 21)
                for other in membership.list[low..<high] where other != index {
                    scores[other, default: 0] += membership.weight
                }
            }
            return scores.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                let da = abs(a.key - index)
                let db = abs(b.key - index)
                return da != db ? da < db : entries[a.key].slug < entries[b.key].slug
            }.prefix(4).map(\.key)
        }
    }
}
