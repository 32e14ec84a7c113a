import SiarContent
import SiarMarkdown

/// What cmark made of each release body at the previous build, HTML included, so an unchanged body is not
/// rendered again (``MarkdownStage``).
///
/// An entry is reused when the body still hashes to `bodyHash`, the cache was made with the same
/// `unsafe_html` setting, and every link the renderer asked about resolves to the same URL as then.
struct MarkdownCache: Sendable {
    /// Bump when SiarMarkdown renders differently. ``RenderedMarkdown`` gaining a field needs the encoding
    /// below extended too (`IncrementalBuildTests` counts its fields).
    static let version: UInt64 = 2

    /// A link the renderer asked about, and what it resolved to.
    struct LinkAnswer: Sendable, Hashable {
        var link: String
        var url: String?
    }

    struct Entry: Sendable {
        /// ``hash(body:)`` of the Markdown.
        var bodyHash: UInt64
        var links: [LinkAnswer]
        var rendered: RenderedMarkdown
    }

    var key: UInt64
    /// ``linksKey(of:)`` of the releases the bodies' links were resolved against: while it is unchanged,
    /// every recorded link answer still holds.
    var links: UInt64 = 0
    var entries: [String: Entry]

    static func key(unsafeHTML: Bool) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(version)
        hasher.combine(unsafeHTML)
        return hasher.finalize()
    }

    /// The hash of the map from release file to release URL that links resolve against.
    static func linksKey(of releases: [Release]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(releases.count)
        for index in releases.indices {
            hasher.combine(releases[index].path)
            hasher.combine(releases[index].slug)
        }
        return hasher.finalize()
    }

    /// The key of a body's entry.
    static func hash(body: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(body)
        return hasher.finalize()
    }

    /// The hash of a body's link answers, part of its release's fingerprint.
    static func hash(_ links: [LinkAnswer]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(links.count)
        for answer in links {
            hasher.combine(answer.link)
            hasher.combine(answer.url)
        }
        return hasher.finalize()
    }

    func encode(into writer: inout BinaryWriter) {
        writer.writeFixed(key)
        writer.writeFixed(links)
        writer.write(UInt64(entries.count))
        for (path, entry) in entries {
            writer.write(path)
            writer.writeFixed(entry.bodyHash)
            writer.write(UInt64(entry.links.count))
            for answer in entry.links {
                writer.write(answer.link)
                writer.write(answer.url)
            }
            let rendered = entry.rendered
            writer.write(rendered.html)
            writer.write(rendered.firstParagraph)
            writer.write(rendered.wordCount)
            writer.write(UInt64(rendered.headings.count))
            for heading in rendered.headings {
                writer.write(heading.level)
                writer.write(heading.text)
                writer.write(heading.id)
            }
            writer.write(rendered.firstImage != nil)
            if let image = rendered.firstImage {
                writer.write(image.url)
                writer.write(image.alt)
            }
            writer.write(UInt64(rendered.linkProblems.count))
            for problem in rendered.linkProblems {
                switch problem.kind {
                case .brokenReleaseLink: writer.write(UInt64(0))
                case .unsafeLink: writer.write(UInt64(1))
                }
                writer.write(problem.target)
                writer.write(problem.line)
            }
        }
    }

    init(key: UInt64, entries: [String: Entry] = [:]) {
        self.key = key
        self.entries = entries
    }

    init(from reader: inout BinaryReader) throws {
        key = try reader.readFixed()
        links = try reader.readFixed()
        let count = try reader.readCount()
        entries = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let path = try reader.readString()
            let hash = try reader.readFixed()
            var links: [LinkAnswer] = []
            for _ in 0..<(try reader.readCount()) {
                links.append(LinkAnswer(link: try reader.readString(), url: try reader.readOptionalString()))
            }
            let html = try reader.readString()
            let firstParagraph = try reader.readString()
            let wordCount = try reader.readInt()
            var headings: [RenderedMarkdown.Heading] = []
            for _ in 0..<(try reader.readCount()) {
                headings.append(.init(level: try reader.readInt(), text: try reader.readString(), id: try reader.readString()))
            }
            let image = try reader.readBool() ? RenderedMarkdown.Image(url: try reader.readString(), alt: try reader.readString()) : nil
            var problems: [RenderedMarkdown.LinkProblem] = []
            for _ in 0..<(try reader.readCount()) {
                let kind: RenderedMarkdown.LinkProblem.Kind
                switch try reader.readUInt64() {
                case 0: kind = .brokenReleaseLink
                case 1: kind = .unsafeLink
                default: throw BinaryReader.Malformed()
                }
                problems.append(.init(kind: kind, target: try reader.readString(), line: try reader.readInt()))
            }
            let rendered = RenderedMarkdown(
                html: html, firstParagraph: firstParagraph, wordCount: wordCount, headings: headings, firstImage: image,
                linkProblems: problems)
            entries[path] = Entry(bodyHash: hash, links: links, rendered: rendered)
        }
    }
}
