import SiarContent
import SiarMarkdown

/// A release ready for the pages: its source, its rendered body and the values every page kind derives.
public struct ReleaseEntry: Sendable {
    public let release: Release
    /// The rendered body. In an incremental build a release whose body did not change has everything but
    /// `html` from the build cache (`hasHTML` is false); pages ask ``PageRenderer/bodyHTML(of:)`` for it.
    public let rendered: RenderedMarkdown
    public let visibility: ReleaseVisibility
    /// False when `rendered.html` was left empty because the build cache supplied the rest.
    public let hasHTML: Bool
    /// ``StableHasher`` of what the body's links to other releases resolved to (``MarkdownStage``).
    let linkAnswers: UInt64
    /// The site path of the release page (stored: pages ask for it thousands of times).
    public let url: String

    public init(release: Release, rendered: RenderedMarkdown, visibility: ReleaseVisibility) {
        self.init(release: release, rendered: rendered, visibility: visibility, hasHTML: true, linkAnswers: 0)
    }

    init(release: Release, rendered: RenderedMarkdown, visibility: ReleaseVisibility, hasHTML: Bool, linkAnswers: UInt64) {
        self.release = release
        self.rendered = rendered
        self.visibility = visibility
        self.hasHTML = hasHTML
        self.linkAnswers = linkAnswers
        self.url = release.urlPath
    }

    /// The author's summary, or the first paragraph.
    public var summary: String { release.summary ?? rendered.firstParagraph }
    public var slug: String { release.slug }
}
