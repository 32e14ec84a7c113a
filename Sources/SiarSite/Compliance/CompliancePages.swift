import SiarCompliance
import SiarContent

/// The compliance figures a render turns into the `/mitra/` pages, with what those pages may link to.
///
/// The pipeline builds one when `compliance.publish` is true and there is at least one partner;
/// ``ComplianceSite`` builds one for the internal copy. Besides the report it knows which evidence the
/// pages may show (the files are copied to `/bukti/<path>`, so the evidence column can link them) and
/// where each release shown on the site lives (so a placement links the release it carried).
///
/// Only evidence that passes ``EvidenceCheck`` is ever shown or copied, so no other file under
/// `Content/` reaches the site whatever a ledger row names. The evidence of a placement that is not
/// verified is shown only in the internal copy, or when `site.yml` sets
/// `compliance.unverified_evidence: true`.
public struct CompliancePages: Sendable {
    public let report: ComplianceReport
    /// Paths relative to `Content/` of the evidence files the pages show, sorted: valid evidence
    /// (``EvidenceCheck``) of placements whose evidence may be shown.
    public let evidenceFiles: [String]
    /// Release slug → title, for every release of the content (drafts and embargoed ones included).
    public let releaseTitles: [String: String]
    /// Release slug → site path (`/berita/x/`), for the releases on the site.
    public let releasePaths: [String: String]
    /// True for the internal copy written by ``ComplianceSite``: its pages are marked `noindex`.
    public let isInternal: Bool
    private let evidenceSet: Set<String>
    /// Show the evidence of placements that are not verified (the internal copy always does).
    let showsUnverifiedEvidence: Bool

    /// Finds the evidence files of `report` under `files`' `Content/` folder.
    ///
    /// - Parameters:
    ///   - releases: every release of the content, for the titles of the releases placements name.
    ///   - releasePaths: slug → site path of the releases the site shows; the others are not linked.
    ///   - unverifiedEvidence: show the evidence of placements that are not verified yet (`site.yml`
    ///     `compliance.unverified_evidence`); ignored by the internal copy, which shows it.
    public init(
        report: ComplianceReport, files: ProjectFiles, releases: [Release], releasePaths: [String: String],
        unverifiedEvidence: Bool = false, isInternal: Bool = false
    ) {
        self.report = report
        self.releaseTitles = Dictionary(releases.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        self.releasePaths = releasePaths
        self.isInternal = isInternal
        self.showsUnverifiedEvidence = unverifiedEvidence || isInternal
        var found = Set<String>()
        for partner in report.partners {
            for outcome in partner.outcomes {
                let placement = outcome.placement
                guard let evidence = placement.evidence, !EvidenceCheck.isHTTPS(evidence),
                    placement.status == .verified || unverifiedEvidence || isInternal,
                    EvidenceCheck.problem(with: evidence, partner: placement.partner, files: files) == nil
                else { continue }
                found.insert(evidence)
            }
        }
        evidenceSet = found
        evidenceFiles = found.sorted()
    }

    /// The site path of an evidence reference when the site can link it: an `https://` URL itself, or
    /// `/bukti/<path>` for a file that is copied; nil otherwise.
    func evidenceLink(_ evidence: String) -> String? {
        if EvidenceCheck.isHTTPS(evidence) { return evidence }
        return evidenceSet.contains(evidence) ? SitePaths.evidence(evidence) : nil
    }

    /// True when the pages may show the evidence and URL of `placement`: it is verified, or the settings
    /// allow unreviewed evidence.
    func showsEvidence(of placement: Placement) -> Bool {
        placement.status == .verified || showsUnverifiedEvidence
    }
}
