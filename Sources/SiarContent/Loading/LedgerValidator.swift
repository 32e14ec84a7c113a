/// The ledger rules of `siar check`, run over ledger texts held in memory, so that a change can be checked
/// before it is written.
///
/// `Content/site.yml`, the partner files and the release slugs are read from disk once, when the validator
/// is made; ``check(_:)`` then parses the given ledger texts exactly as ``ContentLoader`` parses the files
/// (the same row rules, ids unique across all years).
///
/// ```swift
/// let validator = LedgerValidator(root: ".")
/// let result = validator.check([ledger.path: ledger.text])
/// ```
public struct LedgerValidator: Sendable {
    /// The site settings; nil when `Content/site.yml` is missing or unusable (see ``baseDiagnostics``).
    public let site: SiteConfig?
    /// The problems of `Content/site.yml` and the partner files, part of every result.
    public let baseDiagnostics: [Diagnostic]
    private let parser: LedgerParser

    /// What a check found.
    public struct Result: Sendable {
        /// The placements of every error-free row, as the loader would return them.
        public var placements: [Placement]
        /// ``LedgerValidator/baseDiagnostics`` and the diagnostics of the ledger files.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the site settings, the partners and the release slugs of the project at `root`.
    public init(root: String) {
        let loader = ContentLoader(root: root)
        let files = loader.files
        var diagnostics: [Diagnostic] = []
        let site = Self.loadSite(files, diagnostics: &diagnostics)
        let partners = loader.loadPartners(diagnostics: &diagnostics)
        var slugs: [String] = []
        var failed = Set<String>()
        if let site {
            let releases = ReleaseParser(site: site, fileExists: { _ in true })
            let parsed = files.files(under: SitePaths.releasesFolder, suffix: ".md").parallelMap { path -> (String?, failed: String?) in
                var ignored: [Diagnostic] = []
                guard case .success(let text) = files.text(path) else { return (nil, nil) }
                if let release = releases.parse(text, path: path, diagnostics: &ignored)?.0 { return (release.slug, nil) }
                return (nil, ReleaseParser.claimedSlug(text, path: path))
            }
            slugs = parsed.compactMap(\.0)
            failed = Set(parsed.compactMap(\.failed))
        }
        self.site = site
        self.baseDiagnostics = diagnostics
        self.parser = LedgerParser(
            partners: partners.partners, unreadablePartners: partners.unreadable, releaseSlugs: slugs,
            failedReleaseSlugs: failed, files: files)
    }

    /// The project paths of the ledger files at `root`: every `Content/placements/*.csv` but the audit trail.
    public static func ledgerPaths(root: String) -> [String] { LedgerParser.paths(in: ProjectFiles(root: root)) }

    /// Checks `ledgers` (project path → text with LF line ends) as if they were all the ledger files.
    public func check(_ ledgers: [String: String]) -> Result {
        var diagnostics = baseDiagnostics
        let placements = parser.placements(
            of: ledgers.keys.sorted(),
            text: { path in .success(ledgers[path] ?? "") },
            diagnostics: &diagnostics)
        return Result(placements: placements, diagnostics: diagnostics)
    }

    private static func loadSite(_ files: ProjectFiles, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard files.exists(SiteConfigParser.path) else {
            diagnostics.append(Diagnostic(.missingSiteConfig, at: SourceLocation(path: SiteConfigParser.path)))
            return nil
        }
        switch files.text(SiteConfigParser.path) {
        case .success(let text): return SiteConfigParser.parse(text, diagnostics: &diagnostics)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
