import SiarContent

/// A press release a partner carried, and how long after its release the first counted placement came.
public struct CoveredRelease: Sendable, Hashable {
    public let slug: String
    public let title: String
    /// The release's day in its own timezone.
    public let released: CalendarDay
    /// The earliest counted placement of the release by the partner.
    public let firstPublished: CalendarDay
    /// Ids of the partner's counted placements of the release, in order.
    public let placements: [String]

    /// Days from release to first placement (0 when the same day).
    public var lagDays: Int { released.days(until: firstPublished) }

    /// The releases covered by `outcomes` (one partner's), oldest release first.
    ///
    /// Only placements that count, wholly or in part, cover a release: the public summary shows verified
    /// coverage, and the rules already refuse placements dated before their release.
    static func covered(by outcomes: [PlacementOutcome], releases: [String: Release]) -> [CoveredRelease] {
        var bySlug: [String: [Placement]] = [:]
        for outcome in outcomes where outcome.counted > 0 {
            guard let slug = outcome.placement.release, releases[slug] != nil else { continue }
            bySlug[slug, default: []].append(outcome.placement)
        }
        let covered = bySlug.compactMap { slug, placements -> CoveredRelease? in
            guard let release = releases[slug], let first = placements.map(\.published).min() else { return nil }
            return CoveredRelease(
                slug: slug, title: release.title, released: release.date.localDay, firstPublished: first,
                placements: placements.map(\.id))
        }
        return covered.sorted { ($0.released, $0.slug) < ($1.released, $1.slug) }
    }

    /// The median of the lags, the mean of the two middle ones for an even count; nil when empty.
    static func medianLag(of releases: [CoveredRelease]) -> Double? {
        let lags = releases.map(\.lagDays).sorted()
        guard !lags.isEmpty else { return nil }
        let middle = lags.count / 2
        return lags.count % 2 == 1 ? Double(lags[middle]) : Double(lags[middle - 1] + lags[middle]) / 2
    }
}
