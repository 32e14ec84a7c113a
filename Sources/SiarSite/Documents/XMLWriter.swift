/// Builds an XML document by appending to one string: the feeds and sitemaps are small and regular, so
/// plain appends beat a DOM (`XMLDocument`) by a wide margin and keep the output byte-stable.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.open("urlset", [("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")])
/// xml.element("loc", "https://example.org/")
/// xml.close()
/// ```
/// Elements are indented two spaces per level; text and attribute values are escaped and stripped of the
/// characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and return).
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var stack: [String] = []

    /// Opens `<name …>` on its own line; ``close()`` ends it.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        text += "<" + name
        append(attributes)
        text += ">\n"
        stack.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = stack.popLast() else { return }
        indent()
        text += "</" + name + ">\n"
    }

    /// `<name …>text</name>` on one line.
    mutating func element(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
        indent()
        text += "<" + name
        append(attributes)
        text += ">" + Self.escape(value) + "</" + name + ">\n"
    }

    /// `<name …>text</name>` with `escaped` already passed through ``escape(_:)`` (a text written into
    /// many documents is escaped once).
    mutating func element(_ name: String, escaped: String, _ attributes: [(String, String)] = []) {
        indent()
        text += "<" + name
        append(attributes)
        text += ">" + escaped + "</" + name + ">\n"
    }

    /// `<name …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        indent()
        text += "<" + name
        append(attributes)
        text += "/>\n"
    }

    /// `<name><![CDATA[value]]></name>`; a `]]>` inside `value` is split over two sections.
    mutating func cdata(_ name: String, _ value: String) {
        indent()
        text += "<" + name + "><![CDATA["
        text += Self.xmlCharacters(value).replacing("]]>", with: "]]]]><![CDATA[>")
        text += "]]></" + name + ">\n"
    }

    /// Escapes `value` for XML text and attributes.
    static func escape(_ value: String) -> String {
        HTMLEscaping.escape(xmlCharacters(value))
    }

    /// `value` without the code points XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF).
    static func xmlCharacters(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isForbidden) else { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: value.unicodeScalars.lazy.filter { !isForbidden($0) })
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private mutating func indent() {
        if !stack.isEmpty { text += String(repeating: "  ", count: stack.count) }
    }

    private mutating func append(_ attributes: [(String, String)]) {
        for (name, value) in attributes { text += " " + name + "=\"" + Self.escape(value) + "\"" }
    }
}
