import Foundation
import SiarCompliance
import SiarContent

/// The `/mitra/` pages on their own, for internal use when `compliance.publish` is false:
/// `siar compliance --format html --output DIR`.
///
/// ```swift
/// let result = ComplianceSite(root: ".", content: content, report: report, asOf: asOf).write(to: "Laporan")
/// ```
///
/// The folder gets the overview, one page per partner of `report` (filter the report for one partner),
/// the theme's assets and the evidence files the pages link, and nothing else. It is written like a site
/// (``SiteWriter``: a fresh tree swapped in whole), with links made portable (``PortableLinks``) so it can
/// be opened from disk, mailed or archived with the payment documents; its pages are marked `noindex`.
///
/// Because the whole folder is replaced, an existing folder is only replaced when it is empty or holds a
/// previous copy (`mitra/index.html` and no `index.html`): a mistyped `--output` never wipes other files.
public struct ComplianceSite: Sendable {
    public let root: String
    public let content: Content
    public let report: ComplianceReport
    /// The moment the pages say they were computed for; the report's day should be its local day.
    public let asOf: Timestamp

    public init(root: String, content: Content, report: ComplianceReport, asOf: Timestamp) {
        self.root = root
        self.content = content
        self.report = report
        self.asOf = asOf
    }

    /// Renders and writes the pages into `output`; the result carries the theme's diagnostics and, when
    /// the folder was written, a report with its page and file counts.
    public func write(to output: String) -> BuildResult {
        var clock = StageClock()
        let files = ProjectFiles(root: root)
        let site = content.site
        var (loadedTheme, diagnostics) = Theme.load(from: files, language: site.language)
        clock.lap("theme")
        guard let theme = loadedTheme, !diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
        }
        guard Self.isReplaceable(output) else {
            let why = "'\(output)' exists and holds other files; choose a new or empty folder"
            diagnostics.append(Diagnostic(.outputFailed(why), at: SourceLocation(path: output)))
            return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
        }
        var unused: [Diagnostic] = []
        let visible = content.releases.filter { $0.visibility(asOf: asOf) == .published }
        let pages = CompliancePages(
            report: report, files: files, releases: content.releases,
            releasePaths: Dictionary(visible.map { ($0.slug, $0.urlPath) }, uniquingKeysWith: { first, _ in first }),
            isInternal: true)
        let renderer = PageRenderer(
            site: site, index: SiteIndex(entries: [], site: site, diagnostics: &unused), theme: theme,
            options: BuildOptions(output: output, asOf: .moment(asOf)), asOf: asOf, compliance: pages)
        let specs = renderer.compliancePlan()
        let count: Int
        do {
            count = try write(specs, renderer: renderer, files: files, to: output)
        } catch {
            diagnostics.append(Diagnostic(.outputFailed(String(describing: error)), at: SourceLocation(path: output)))
            return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: nil)
        }
        clock.lap("write")
        let report = BuildReport(
            pagesByKind: specs.isEmpty ? [] : [("partner", specs.count)], filesWritten: count, skippedDrafts: 0, expired: 0,
            embargoed: [], timings: clock.timings, output: output, asOf: asOf)
        return BuildResult(diagnostics: DiagnosticReport(diagnostics), report: report)
    }

    /// Writes pages, assets and evidence into a staging tree and swaps it in; returns the file count.
    private func write(_ specs: [PageSpec], renderer: PageRenderer, files: ProjectFiles, to output: String) throws -> Int {
        let assets = renderer.theme.assets.map { (source: $0, target: SitePaths.siteFile(ofTemplateFile: $0)) }
        let evidence = (renderer.compliance?.evidenceFiles ?? []).map {
            (source: SitePaths.contentFile($0), target: SitePaths.file(for: SitePaths.evidence($0)))
        }
        let pageFiles = specs.map { renderer.file(of: $0) }
        let links = PortableLinks(files: Set(pageFiles + assets.map(\.target) + evidence.map(\.target)), site: renderer.site)
        let staging = try SiteWriter(output: output).begin()
        do {
            for (spec, file) in zip(specs, pageFiles) {
                try staging.write(links.rewrite(renderer.html(for: spec), page: file), to: file)
            }
            for copy in assets + evidence { try staging.copy(file: files.fileSystemPath(copy.source), to: copy.target) }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
        return pageFiles.count + assets.count + evidence.count
    }

    /// True when `output` does not exist, is an empty folder, or holds a previous compliance copy.
    static func isReplaceable(_ output: String) -> Bool {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isDirectory) else { return true }
        guard isDirectory.boolValue else { return false }
        let names = ((try? fm.contentsOfDirectory(atPath: output)) ?? []).filter { $0 != ".DS_Store" }
        if names.isEmpty { return true }
        return fm.fileExists(atPath: output + "/" + SitePaths.file(for: SitePaths.partners))
            && !fm.fileExists(atPath: output + "/" + SitePaths.file(for: SitePaths.home))
    }
}
