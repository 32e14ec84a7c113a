import SiarMarkdown

/// One release body after the Markdown stage: cmark's render and what its links to other releases
/// resolved to.
public struct RenderedBody: Sendable {
    public let markdown: RenderedMarkdown
    /// ``MarkdownCache/hash(_:)`` of the body's link answers: a page showing the body changes when one of
    /// its links now points elsewhere, so this is part of the release's fingerprint.
    let linkAnswers: UInt64

    public init(markdown: RenderedMarkdown) {
        self.init(markdown: markdown, linkAnswers: 0)
    }

    init(markdown: RenderedMarkdown, linkAnswers: UInt64) {
        self.markdown = markdown
        self.linkAnswers = linkAnswers
    }
}
