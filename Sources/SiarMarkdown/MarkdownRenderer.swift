import CCmark
import Foundation
import SiarContent

/// CommonMark to HTML through cmark, with smart punctuation and safe mode.
///
/// ```swift
/// let html = MarkdownRenderer().html(from: "Rakor *Kominfo* se-NTB")
/// ```
/// Safe mode drops raw HTML and `javascript:`/`vbscript:`/`file:`/non-image `data:` URLs; `unsafeHTML`
/// passes raw HTML through for trusted authors. cmark's nodes never leave one synchronous call, so the
/// renderer is a plain Sendable value usable from many threads at once.
public struct MarkdownRenderer: Sendable {
    public let unsafeHTML: Bool

    public init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }

    var options: Int32 {
        CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | (unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
    }

    /// The HTML of `markdown` and nothing else.
    public func html(from markdown: String) -> String {
        render(markdown).html
    }

    /// Renders `markdown`, rewriting relative links with `resolveLink`.
    ///
    /// `resolveLink` is asked about every link whose URL has no scheme and points at a `.md` file; it
    /// returns the URL to use instead, or nil when the target is not a release (a ``RenderedMarkdown/LinkProblem``).
    public func render(_ markdown: String, resolveLink: @escaping (String) -> String? = { _ in nil }) -> RenderedMarkdown {
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, options) }) else {
            return RenderedMarkdown(html: "", firstParagraph: "", wordCount: 0, headings: [], firstImage: nil, linkProblems: [])
        }
        defer { cmark_node_free(document) }
        var walker = SyntaxWalker(resolveLink: resolveLink, unsafeHTML: unsafeHTML)
        walker.walk(document)
        guard let raw = cmark_render_html(document, options) else {
            return walker.result(html: "")
        }
        defer { free(raw) }
        var html = String(cString: raw)
        if !walker.headings.isEmpty { html = HeadingAnchors.insertIDs(walker.headings.map { $0.id }, into: html) }
        return walker.result(html: html)
    }
}
