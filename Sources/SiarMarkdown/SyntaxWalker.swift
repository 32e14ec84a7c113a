import CCmark
import Foundation
import SiarContent

/// One pass over a cmark document: collects the first paragraph, words, headings and the first image,
/// rewrites links to other releases and marks headings for their ids.
struct SyntaxWalker {
    let resolveLink: (String) -> String?
    let unsafeHTML: Bool
    private(set) var headings: [RenderedMarkdown.Heading] = []
    private var headingTexts: [(level: Int, text: String)] = []
    private var firstParagraph: String?
    /// The first paragraph at any depth, for bodies that open with a list or a quote.
    private var firstNestedParagraph: String?
    private var firstImage: RenderedMarkdown.Image?
    private var wordCount = 0
    /// Whether the last counted byte was inside a word: `se-*NTB*` is one word across two text nodes.
    private var inWord = false
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
            let type = cmark_node_get_type(node)
            // Words never run across blocks or line breaks, only across inline markup.
            if (CMARK_NODE_FIRST_BLOCK.rawValue...CMARK_NODE_LAST_BLOCK.rawValue).contains(type.rawValue)
                || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
            {
                inWord = false
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                wordCount += Self.countWords(cmark_node_get_literal(node), inWord: &inWord)
            case CMARK_NODE_CODE_BLOCK:
                wordCount += Self.countWords(cmark_node_get_literal(node), inWord: &inWord)
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil:
                if cmark_node_parent(node) == document {
                    firstParagraph = Self.plainText(of: node)
                } else if firstNestedParagraph == nil {
                    firstNestedParagraph = Self.plainText(of: node)
                }
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
                headingTexts.append((Int(cmark_node_get_heading_level(node)), Self.plainText(of: node)))
            case CMARK_NODE_IMAGE:
                recordImage(node)
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
            html: html, firstParagraph: firstParagraph ?? firstNestedParagraph ?? "", wordCount: wordCount, headings: headings,
            firstImage: firstImage, linkProblems: problems)
    }

    /// The first image with a URL that safe mode keeps; one it empties is reported like a link.
    private mutating func recordImage(_ node: OpaquePointer) {
        let url = Self.string(cmark_node_get_url(node))
        if !unsafeHTML, Self.isDangerous(url) {
            problems.append(.init(kind: .unsafeLink, target: url, line: Int(cmark_node_get_start_line(node))))
        } else if firstImage == nil {
            firstImage = .init(url: url, alt: Self.plainText(of: node))
        }
    }

    private mutating func rewriteLink(_ node: OpaquePointer) {
        let url = Self.string(cmark_node_get_url(node))
        let line = Int(cmark_node_get_start_line(node))
        if !unsafeHTML, Self.isDangerous(url) {
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

    /// The URLs cmark's safe mode empties (its `_scan_dangerous_url`): `javascript:`, `vbscript:`, `file:`
    /// and `data:` except PNG, GIF, JPEG and WebP images; case-insensitive.
    static func isDangerous(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: lowered.hasPrefix) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: lowered.hasPrefix)
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

    /// Words are runs of non-space bytes; `inWord` carries a word over from the previous text node.
    static func countWords(_ pointer: UnsafePointer<CChar>?, inWord: inout Bool) -> Int {
        guard var p = pointer else { return 0 }
        var count = 0
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
