import SiarContent
import SiarMarkdown

/// Stage 4: every release body through cmark, in parallel, with links between releases resolved.
struct MarkdownStage {
    let site: SiteConfig

    /// The rendered bodies in the order of `releases`; link problems become diagnostics at their file line.
    func render(_ releases: [Release], diagnostics: inout [Diagnostic]) -> [RenderedMarkdown] {
        let links = ReleaseLinks(urlByPath: Dictionary(releases.map { ($0.path, $0.urlPath) }, uniquingKeysWith: { a, _ in a }))
        let renderer = MarkdownRenderer(unsafeHTML: site.unsafeHTML)
        let rendered = releases.parallelMap { release in
            renderer.render(release.body) { links.url(for: $0, from: release.path) }
        }
        for (release, markdown) in zip(releases, rendered) {
            for problem in markdown.linkProblems {
                let location = SourceLocation(path: release.path, line: release.bodyFirstLine + problem.line - 1)
                switch problem.kind {
                case .brokenReleaseLink: diagnostics.append(Diagnostic(.brokenReleaseLink(problem.target), at: location))
                case .unsafeLink: diagnostics.append(Diagnostic(.unsafeLink(problem.target), at: location))
                }
            }
        }
        return rendered
    }
}
