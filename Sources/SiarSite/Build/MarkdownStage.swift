import SiarContent
import SiarMarkdown

/// Every release body through cmark, in parallel, with links between releases resolved.
///
/// With the ``MarkdownCache`` of the previous build, a body whose text is unchanged and whose links still
/// resolve the same way is taken from the cache, HTML included, instead of being rendered again.
struct MarkdownStage {
    let site: SiteConfig

    /// One rendered body per release, in the order of the releases, and the cache for the next build.
    struct Output {
        var bodies: [RenderedBody]
        var cache: MarkdownCache
    }

    /// Renders every body `cache` cannot supply; link problems become diagnostics at their file line.
    ///
    /// `failedReleaseFiles` are release files that exist but did not load (a check run over content with
    /// errors): a link to one is not reported, since that file's own errors say what to fix.
    func render(
        _ releases: [Release], reusing cache: MarkdownCache? = nil, failedReleaseFiles: Set<String> = [],
        diagnostics: inout [Diagnostic]
    ) -> Output {
        let links = ReleaseLinks(urlByPath: Dictionary(releases.map { ($0.path, $0.urlPath) }, uniquingKeysWith: { a, _ in a }))
        let renderer = MarkdownRenderer(unsafeHTML: site.unsafeHTML)
        let key = MarkdownCache.key(unsafeHTML: site.unsafeHTML)
        let previous = cache?.key == key ? cache?.entries ?? [:] : [:]
        // Link answers depend on the body and the release map only: with the same map they all still hold.
        let linksKey = MarkdownCache.linksKey(of: releases)
        let sameLinks = cache?.links == linksKey
        let results = releases.parallelMap { release -> MarkdownCache.Entry in
            let hash = MarkdownCache.hash(body: release.body)
            if let earlier = previous[release.path], earlier.bodyHash == hash,
                sameLinks || earlier.links.allSatisfy({ links.url(for: $0.link, from: release.path) == $0.url })
            {
                return earlier
            }
            let (rendered, answers) = Self.render(release.body, path: release.path, links: links, renderer: renderer)
            return MarkdownCache.Entry(bodyHash: hash, links: answers, rendered: rendered)
        }
        var output = Output(bodies: [], cache: MarkdownCache(key: key))
        output.cache.links = linksKey
        output.bodies.reserveCapacity(releases.count)
        for (release, entry) in zip(releases, results) {
            output.bodies.append(RenderedBody(markdown: entry.rendered, linkAnswers: MarkdownCache.hash(entry.links)))
            output.cache.entries[release.path] = entry
            for problem in entry.rendered.linkProblems {
                let location = SourceLocation(path: release.path, line: release.bodyFirstLine + problem.line - 1)
                switch problem.kind {
                case .brokenReleaseLink:
                    if let target = ReleaseLinks.projectPath(of: problem.target, from: release.path),
                        failedReleaseFiles.contains(target)
                    {
                        continue
                    }
                    diagnostics.append(Diagnostic(.brokenReleaseLink(problem.target), at: location))
                case .unsafeLink: diagnostics.append(Diagnostic(.unsafeLink(problem.target), at: location))
                }
            }
        }
        return output
    }

    /// Renders one body, recording every link the renderer asks about and the URL it got.
    static func render(_ body: String, path: String, links: ReleaseLinks, renderer: MarkdownRenderer)
        -> (RenderedMarkdown, [MarkdownCache.LinkAnswer])
    {
        let recorder = LinkRecorder()
        let rendered = renderer.render(body) { link in
            let url = links.url(for: link, from: path)
            recorder.answers.append(.init(link: link, url: url))
            return url
        }
        return (rendered, recorder.answers)
    }

    /// Collects link answers inside the synchronous resolver callback.
    private final class LinkRecorder {
        var answers: [MarkdownCache.LinkAnswer] = []
    }
}
