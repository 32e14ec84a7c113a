/// The result of rendering one Markdown body: HTML plus what the pages need from its syntax tree.
public struct RenderedMarkdown: Sendable, Hashable {
    /// A heading of the body, with the id its HTML element carries for in-page anchors.
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String

        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }

    /// The first image of the body.
    public struct Image: Sendable, Hashable {
        public var url: String
        public var alt: String

        public init(url: String, alt: String) {
            self.url = url
            self.alt = alt
        }
    }

    /// A link the renderer could not keep, with its 1-based line in the body.
    public struct LinkProblem: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A relative link to a `.md` file that is not a release.
            case brokenReleaseLink
            /// A `javascript:`-style link that safe mode removed.
            case unsafeLink
        }
        public var kind: Kind
        public var target: String
        public var line: Int

        public init(kind: Kind, target: String, line: Int) {
            self.kind = kind
            self.target = target
            self.line = line
        }
    }

    public var html: String
    /// The first top-level paragraph as plain text.
    public var firstParagraph: String
    public var wordCount: Int
    public var headings: [Heading]
    public var firstImage: Image?
    public var linkProblems: [LinkProblem]

    public init(
        html: String, firstParagraph: String, wordCount: Int, headings: [Heading], firstImage: Image?, linkProblems: [LinkProblem]
    ) {
        self.html = html
        self.firstParagraph = firstParagraph
        self.wordCount = wordCount
        self.headings = headings
        self.firstImage = firstImage
        self.linkProblems = linkProblems
    }

    /// Minutes at 200 words a minute, at least 1.
    public var readingMinutes: Int { max(1, (wordCount + 199) / 200) }
}
