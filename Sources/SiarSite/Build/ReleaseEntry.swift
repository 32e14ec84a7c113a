import SiarContent
import SiarMarkdown

/// A release ready for the pages: its source, its rendered body and the values every page kind derives.
public struct ReleaseEntry: Sendable {
    public let release: Release
    public let rendered: RenderedMarkdown
    public let visibility: ReleaseVisibility

    /// The author's summary, or the first paragraph.
    public var summary: String { release.summary ?? rendered.firstParagraph }
    public var url: String { release.urlPath }
    public var slug: String { release.slug }
}
