import Foundation
import SiarCompliance
import SiarContent
import SiarMarkdown

/// The pipeline from `Content/` + `Templates/` to `Site/`.
///
/// ``run(write:cache:)`` is the only place that orders the stages, each named and timed:
/// 1. `load` — read and validate the content (``ContentLoader``),
/// 2. `compliance` — the partners' compliance for the as-of day (``ComplianceReport``), when
///    `compliance.publish` is true and there are partners,
/// 3. `theme` — load and check the theme (``Theme``),
/// 4. `markdown` — every release body through cmark (``MarkdownStage``), links between releases resolved,
/// 5. `index` — the visible releases grouped into terms, months and related releases (``SiteIndex``),
/// 6. `pages`, `documents`, `files`, `swap` — render and write every page and file into a fresh tree, then
///    swap it in (``SiteOutput``),
/// 7. `cache` — record what the next build may reuse (``BuildCache``).
/// Any error stops the pipeline before stage 6 touches the disk, so a failed build leaves `Site/` as it was.
///
/// The ``BuildCache`` is read before the first stage and written after the last; in between, the stages
/// take it as a plain value where they can reuse work (unchanged release files are not parsed again,
/// unchanged bodies not rendered again), and the output keeps every file whose fingerprint
/// (``PageFingerprints``) is unchanged instead of rendering it (``OutputTree``). An edit costs about what it
/// touches; the output is byte for byte what a build without the cache writes, and still swapped in whole.
public struct SiteBuilder: Sendable {
    public let root: String
    public let options: BuildOptions

    public init(root: String, options: BuildOptions = BuildOptions()) {
        self.root = root
        self.options = options
    }

    /// The output folder this build writes.
    public var output: String { options.output ?? ProjectFiles(root: root).fileSystemPath(SitePaths.outputFolder) }

    /// Runs every stage and writes the site.
    public func build() -> BuildResult { run(write: true, cache: options.cache) }

    /// Runs every stage except writing: everything `build` would report, nothing on disk changes.
    public func check() -> BuildResult { run(write: false, cache: .off) }

    private func run(write: Bool, cache mode: BuildOptions.CacheMode) -> BuildResult {
        var clock = StageClock()
        var diagnostics: [Diagnostic] = []
        let files = ProjectFiles(root: root)
        let caching = write && mode != .off
        let previous = caching && mode == .reuse ? BuildCache.read(for: output) : nil
        func failed() -> BuildResult { BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil) }

        let (loaded, sources) = clock.stage("load") {
            let loader = ContentLoader(root: root)
            return caching ? loader.load(reusing: previous?.releases) : (loader.load(), ReleaseCache(key: 0))
        }
        diagnostics += loaded.diagnostics
        // Content with errors is still checked by the stages below (links, templates) so that one run reports
        // every problem; the errors stop the pipeline before anything is rendered or written.
        let loadFailed = loaded.content == nil
        guard var content = loaded.content ?? loaded.parsed else { return failed() }
        if let baseURL = options.baseURL { content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let site = content.site
        let asOf = options.asOf.resolve(utcOffset: site.utcOffset, now: Int(Date().timeIntervalSince1970))

        let compliance = clock.stage("compliance") {
            !loadFailed && site.compliance.publish && !content.partners.isEmpty
                ? ComplianceReport(content: content, asOf: asOf.localDay) : nil
        }
        let theme = clock.stage("theme") {
            let (theme, problems) = Theme.load(from: files, language: site.language)
            diagnostics += problems
            return theme
        }
        let markdown = clock.stage("markdown") {
            let failedReleaseFiles =
                loadFailed
                ? Set(files.files(under: SitePaths.releasesFolder, suffix: ".md")).subtracting(content.releases.map(\.path)) : []
            return MarkdownStage(site: site).render(
                content.releases, reusing: previous?.markdown, failedReleaseFiles: failedReleaseFiles, diagnostics: &diagnostics)
        }
        let (index, publication) = clock.stage("index") {
            let publication = Publication(content.releases, asOf: asOf, options: options)
            let entries = publication.published.map { position in
                ReleaseEntry(release: content.releases[position], body: markdown.bodies[position], visibility: .published)
            }
            return (SiteIndex(entries: entries, site: site, reusing: previous?.related, diagnostics: &diagnostics), publication)
        }
        guard let theme, !diagnostics.contains(where: { $0.severity == .error }) else { return failed() }

        let pages = compliance.map {
            CompliancePages(
                report: $0, files: files, releases: content.releases, releasePaths: index.pathsBySlug,
                unverifiedEvidence: site.compliance.unverifiedEvidence)
        }
        let renderer = PageRenderer(site: site, index: index, theme: theme, options: options, asOf: asOf, compliance: pages)
        let specs = clock.stage("plan") { renderer.plan() }
        var outcome = SiteOutput.Outcome()
        if write {
            var siteOutput = SiteOutput(renderer: renderer, files: files, writer: SiteWriter(output: output))
            if caching {
                siteOutput.reuse(previous, sources: sources, releases: content.releases, output: output)
            }
            do {
                outcome = try siteOutput.write(specs, clock: &clock)
            } catch {
                diagnostics.append(Diagnostic(.outputFailed(String(describing: error)), at: SourceLocation(path: relativeOutput)))
                return failed()
            }
        }
        if caching {
            clock.stage("cache") {
                BuildCache(
                    code: BuildCache.codeIdentity, releases: sources, markdown: markdown.cache,
                    related: RelatedCache(signature: index.relatedSignature, related: index.related), output: outcome.records,
                    spare: previous?.output ?? [:]
                ).write(for: output)
            }
        }

        var report = BuildReport(
            pagesByKind: BuildReport.pagesByKind(specs), filesWritten: outcome.files, skippedDrafts: publication.drafts,
            expired: publication.expired, embargoed: publication.embargoed, timings: clock.timings, output: output, asOf: asOf)
        report.reusedPages = outcome.reusedPages
        report.reusedFiles = outcome.reusedFiles
        return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: report)
    }

    private var relativeOutput: String {
        output.hasPrefix(root + "/") ? String(output.dropFirst(root.count + 1)) : output
    }
}
