import Foundation
import SiarCompliance
import SiarContent
import SiarMarkdown

/// The pipeline from `Content/` + `Templates/` to `Site/`.
///
/// The stages run in this order, and this is the only place that says so:
/// 1. load and validate the content (``ContentLoader``),
/// 2. compute the partners' compliance for the as-of day (``ComplianceReport``), when `compliance.publish`
///    is true and there are partners,
/// 3. load and check the theme (``Theme``),
/// 4. render every release body with cmark (``MarkdownRenderer``), resolving links between releases,
/// 5. index the visible releases (``SiteIndex``) and plan the pages (``PageRenderer/plan()``),
/// 6. render and write every page into a fresh tree, then swap it in (``SiteWriter``).
/// Any error stops the pipeline before stage 6 touches the disk, so a failed build leaves `Site/` as it was.
///
/// A build keeps a ``BuildCache`` beside its output. With it, unchanged release files are not parsed
/// again, unchanged bodies not rendered again, and every output file whose fingerprint
/// (``PageFingerprints``) is unchanged is kept instead of being rendered (``OutputTree``): the staging tree
/// is the output the swap before last replaced, brought up to date, and files it lacks are hard-linked from
/// the live output. An edit costs about what it touches; the output is byte for byte what a build without
/// the cache writes, and still swapped in whole.
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
    public func build() -> BuildResult { run(write: true, cache: options.cache, recycle: true) }

    /// Runs every stage except writing: everything `build` would report, nothing on disk changes.
    public func check() -> BuildResult { run(write: false, cache: .off, recycle: false) }

    /// `recycle` lets the build take the spare tree of the cache as its staging tree.
    private func run(write: Bool, cache mode: BuildOptions.CacheMode, recycle: Bool) -> BuildResult {
        var clock = StageClock()
        var diagnostics: [Diagnostic] = []
        let files = ProjectFiles(root: root)
        let caching = write && mode != .off
        let previous = write && mode == .reuse ? BuildCache.read(for: output) : nil
        // Should an incremental build find a release changed under it, or its recycled tree unusable, it
        // starts again from nothing: no cache, a fresh staging tree.
        let restart = { run(write: write, cache: .refresh, recycle: false) }

        let loader = ContentLoader(root: root)
        var loaded = caching ? loader.load(reusing: previous?.releases) : loader.load()
        diagnostics += loaded.diagnostics
        clock.lap("load")

        guard var content = loaded.content else { return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil) }
        // The releases below are the only copy, and their bodies go to a store that lets each go once rendered.
        loaded.content = nil
        let bodyStore = BodyStore(taking: &content.releases)
        if let baseURL = options.baseURL { content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let site = content.site
        let asOf = options.asOf.resolve(utcOffset: site.utcOffset, now: Int(Date().timeIntervalSince1970))

        let compliance =
            site.compliance.publish && !content.partners.isEmpty ? ComplianceReport(content: content, asOf: asOf.localDay) : nil
        clock.lap("compliance")

        let (loadedTheme, themeProblems) = Theme.load(from: files, language: site.language)
        diagnostics += themeProblems
        clock.lap("theme")

        let markdown: MarkdownStage.Output
        do {
            markdown = try MarkdownStage(site: site).render(
                content.releases, bodies: bodyStore, cache: previous?.markdown, hashes: loaded.contentHashes,
                loader: caching ? loader : nil, diagnostics: &diagnostics)
        } catch {
            return restart()
        }
        clock.lap("markdown")

        var entries: [ReleaseEntry] = []
        var drafts = 0
        var expired = 0
        var embargoed: [BuildReport.Embargo] = []
        for (position, release) in content.releases.enumerated() {
            let visibility = release.visibility(asOf: asOf, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
            switch visibility {
            case .published:
                entries.append(
                    ReleaseEntry(
                        release: release, rendered: markdown.rendered[position], visibility: visibility,
                        hasHTML: markdown.hasHTML[position], linkAnswers: markdown.linkAnswers[position]))
            case .draft: drafts += 1
            case .expired: expired += 1
            case .embargoed: embargoed.append(.init(title: release.title, path: release.path, date: release.date))
            }
        }
        let index = SiteIndex(entries: entries, site: site, reusing: previous?.related, diagnostics: &diagnostics)
        clock.lap("index")

        guard let theme = loadedTheme, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
        }
        let pages = compliance.map { report in
            CompliancePages(
                report: report, files: files, releases: content.releases,
                releasePaths: Dictionary(
                    index.entries.indices.map { (index.entries[$0].release.slug, index.entries[$0].url) },
                    uniquingKeysWith: { first, _ in first }))
        }
        let bodies =
            caching
            ? ReleaseBodies(loader: loader, hashes: loaded.contentHashes, links: markdown.links, unsafeHTML: site.unsafeHTML) : nil
        let renderer = PageRenderer(
            site: site, index: index, theme: theme, options: options, asOf: asOf, compliance: pages, bodies: bodies,
            renderCards: false)
        let specs = renderer.plan()
        var outcome = SiteOutput.Outcome()
        if write {
            var siteOutput = SiteOutput(renderer: renderer, files: files, writer: SiteWriter(output: output))
            if caching {
                let global = PageFingerprints.global(
                    code: BuildCache.codeIdentity, files: files, site: site, options: options, hasPartnerPages: pages != nil)
                var fingerprints = PageFingerprints(global: global, index: index, hashes: loaded.contentHashes, asOf: asOf)
                fingerprints.compliance = pages.map { pages in
                    PageFingerprints.compliance(
                        global: global, files: files, asOf: asOf.localDay, releases: content.releases, entries: index.entries,
                        pages: pages)
                }
                siteOutput.fingerprints = fingerprints
                siteOutput.previous = previous?.output
                siteOutput.spareFolder = BuildCache.spareFolder(for: output)
                siteOutput.recycle = recycle
                siteOutput.spare = previous?.spare
                siteOutput.code = BuildCache.codeIdentity
            }
            do {
                outcome = try siteOutput.write(specs, clock: &clock)
            } catch is SiteOutput.StaleBodies {
                return restart()
            } catch is SiteOutput.RecyclingFailed {
                return restart()
            } catch {
                diagnostics.append(Diagnostic(.outputFailed(String(describing: error)), at: SourceLocation(path: relativeOutput)))
                return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
            }
        }
        if !write { clock.lap("plan") }
        if caching {
            BuildCache(
                code: BuildCache.codeIdentity, releases: loaded.releaseCache ?? ReleaseCache(key: 0), markdown: markdown.cache,
                related: RelatedCache(signature: index.relatedSignature, related: index.related), output: outcome.records,
                spare: previous?.output ?? [:]
            ).write(for: output)
            clock.lap("cache")
        }

        var kinds: [String: Int] = [:]
        for spec in specs { kinds[spec.kind, default: 0] += 1 }
        var report = BuildReport(
            pagesByKind: kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, filesWritten: outcome.files,
            skippedDrafts: drafts, expired: expired, embargoed: embargoed.sorted { $0.date < $1.date },
            timings: clock.timings, output: output, asOf: asOf)
        report.reusedPages = outcome.reusedPages
        report.reusedFiles = outcome.reusedFiles
        return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: report)
    }

    private var relativeOutput: String {
        output.hasPrefix(root + "/") ? String(output.dropFirst(root.count + 1)) : output
    }
}
