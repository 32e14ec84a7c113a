import SiarCompliance
import SiarContent

/// The compliance figures a render turns into the `/mitra/` pages, with what those pages may link to.
///
/// The pipeline builds one when `compliance.publish` is true and there is at least one partner;
/// ``ComplianceSite`` builds one for the internal copy. Besides the report it knows which evidence files
/// exist under `Content/` (they are copied to `/bukti/<path>`, so the evidence column can link them) and
/// where each release shown on the site lives (so a placement links the release it carried).
public struct CompliancePages: Sendable {
    public let report: ComplianceReport
    /// Paths relative to `Content/` of the evidence files the report's placements name and that exist,
    /// sorted.
    public let evidenceFiles: [String]
    /// Release slug → title, for every release of the content (drafts and embargoed ones included).
    public let releaseTitles: [String: String]
    /// Release slug → site path (`/berita/x/`), for the releases on the site.
    public let releasePaths: [String: String]
    /// True for the internal copy written by ``ComplianceSite``: its pages are marked `noindex`.
    public let isInternal: Bool
    private let evidenceSet: Set<String>

    /// Finds the evidence files of `report` under `files`' `Content/` folder.
    ///
    /// - Parameters:
    ///   - releases: every release of the content, for the titles of the releases placements name.
    ///   - releasePaths: slug → site path of the releases the site shows; the others are not linked.
    public init(
        report: ComplianceReport, files: ProjectFiles, releases: [Release], releasePaths: [String: String],
        isInternal: Bool = false
    ) {
        self.report = report
        self.releaseTitles = Dictionary(releases.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        self.releasePaths = releasePaths
        self.isInternal = isInternal
        var found = Set<String>()
        for partner in report.partners {
            for outcome in partner.outcomes {
                guard let evidence = outcome.placement.evidence, !URLCheck.isAbsoluteHTTP(evidence),
                    URLCheck.isContainedRelativePath(evidence), files.exists(SitePaths.contentFile(evidence))
                else { continue }
                found.insert(evidence)
            }
        }
        evidenceSet = found
        evidenceFiles = found.sorted()
    }

    /// The site path of an evidence reference when the site can link it: the URL itself, or
    /// `/bukti/<path>` for an existing file; nil for a file that does not exist.
    func evidenceLink(_ evidence: String) -> String? {
        if URLCheck.isAbsoluteHTTP(evidence) { return evidence }
        return evidenceSet.contains(evidence) ? SitePaths.evidence(evidence) : nil
    }
}
