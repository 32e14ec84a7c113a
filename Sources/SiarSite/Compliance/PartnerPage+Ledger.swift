import SiarCompliance
import SiarContent

/// The ledger side of a partner page: findings, placements with their evidence, and covered releases.
extension PartnerPage {
    /// The in-page anchor of each placement row, by placement id (the first row wins an id used twice).
    var anchors: [String: String] {
        var anchors: [String: String] = [:]
        for (offset, outcome) in summary.outcomes.enumerated() where anchors[outcome.placement.id] == nil {
            anchors[outcome.placement.id] = "tayang-\(offset + 1)"
        }
        return anchors
    }

    /// The findings that keep units from counting, in the report's order.
    func findings() -> [[String: Any]] {
        let anchors = self.anchors
        return summary.findings.filter { !$0.code.isWarning }.map { finding in
            var item: [String: Any] = [
                "code": finding.code.rawValue, "label": text.finding(finding.code), "message": finding.message,
                "placement": finding.placement, "published": text.day(finding.published),
                "quantity": text.number(finding.quantity),
            ]
            item["anchor"] = anchors[finding.placement]
            return item
        }
    }

    /// One notice for the `NOT_VERIFIED_MEDIA` warnings, which every placement of an unverified partner
    /// carries; nil when there are none.
    func warning() -> [String: Any]? {
        let warnings = summary.findings.filter(\.code.isWarning)
        guard let first = warnings.first else { return nil }
        return ["label": text.finding(first.code), "message": first.message, "count": text.number(warnings.count)]
    }

    func placements() -> [[String: Any]] {
        summary.outcomes.enumerated().map { offset, outcome in
            let placement = outcome.placement
            var row: [String: Any] = [
                "id": placement.id, "anchor": "tayang-\(offset + 1)", "published": text.day(placement.published),
                "published_iso": placement.published.description, "service": text.service(placement.service),
                "quantity": quantity(placement), "status": text.status(placement.status),
                "status_class": placement.status.rawValue, "evidence": evidence(of: placement),
                "counted": outcome.finding == nil,
            ]
            row["release"] = placement.release.map(release)
            row["link"] = link(of: placement)
            row["outcome"] = self.outcome(outcome)
            return row
        }
    }

    /// "Dihitung", the finding's label, or both for a placement counted in part.
    func outcome(_ outcome: PlacementOutcome) -> String {
        let counted = text.label("counted_outcome")
        guard let finding = outcome.finding else { return counted }
        let label = text.finding(finding.code)
        guard outcome.counted > 0 else { return label }
        return "\(counted) \(text.number(outcome.counted)); \(label) \(text.number(finding.quantity))"
    }

    /// `15 hari`: the volume with the line's unit.
    func quantity(_ placement: Placement) -> String {
        let unit = summary.partner.contract(placement.contract)?.line(placement.service).map { text.unit($0.unit) }
        return text.number(placement.quantity) + (unit.map { " " + $0 } ?? "")
    }

    /// The release a placement carried: its title, linked when the release is on the site.
    func release(_ slug: String) -> [String: Any] {
        var release: [String: Any] = ["title": releaseTitle(slug, title: pages.releaseTitles[slug]), "slug": slug]
        release["url"] = pages.releasePaths[slug]
        return release
    }

    /// The title of a release the site shows; for a draft, embargoed or expired release the public page
    /// says only that it is not on the site, so the ledger never leaks what is not published. The
    /// internal copy names it.
    func releaseTitle(_ slug: String, title: String?) -> String {
        guard pages.releasePaths[slug] != nil || pages.isInternal else { return text.label("release_not_on_site") }
        return title ?? slug
    }

    /// The link cell: a link only for a verified placement (or any on the internal copy), since nobody has
    /// checked where an unreviewed URL leads; plain text otherwise.
    func link(of placement: Placement) -> [String: Any]? {
        guard let url = placement.url, URLCheck.isAbsoluteHTTP(url) else { return nil }
        guard placement.status == .verified || pages.isInternal else { return ["text": Self.withoutScheme(url)] }
        return ["url": url, "text": Self.withoutScheme(url)]
    }

    /// The evidence cell: a link for a URL or a file copied to `/bukti/`, plain text otherwise; for a placement
    /// not verified, a note that it awaits review unless the settings show unreviewed evidence.
    func evidence(of placement: Placement) -> [String: Any] {
        guard let evidence = placement.evidence else { return ["text": text.label("evidence_none"), "missing": true] }
        guard pages.showsEvidence(of: placement) else { return ["text": text.label("evidence_unreviewed"), "missing": true] }
        guard let link = pages.evidenceLink(evidence) else { return ["text": evidence] }
        let name = URLCheck.isAbsoluteHTTP(evidence) ? Self.withoutScheme(evidence) : String(evidence.split(separator: "/").last ?? "")
        return ["text": name, "url": link]
    }

    func releases() -> [[String: Any]] {
        summary.releases.map { covered in
            var release: [String: Any] = [
                "title": releaseTitle(covered.slug, title: covered.title), "released": text.day(covered.released),
                "released_iso": covered.released.description,
                "first_published": text.day(covered.firstPublished), "lag": text.number(covered.lagDays),
                "placements": covered.placements.joined(separator: ", "),
            ]
            release["url"] = pages.releasePaths[covered.slug]
            return release
        }
    }
}
