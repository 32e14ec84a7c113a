import Foundation
import SiarContent
import SiarMarkdown

/// The HTML of release bodies that an incremental build took from its cache without it, rendered when a
/// page or feed being written shows them (a release page, a feed entry), once each.
///
/// The body is read back from its file, which must still hash to what the loader saw, and the new render
/// must agree with the cached one in everything else; otherwise the body is recorded as a failure and the
/// build starts again without its cache (``SiteBuilder``), since pages were planned from the cached values.
final class ReleaseBodies: @unchecked Sendable {
    private let loader: ContentLoader
    private let hashes: [String: UInt64]
    private let links: ReleaseLinks
    private let renderer: MarkdownRenderer
    private let lock = NSLock()
    private var rendered: [String: String] = [:]
    private var failed: [String] = []

    init(loader: ContentLoader, hashes: [String: UInt64], links: ReleaseLinks, unsafeHTML: Bool) {
        self.loader = loader
        self.hashes = hashes
        self.links = links
        self.renderer = MarkdownRenderer(unsafeHTML: unsafeHTML)
    }

    /// The paths of bodies that could not be rendered as the cache described them.
    var failures: [String] { lock.withLock { failed } }

    func html(for entry: ReleaseEntry) -> String {
        let path = entry.release.path
        if let done = lock.withLock({ rendered[path] }) { return done }
        var body: String? = entry.release.body
        if entry.release.body.isEmpty { body = hashes[path].flatMap { loader.releaseBody(at: path, contentHash: $0) } }
        guard let body else { return fail(path) }
        let (markdown, answers) = MarkdownStage.render(body, path: path, links: links, renderer: renderer)
        guard markdown.sameApartFromHTML(entry.rendered), MarkdownCache.hash(answers) == entry.linkAnswers else { return fail(path) }
        lock.withLock { rendered[path] = markdown.html }
        return markdown.html
    }

    private func fail(_ path: String) -> String {
        lock.withLock { failed.append(path) }
        return ""
    }
}
