/// A small HTML tokenizer for tests: the start tags of a document with their attributes, the way a
/// browser would see them (comments skipped, quoted values unescaped only for `&amp;`, `&quot;`, `&#39;`).
///
/// Enough to assert what is *live* in a page — elements and attributes — as opposed to escaped text.
public struct HTMLTag: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]
    /// 1-based line of the `<`.
    public var line: Int
    /// Written as `<path … />` (SVG and foreign elements).
    public var selfClosing = false

    public subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// Every start tag and end tag of `html`, in order; end tags are named `/p`. Text inside `<script>` and
    /// `<style>` is skipped.
    public static func all(in html: String) -> [HTMLTag] {
        let b = Array(html.utf8)
        var tags: [HTMLTag] = []
        var i = 0
        var line = 1
        func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 12 }
        func isNameByte(_ c: UInt8) -> Bool { !isSpace(c) && c != UInt8(ascii: ">") && c != UInt8(ascii: "/") && c != UInt8(ascii: "=") }
        while i < b.count {
            if b[i] == 10 { line += 1 }
            guard b[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if b[i...].starts(with: Array("<!--".utf8)) {
                var j = i + 4
                while j + 2 < b.count, !(b[j] == UInt8(ascii: "-") && b[j + 1] == UInt8(ascii: "-") && b[j + 2] == UInt8(ascii: ">")) {
                    if b[j] == 10 { line += 1 }
                    j += 1
                }
                i = j + 3
                continue
            }
            if i + 2 < b.count, b[i + 1] == UInt8(ascii: "/"), (97...122).contains(b[i + 2] | 0x20) {
                var j = i + 2
                while j < b.count, isNameByte(b[j]) { j += 1 }
                let name = String(decoding: b[(i + 2)..<j], as: UTF8.self).lowercased()
                tags.append(HTMLTag(name: "/" + name, attributes: [:], line: line))
                while j < b.count, b[j] != UInt8(ascii: ">") { j += 1 }
                i = j + 1
                continue
            }
            guard i + 1 < b.count, (65...90).contains(b[i + 1]) || (97...122).contains(b[i + 1]) else {
                i += 1
                continue
            }
            let tagLine = line
            var j = i + 1
            while j < b.count, isNameByte(b[j]) { j += 1 }
            let name = String(decoding: b[(i + 1)..<j], as: UTF8.self).lowercased()
            var attributes: [String: String] = [:]
            while j < b.count, b[j] != UInt8(ascii: ">") {
                if b[j] == 10 { line += 1 }
                if isSpace(b[j]) || b[j] == UInt8(ascii: "/") {
                    j += 1
                    continue
                }
                let start = j
                while j < b.count, isNameByte(b[j]) { j += 1 }
                let attribute = String(decoding: b[start..<j], as: UTF8.self).lowercased()
                var value = ""
                if j < b.count, b[j] == UInt8(ascii: "=") {
                    j += 1
                    if j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                        let quote = b[j]
                        let valueStart = j + 1
                        j = valueStart
                        while j < b.count, b[j] != quote {
                            if b[j] == 10 { line += 1 }
                            j += 1
                        }
                        value = String(decoding: b[valueStart..<min(j, b.count)], as: UTF8.self)
                        j += 1
                    } else {
                        let valueStart = j
                        while j < b.count, !isSpace(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
                        value = String(decoding: b[valueStart..<j], as: UTF8.self)
                    }
                }
                if !attribute.isEmpty { attributes[attribute] = unescape(value) }
                if start == j { j += 1 }
            }
            let selfClosing = j > 0 && j <= b.count && b[j - 1] == UInt8(ascii: "/")
            tags.append(HTMLTag(name: name, attributes: attributes, line: tagLine, selfClosing: selfClosing))
            i = j + 1
            if name == "script" || name == "style" {
                tags.append(HTMLTag(name: "/" + name, attributes: [:], line: line))
                let close = Array("</\(name)".utf8)
                while i < b.count, !b[i...].starts(with: close) {
                    if b[i] == 10 { line += 1 }
                    i += 1
                }
                while i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
                i += 1
            }
        }
        return tags
    }

    /// Start tags only.
    public static func starts(in html: String) -> [HTMLTag] { all(in: html).filter { !$0.name.hasPrefix("/") } }

    /// Void elements, which have no end tag.
    public static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Problems with element nesting: an end tag that closes nothing open, or elements left open.
    /// `<p>` and `<li>` may be closed implicitly, as HTML allows; SVG children self-close with `/>`.
    public static func nestingProblems(in html: String) -> [String] {
        var stack: [HTMLTag] = []
        var problems: [String] = []
        let optionalEnd: Set<String> = ["p", "li", "dt", "dd", "option"]
        for tag in all(in: html) {
            if tag.name.hasPrefix("/") {
                let name = String(tag.name.dropFirst())
                guard let index = stack.lastIndex(where: { $0.name == name }) else {
                    problems.append("line \(tag.line): </\(name)> closes nothing")
                    continue
                }
                for open in stack[(index + 1)...] where !optionalEnd.contains(open.name) {
                    problems.append("line \(open.line): <\(open.name)> not closed before </\(name)>")
                }
                stack.removeSubrange(index...)
            } else if !voidElements.contains(tag.name) && !tag.selfClosing {
                stack.append(tag)
            }
        }
        for open in stack where !optionalEnd.contains(open.name) {
            problems.append("line \(open.line): <\(open.name)> never closed")
        }
        return problems
    }

    static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&")
            .split(separator: "&quot;", omittingEmptySubsequences: false).joined(separator: "\"")
            .split(separator: "&#39;", omittingEmptySubsequences: false).joined(separator: "'")
    }
}
