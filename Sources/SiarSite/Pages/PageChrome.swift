/// The site header and footer, rendered once per navigation state instead of once per page.
///
/// `partials/header` and `partials/footer` see only the site-wide values (`lang`, `site`, `t`, `nav`,
/// `preview`), so the header has one rendering per navigation item that can be current (plus one with
/// none) and the footer has one. The layout places them with `{{{header_html}}}` and `{{{footer_html}}}`;
/// a theme that includes the partials itself (`{{>partials/header}}`) still works, rendered per page.
struct PageChrome: Sendable {
    /// The header for each navigation item being current, and, last, for none.
    private let headers: [String]
    let footer: String

    /// No chrome, until ``PageRenderer`` renders it.
    static let empty = PageChrome(headers: [], footer: "")

    private init(headers: [String], footer: String) {
        self.headers = headers
        self.footer = footer
    }

    /// Renders the chrome with `values(current)`: the site-wide context with the navigation item at
    /// `current` marked current (nil: none). `itemCount` is the length of the navigation.
    init(theme: Theme, itemCount: Int, values: (Int?) -> [String: Any]) {
        // Without the final line break: `{{{header_html}}}` on a line of its own adds one, where a
        // standalone `{{>partials/header}}` did not.
        func render(_ name: String, _ current: Int?) -> String {
            let html = theme.render(name, values(current))
            return html.hasSuffix("\n") ? String(html.dropLast()) : html
        }
        var headers: [String] = []
        if theme.has("partials/header") {
            headers = (0..<itemCount).map { render("partials/header", $0) }
            headers.append(render("partials/header", nil))
        }
        self.headers = headers
        footer = theme.has("partials/footer") ? render("partials/footer", nil) : ""
    }

    /// The header with the navigation item at `current` marked current.
    func header(current: Int?) -> String {
        guard !headers.isEmpty else { return "" }
        return headers[current.map { min($0, headers.count - 1) } ?? headers.count - 1]
    }
}
