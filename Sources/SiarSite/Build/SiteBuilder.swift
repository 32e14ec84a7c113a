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
public struct SiteBuilder: Sendable {
    public let root: String
    public let options: BuildOptions

    public init(root: String, options: BuildOptions = BuildOptions()) {
        self.root = root
        self.options = options
    }

    /// The output folder this build writes.
    public var output: String { options.output ?? ProjectFiles(root: root).fileSystemPath("Site") }

    /// Runs every stage and writes the site.
    public func build() -> BuildResult { run(write: true) }

    /// Runs every stage except writing: everything `build` would report, nothing on disk changes.
    public func check() -> BuildResult { run(write: false) }

    private func run(write: Bool) -> BuildResult {
        var clock = StageClock()
        var diagnostics: [Diagnostic] = []
        let files = ProjectFiles(root: root)

        let loaded = ContentLoader(root: root).load()
        diagnostics += loaded.diagnostics
        clock.lap("load")

        guard var content = loaded.content else { return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil) }
        if let baseURL = options.baseURL { content.site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let site = content.site
        let asOf = options.asOf.resolve(utcOffset: site.utcOffset, now: Int(Date().timeIntervalSince1970))

        let compliance =
            site.compliance.publish && !content.partners.isEmpty ? ComplianceReport(content: content, asOf: asOf.localDay) : nil
        clock.lap("compliance")

        let (loadedTheme, themeProblems) = Theme.load(from: files, language: site.language)
        diagnostics += themeProblems
        clock.lap("theme")

        let rendered = MarkdownStage(site: site).render(content.releases, diagnostics: &diagnostics)
        clock.lap("markdown")

        var entries: [ReleaseEntry] = []
        var drafts = 0
        var expired = 0
        var embargoed: [BuildReport.Embargo] = []
        for (release, markdown) in zip(content.releases, rendered) {
            let visibility = release.visibility(asOf: asOf, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
            switch visibility {
            case .published: entries.append(ReleaseEntry(release: release, rendered: markdown, visibility: visibility))
            case .draft: drafts += 1
            case .expired: expired += 1
            case .embargoed: embargoed.append(.init(title: release.title, path: release.path, date: release.date))
            }
        }
        let index = SiteIndex(entries: entries, site: site, diagnostics: &diagnostics)
        clock.lap("index")

        guard let theme = loadedTheme, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
        }
        let pages = compliance.map { report in
            CompliancePages(
                report: report, files: files, releases: content.releases,
                releasePaths: Dictionary(index.entries.map { ($0.slug, $0.url) }, uniquingKeysWith: { first, _ in first }))
        }
        let renderer = PageRenderer(site: site, index: index, theme: theme, options: options, asOf: asOf, compliance: pages)
        let specs = renderer.plan()
        var filesWritten = 0
        if write {
            do {
                filesWritten = try SiteOutput(renderer: renderer, files: files, writer: SiteWriter(output: output)).write(specs)
            } catch {
                diagnostics.append(Diagnostic(.outputFailed(String(describing: error)), at: SourceLocation(path: relativeOutput)))
                return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
            }
        }
        clock.lap(write ? "write" : "plan")

        var kinds: [String: Int] = [:]
        for spec in specs { kinds[spec.kind, default: 0] += 1 }
        let report = BuildReport(
            pagesByKind: kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, filesWritten: filesWritten,
            skippedDrafts: drafts, expired: expired, embargoed: embargoed.sorted { $0.date < $1.date },
            timings: clock.timings, output: output, asOf: asOf)
        return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: report)
    }

    private var relativeOutput: String {
        output.hasPrefix(root + "/") ? String(output.dropFirst(root.count + 1)) : output
    }
}
