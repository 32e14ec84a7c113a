import SiarContent
import SiarMarkdown

/// A release ready for the pages: its source, its rendered body and the values every page kind derives.
public struct ReleaseEntry: Sendable {
    public let release: Release
    public let rendered: RenderedMarkdown
    public let visibility: ReleaseVisibility
    /// ``RenderedBody/linkAnswers`` of the body.
    let linkAnswers: UInt64
    /// The site path of the release page (stored: pages ask for it thousands of times).
    public let url: String

    public init(release: Release, body: RenderedBody, visibility: ReleaseVisibility) {
        self.release = release
        self.rendered = body.markdown
        self.visibility = visibility
        self.linkAnswers = body.linkAnswers
        self.url = release.urlPath
    }

    /// The author's summary, or the first paragraph.
    public var summary: String { release.summary ?? rendered.firstParagraph }
    public var slug: String { release.slug }
}
