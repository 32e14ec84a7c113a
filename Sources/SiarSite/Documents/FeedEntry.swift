import SiarContent
import SiarMarkdown

/// A release as every feed shows it: absolute URLs, full HTML content, summary, author and categories.
///
/// Computed once per release per build and shared by the site-wide and per-term feeds, which repeat the
/// same entries many times over.
struct FeedEntry: Sendable {
    let title: String
    /// The absolute URL of the release page; also the entry id.
    let url: String
    let summary: String
    /// The body as on the release page (dateline included), with site-relative links made absolute,
    /// since feed readers show it away from the site.
    let contentHTML: String
    /// `contentHTML` escaped for Atom's `<content type="html">`, once: a release is in a feed of each of its
    /// terms, and its body is the largest part of every entry.
    let escapedContentHTML: String
    let date: Timestamp
    let author: String
    /// The category first, then the tags, as terms of their taxonomies.
    let categories: [Term]
    /// The absolute URL of the release's image (front matter, else the body's first image).
    let image: String?

    init(_ entry: ReleaseEntry, renderer: PageRenderer) {
        let release = entry.release
        let site = renderer.site
        title = release.title
        url = site.absoluteURL(entry.url)
        summary = entry.summary
        let body = PageRenderer.bodyWithDateline(entry.rendered.html, dateline: release.dateline)
        contentHTML = Self.absolutizingLinks(in: body, baseURL: site.baseURL)
        escapedContentHTML = XMLWriter.escape(contentHTML)
        date = release.date
        author = release.author
        categories =
            renderer.index.terms(of: release, in: .category, site: site)
            + renderer.index.terms(of: release, in: .tag, site: site)
        let image = release.image ?? entry.rendered.firstImage?.url
        self.image = image.flatMap { $0.isEmpty ? nil : renderer.absoluteMediaURL($0) }
    }

    /// The feed entries of the releases at `positions` of the index, built in parallel.
    static func entries(at positions: [Int], renderer: PageRenderer) -> [Int: FeedEntry] {
        let built = positions.parallelMap { FeedEntry(renderer.index.entries[$0], renderer: renderer) }
        return Dictionary(zip(positions, built), uniquingKeysWith: { first, _ in first })
    }

    /// Rewrites `href="/…"` and `src="/…"` (but not protocol-relative `//…`) to start with `baseURL`.
    static func absolutizingLinks(in html: String, baseURL: String) -> String {
        guard html.contains("=\"/") else { return html }
        let base = Array(baseURL.utf8.dropLast(baseURL.hasSuffix("/") ? 1 : 0))
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var i = 0
        while i < bytes.count {
            out.append(bytes[i])
            if bytes[i] == UInt8(ascii: "\""), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"),
                i + 2 >= bytes.count || bytes[i + 2] != UInt8(ascii: "/"),
                Self.endsWithURLAttribute(bytes, before: i)
            {
                out += base
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the bytes just before the quote at `quote` are ` href=` or ` src=`.
    private static func endsWithURLAttribute(_ bytes: [UInt8], before quote: Int) -> Bool {
        for name in [" href=", " src="] {
            let pattern = Array(name.utf8)
            guard quote >= pattern.count else { continue }
            if bytes[(quote - pattern.count)..<quote].elementsEqual(pattern) { return true }
        }
        return false
    }
}
