import Foundation
import SiarContent

/// Heading ids: a slug of the heading text, unique within one body.
///
/// cmark cannot put attributes on elements, so the walker puts a marker (a custom inline node whose
/// text cmark emits verbatim, in safe mode too) at the start of each heading, and the ids replace the
/// markers after rendering. Author text cannot forge a marker: safe mode omits raw HTML comments.
enum HeadingAnchors {
    static let marker = "<!--siar:heading-->"

    /// Unique ids for the heading texts in order: `latar-belakang`, `latar-belakang-2`, or `bagian-3`.
    ///
    /// A numbered id can equal another heading's own slug (`A`, `A`, `A 2`), so every candidate is checked
    /// against all ids given so far: the third becomes `a-2-2`.
    static func ids(for texts: [String]) -> [String] {
        var used: Set<String> = []
        return texts.enumerated().map { index, text in
            var base = Slug.make(from: text)
            if base.isEmpty { base = "bagian-\(index + 1)" }
            var id = base
            var count = 1
            while used.contains(id) {
                count += 1
                id = "\(base)-\(count)"
            }
            used.insert(id)
            return id
        }
    }

    /// Replaces `<hN>` + marker with `<hN id="…">`, in document order.
    static func insertIDs(_ ids: [String], into html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + ids.count * 24)
        var rest = html[...]
        var index = 0
        while let range = rest.range(of: marker) {
            var before = rest[..<range.lowerBound]
            if before.hasSuffix(">"), index < ids.count {
                before = before.dropLast()
                result += before
                result += " id=\"\(ids[index])\">"
            } else {
                result += before
            }
            index += 1
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
