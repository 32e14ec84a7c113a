/// The non-HTML files of the site (feeds, sitemaps, robots.txt, the search index), as path and text.
struct SiteDocuments {
    let renderer: PageRenderer

    /// Every document, in a stable order.
    func all() -> [(path: String, text: String)] {
        []
    }
}
