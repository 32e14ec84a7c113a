import SiarContent

/// Which releases a build publishes at its as-of time, and what it leaves out, for the build report.
struct Publication {
    /// Positions of the published releases, in the order of the releases.
    private(set) var published: [Int] = []
    private(set) var drafts = 0
    private(set) var expired = 0
    /// Embargoed releases, soonest first.
    private(set) var embargoed: [BuildReport.Embargo] = []

    init(_ releases: [Release], asOf: Timestamp, options: BuildOptions) {
        for position in releases.indices {
            let release = releases[position]
            switch release.visibility(asOf: asOf, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture) {
            case .published: published.append(position)
            case .draft: drafts += 1
            case .expired: expired += 1
            case .embargoed: embargoed.append(.init(title: release.title, path: release.path, date: release.date))
            }
        }
        embargoed.sort { $0.date < $1.date }
    }
}
