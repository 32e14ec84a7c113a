import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed XML document, with namespaces resolved, for checking feeds and sitemaps
/// element by element.
struct XMLTreeNode {
    /// The local name (`encoded` of `content:encoded`).
    var name: String
    /// The namespace URI, empty when none.
    var namespace: String
    var attributes: [String: String]
    var children: [XMLTreeNode] = []
    /// The element's own character data and CDATA, concatenated.
    var text = ""

    /// Children called `name`, in `namespace` when given.
    func children(_ name: String, in namespace: String? = nil) -> [XMLTreeNode] {
        children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The first child called `name`.
    func child(_ name: String, in namespace: String? = nil) -> XMLTreeNode? {
        children(name, in: namespace).first
    }

    /// The trimmed text of the first child called `name`.
    func value(_ name: String, in namespace: String? = nil) -> String? {
        child(name, in: namespace)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses `text` and returns the document element.
    static func parse(_ text: String) throws -> XMLTreeNode {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.stack.first?.children.first else {
            throw XMLTreeError(description: "invalid XML: \(String(describing: parser.parserError ?? builder.error))")
        }
        return root
    }
}

/// Why a document did not parse.
struct XMLTreeError: Error, CustomStringConvertible {
    let description: String
}

/// The `XMLParser` delegate that assembles ``XMLTreeNode``s on a stack.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var stack = [XMLTreeNode(name: "#document", namespace: "", attributes: [:])]
    var error: (any Error)?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(XMLTreeNode(name: elementName, namespace: namespaceURI ?? "", attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let node = stack.removeLast()
        stack[stack.count - 1].children.append(node)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = parseError
    }
}

/// The namespaces the site's XML documents use.
enum XMLNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let news = "http://www.google.com/schemas/sitemap-news/0.9"
}

/// The date formats feeds and sitemaps must use.
enum DateFormat {
    /// RFC 822 with a four-digit year and a numeric zone, as RSS 2.0 recommends.
    static func isRFC822(_ text: String) -> Bool {
        text.wholeMatch(
            of: #/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}/#
        ) != nil
    }

    /// RFC 3339 date-time (Atom, JSON Feed).
    static func isRFC3339(_ text: String) -> Bool {
        text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/#) != nil
    }

    /// W3C Datetime at day or second precision (sitemaps).
    static func isW3C(_ text: String) -> Bool {
        isRFC3339(text) || text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}/#) != nil
    }
}
