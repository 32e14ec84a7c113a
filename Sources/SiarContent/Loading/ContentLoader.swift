/// Loads and validates everything under `Content/`.
///
/// The whole content set is checked in one run: every file is parsed even after another failed, and
/// cross-file rules (unique slugs) run over what could be parsed. Files are read and parsed in parallel.
public struct ContentLoader: Sendable {
    public let files: ProjectFiles

    public init(root: String) {
        self.files = ProjectFiles(root: root)
    }

    /// What loading produced: the content when it is usable, and every diagnostic.
    public struct Result: Sendable {
        /// Nil when an error makes the content unusable (a build must stop).
        public var content: Content?
        /// What could be read even when errors make it unusable (nil only when `Content/site.yml` is), so the
        /// stages that only check (links, templates) still report their problems in the same run.
        public var parsed: Content?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public func load() -> Result {
        load { site, diagnostics in loadReleases(site: site, diagnostics: &diagnostics) }
    }

    /// Loads everything, the releases with `readReleases`.
    func load(releases readReleases: (SiteConfig, inout [Diagnostic]) -> [Release]) -> Result {
        var diagnostics: [Diagnostic] = []
        guard files.exists(SiteConfigParser.path) else {
            return Result(content: nil, diagnostics: [Diagnostic(.missingSiteConfig, at: SourceLocation(path: SiteConfigParser.path))])
        }
        let siteText: String
        switch files.text(SiteConfigParser.path) {
        case .success(let text): siteText = text
        case .failure(let diagnostic): return Result(content: nil, diagnostics: [diagnostic])
        }
        guard let site = SiteConfigParser.parse(siteText, diagnostics: &diagnostics) else {
            return Result(content: nil, diagnostics: diagnostics)
        }
        let releases = readReleases(site, &diagnostics)
        let partners = loadPartners(diagnostics: &diagnostics)
        let placements = loadLedger(partners: partners, releases: releases, diagnostics: &diagnostics)
        let content = Content(site: site, releases: releases, partners: partners.partners, placements: placements)
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(content: failed ? nil : content, parsed: content, diagnostics: diagnostics)
    }

    private func loadReleases(site: SiteConfig, diagnostics: inout [Diagnostic]) -> [Release] {
        let paths = files.files(under: SitePaths.releasesFolder, suffix: ".md")
        let files = self.files
        let parser = ReleaseParser(site: site, fileExists: { files.exists(SitePaths.contentFile($0)) })
        let parsed = paths.parallelMap { path -> ((Release, SourceLocation)?, [Diagnostic]) in
            var found: [Diagnostic] = []
            switch files.text(path) {
            case .success(let text): return (parser.parse(text, path: path, diagnostics: &found), found)
            case .failure(let diagnostic): return (nil, [diagnostic])
            }
        }
        return uniqueReleases(parsed, diagnostics: &diagnostics)
    }

    /// The parsed releases in path order, without the second and later claims of a slug.
    func uniqueReleases(_ parsed: [((Release, SourceLocation)?, [Diagnostic])], diagnostics: inout [Diagnostic]) -> [Release] {
        var releases: [Release] = []
        var slugOwners: [String: String] = [:]
        for (result, found) in parsed {
            diagnostics += found
            guard let (release, slugLocation) = result else { continue }
            if let first = slugOwners[release.slug] {
                diagnostics.append(Diagnostic(.duplicateSlug(release.slug, firstPath: first), at: slugLocation))
                continue
            }
            slugOwners[release.slug] = release.path
            releases.append(release)
        }
        return releases
    }
}
