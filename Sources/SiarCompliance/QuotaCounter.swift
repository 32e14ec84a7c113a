import SiarContent

/// Applies the counting rules of docs/COMPLIANCE.md#counting-order to the ledger, one placement at a time, in a fixed order.
///
/// Placements are taken by day published, then id, so the earlier record wins a duplicate and fills a
/// target first whatever the order of ledger rows and files. Rules are tried in order and the first that
/// fails gives the placement its finding:
/// 2 period, 3 verification, 4 evidence, 5 duplicates, 6 release, 7 target.
///
/// A duplicate is a record of something that already counted: same partner and URL, or same partner,
/// service and release. Only placements that passed every rule before the target check claim their URL
/// and release, so a rejected or out-of-period record never blocks a correct one. Empty URLs and releases
/// never make duplicates. URLs compare without scheme, `www.`, fragment, trailing `/` and case.
struct QuotaCounter {
    let partners: [String: Partner]
    let releases: [String: Release]

    init(content: Content) {
        partners = Dictionary(content.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        releases = Dictionary(content.releases.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The outcome of every placement published by `asOf` that names an existing partner, contract and line
    /// (the loader refuses any other row), in counting order.
    func outcomes(of placements: [Placement], asOf: CalendarDay) -> [PlacementOutcome] {
        let ordered = placements.filter { $0.published <= asOf }.sorted(by: Self.countingOrder)
        var claimedURLs: [String: String] = [:]
        var claimedReleases: [String: String] = [:]
        var remaining: [String: Int] = [:]
        var outcomes: [PlacementOutcome] = []
        for placement in ordered {
            guard let partner = partners[placement.partner], let contract = partner.contract(placement.contract),
                let line = contract.line(placement.service)
            else { continue }
            let urlKey = placement.url.map { placement.partner + "\u{1F}" + Self.normalized(url: $0) }
            let releaseKey = placement.release.map {
                [placement.partner, placement.service.rawValue, $0].joined(separator: "\u{1F}")
            }
            var reason = check(placement, contract: contract, line: line)
            if reason == nil, let first = urlKey.flatMap({ claimedURLs[$0] }) ?? releaseKey.flatMap({ claimedReleases[$0] }) {
                reason = .duplicate(of: first)
            }
            if reason == nil { reason = checkRelease(placement) }
            var counted = 0
            if reason == nil {
                if let urlKey { claimedURLs[urlKey] = placement.id }
                if let releaseKey { claimedReleases[releaseKey] = placement.id }
                let lineKey = placement.partner + "\u{1F}" + contract.number + "\u{1F}" + line.service.rawValue
                let left = remaining[lineKey] ?? line.target
                counted = min(left, placement.quantity)
                remaining[lineKey] = left - counted
                if counted < placement.quantity { reason = .overTarget(target: line.target, excess: placement.quantity - counted) }
            }
            let finding = reason.map { Finding($0, about: placement, quantity: placement.quantity - counted) }
            outcomes.append(
                PlacementOutcome(placement: placement, counted: counted, finding: finding, pressCouncil: partner.pressCouncil))
        }
        return outcomes
    }

    /// Rules 2–4: period, verification, evidence.
    private func check(_ placement: Placement, contract: Contract, line: QuotaLine) -> Finding.Reason? {
        if !contract.covers(placement.published) { return .outOfPeriod(start: contract.start, end: contract.end) }
        switch placement.status {
        case .submitted: return .pending
        case .rejected: return .rejected(note: placement.reviewNote)
        case .verified: break
        }
        guard placement.evidence != nil, let submitted = placement.submitted else { return .missingEvidence }
        let deadline = placement.published.adding(days: line.evidenceDays)
        if submitted > deadline { return .lateEvidence(submitted: submitted, deadline: deadline) }
        return nil
    }

    /// Rule 6: a named release exists and the placement is not older than it.
    private func checkRelease(_ placement: Placement) -> Finding.Reason? {
        guard let slug = placement.release else { return nil }
        guard let release = releases[slug] else { return .unknownRelease(slug) }
        let released = release.date.localDay
        return placement.published < released ? .beforeRelease(slug: slug, released: released) : nil
    }

    /// By day published, then id; ties of equal ids (only possible in hand-made content) by ledger position.
    static func countingOrder(_ a: Placement, _ b: Placement) -> Bool {
        if a.published != b.published { return a.published < b.published }
        if a.id != b.id { return a.id < b.id }
        return a.location < b.location
    }

    /// `HTTPS://www.Example.com/a/#top` and `http://example.com/a` are the same place.
    static func normalized(url: String) -> String {
        var text = url.trimmingWhitespace.lowercased()
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = String(text.dropFirst(scheme.count)) }
        if text.hasPrefix("www.") { text = String(text.dropFirst(4)) }
        while text.hasSuffix("/") { text = String(text.dropLast()) }
        return text
    }
}
