import SiarContent
import SiarMarkdown

/// Stage 4: every release body through cmark, in parallel, with links between releases resolved.
///
/// With a ``MarkdownCache`` from the previous build, an unchanged body whose links still resolve the same
/// way is not rendered: its headings, first paragraph, word count and link problems come from the cache,
/// its HTML later, only if a page that shows it is written (``ReleaseBodies``).
struct MarkdownStage {
    let site: SiteConfig

    /// The bodies in the order of the releases, and what the next build's cache keeps.
    struct Output {
        var rendered: [RenderedMarkdown]
        /// False where `rendered[i].html` is empty because the cache supplied the rest.
        var hasHTML: [Bool]
        /// ``MarkdownCache/hash(_:)`` of each body's link answers.
        var linkAnswers: [UInt64]
        var cache: MarkdownCache
        var links: ReleaseLinks
    }

    /// A body left out by the loader could not be read back as it was (the file changed during the build).
    struct BodyChanged: Error {
        let path: String
    }

    /// Renders every body (without cache).
    func render(_ releases: [Release], diagnostics: inout [Diagnostic]) -> [RenderedMarkdown] {
        let output = try? render(releases, cache: nil, hashes: [:], loader: nil, diagnostics: &diagnostics)
        return output?.rendered ?? []
    }

    /// Renders the bodies `cache` cannot supply; link problems become diagnostics at their file line.
    ///
    /// `hashes` are the loader's content hashes; a release without one is always rendered and not cached.
    /// The bodies come from `bodies` when given (the releases' own are then empty), else from the
    /// releases; `loader` reads those the loader left out, and a body that no longer matches its hash throws.
    func render(
        _ releases: [Release], bodies: BodyStore? = nil, cache: MarkdownCache?, hashes: [String: UInt64], loader: ContentLoader?,
        diagnostics: inout [Diagnostic]
    ) throws -> Output {
        let links = ReleaseLinks(urlByPath: Dictionary(releases.map { ($0.path, $0.urlPath) }, uniquingKeysWith: { a, _ in a }))
        let renderer = MarkdownRenderer(unsafeHTML: site.unsafeHTML)
        let key = MarkdownCache.key(unsafeHTML: site.unsafeHTML)
        let previous = cache?.key == key ? cache?.entries ?? [:] : [:]
        // Link answers depend on the body and the release map only: with the same map they all still hold.
        let linksKey = MarkdownCache.linksKey(of: releases)
        let sameLinks = cache?.links == linksKey
        let results = Array(releases.indices).parallelMap { position -> (RenderedMarkdown, Bool, UInt64, MarkdownCache.Entry?)? in
            let release = releases[position]
            let given = bodies?.take(position) ?? release.body
            let hash = hashes[release.path]
            if let hash, let earlier = previous[release.path], earlier.contentHash == hash,
                sameLinks || earlier.links.allSatisfy({ links.url(for: $0.link, from: release.path) == $0.url })
            {
                return (earlier.rendered, false, MarkdownCache.hash(earlier.links), earlier)
            }
            var body = given
            if body.isEmpty, let hash, let loader {
                guard let read = loader.releaseBody(at: release.path, contentHash: hash) else { return nil }
                body = read
            }
            let (rendered, answers) = Self.render(body, path: release.path, links: links, renderer: renderer)
            let entry = hash.map { MarkdownCache.Entry(contentHash: $0, links: answers, rendered: rendered.withoutHTML) }
            return (rendered, true, MarkdownCache.hash(answers), entry)
        }
        var output = Output(rendered: [], hasHTML: [], linkAnswers: [], cache: MarkdownCache(key: key), links: links)
        output.cache.links = linksKey
        output.rendered.reserveCapacity(releases.count)
        for (release, result) in zip(releases, results) {
            guard let (markdown, hasHTML, answers, entry) = result else { throw BodyChanged(path: release.path) }
            output.rendered.append(markdown)
            output.hasHTML.append(hasHTML)
            output.linkAnswers.append(answers)
            if let entry { output.cache.entries[release.path] = entry }
            for problem in markdown.linkProblems {
                let location = SourceLocation(path: release.path, line: release.bodyFirstLine + problem.line - 1)
                switch problem.kind {
                case .brokenReleaseLink: diagnostics.append(Diagnostic(.brokenReleaseLink(problem.target), at: location))
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
