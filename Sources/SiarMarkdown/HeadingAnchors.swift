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
    ///
    /// Works on UTF-8 bytes: a body is tens of kilobytes and Foundation's `range(of:)` goes through UTF-16.
    static func insertIDs(_ ids: [String], into html: String) -> String {
        let marker = Array(Self.marker.utf8)
        var source = html
        let bytes = source.withUTF8 { html -> [UInt8] in
            var result: [UInt8] = []
            result.reserveCapacity(html.count + ids.count * 24)
            var copied = 0
            var index = 0
            var position = 0
            while let found = firstOccurrence(of: marker, in: html, from: position) {
                if found > copied, html[found - 1] == UInt8(ascii: ">"), index < ids.count {
                    result.append(contentsOf: html[copied..<(found - 1)])
                    result.append(contentsOf: " id=\"".utf8)
                    result.append(contentsOf: ids[index].utf8)
                    result.append(contentsOf: "\">".utf8)
                } else {
                    result.append(contentsOf: html[copied..<found])
                }
                index += 1
                position = found + marker.count
                copied = position
            }
            result.append(contentsOf: html[copied...])
            return result
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first `needle` in `haystack` at or after `start`.
    private static func firstOccurrence(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let head = needle.first, needle.count <= haystack.count else { return nil }
        var position = start
        while position + needle.count <= haystack.count {
            guard haystack[position] == head else {
                position += 1
                continue
            }
            var matches = true
            for offset in 1..<needle.count where haystack[position + offset] != needle[offset] {
                matches = false
                break
            }
            if matches { return position }
            position += 1
        }
        return nil
    }
}
