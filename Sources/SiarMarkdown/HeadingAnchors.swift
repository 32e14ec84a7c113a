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
    static func ids(for texts: [String]) -> [String] {
        var used: [String: Int] = [:]
        return texts.enumerated().map { index, text in
            var id = Slug.make(from: text)
            if id.isEmpty { id = "bagian-\(index + 1)" }
            let count = used[id, default: 0] + 1
            used[id] = count
            return count == 1 ? id : "\(id)-\(count)"
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
