import Foundation
import CCmark
import SiarContent

/// One pass over a cmark document: collects the first paragraph, words, headings and the first image,
/// rewrites links to other releases and marks headings for their ids.
struct SyntaxWalker {
    let resolveLink: (String) -> String?
    let unsafeHTML: Bool
    private(set) var headings: [RenderedMarkdown.Heading] = []
    private var headingTexts: [(level: Int, text: String)] = []
    private var firstParagraph: String?
    private var firstImage: RenderedMarkdown.Image?
    private var wordCount = 0
    private var problems: [RenderedMarkdown.LinkProblem] = []

    init(resolveLink: @escaping (String) -> String?, unsafeHTML: Bool) {
        self.resolveLink = resolveLink
        self.unsafeHTML = unsafeHTML
    }

    mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var headingNodes: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                wordCount += Self.countWords(cmark_node_get_literal(node))
            case CMARK_NODE_CODE_BLOCK:
                wordCount += Self.countWords(cmark_node_get_literal(node))
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil && cmark_node_parent(node) == document:
                firstParagraph = Self.plainText(of: node)
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
                headingTexts.append((Int(cmark_node_get_heading_level(node)), Self.plainText(of: node)))
            case CMARK_NODE_IMAGE where firstImage == nil:
                firstImage = .init(url: Self.string(cmark_node_get_url(node)), alt: Self.plainText(of: node))
            case CMARK_NODE_LINK:
                rewriteLink(node)
            default:
                break
            }
        }
        let ids = HeadingAnchors.ids(for: headingTexts.map(\.text))
        headings = zip(headingTexts, ids).map { .init(level: $0.level, text: $0.text, id: $1) }
        for node in headingNodes { Self.prependMarker(to: node) }
    }

    func result(html: String) -> RenderedMarkdown {
        RenderedMarkdown(
            html: html, firstParagraph: firstParagraph ?? "", wordCount: wordCount, headings: headings,
            firstImage: firstImage, linkProblems: problems)
    }

    private mutating func rewriteLink(_ node: OpaquePointer) {
        let url = Self.string(cmark_node_get_url(node))
        let line = Int(cmark_node_get_start_line(node))
        let lowered = url.lowercased()
        if !unsafeHTML, ["javascript:", "vbscript:", "file:", "data:"].contains(where: lowered.hasPrefix) {
            problems.append(.init(kind: .unsafeLink, target: url, line: line))
            return
        }
        guard Self.isRelativeMarkdownLink(url) else { return }
        if let target = resolveLink(url) {
            cmark_node_set_url(node, target)
        } else {
            problems.append(.init(kind: .brokenReleaseLink, target: url, line: line))
        }
    }

    /// True for `../2024/x.md`, `x.md#bagian` — no scheme, no leading `/`, a `.md` path.
    static func isRelativeMarkdownLink(_ url: String) -> Bool {
        guard !url.isEmpty, !url.hasPrefix("/"), !url.hasPrefix("#"), !url.contains(":") else { return false }
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        return path.lowercased().hasSuffix(".md")
    }

    private static func prependMarker(to heading: OpaquePointer) {
        guard let marker = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(marker, HeadingAnchors.marker)
        if let first = cmark_node_first_child(heading) {
            cmark_node_insert_before(first, marker)
        } else {
            cmark_node_append_child(heading, marker)
        }
    }

    /// The text content of a node and its descendants; breaks become spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: literal, count: strlen(literal)).lazy.map { UInt8(bitPattern: $0) })
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmingWhitespace
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Words are runs of non-space bytes.
    static func countWords(_ pointer: UnsafePointer<CChar>?) -> Int {
        guard var p = pointer else { return 0 }
        var count = 0
        var inWord = false
        while p.pointee != 0 {
            let c = p.pointee
            let space = c == 32 || c == 10 || c == 9 || c == 13
            if !space && !inWord { count += 1 }
            inWord = !space
            p += 1
        }
        return count
    }
}
