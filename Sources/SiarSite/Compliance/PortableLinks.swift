import SiarContent

/// Rewrites the root-relative links of a page of the internal compliance copy so that the folder works
/// when opened straight from disk, without a web server.
///
/// A link to a file of the copy becomes relative (`/assets/siar.css` from `mitra/x/index.html` is
/// `../../assets/siar.css`, `/mitra/` is `../../mitra/index.html`); a link to any other page of the site (the
/// navigation, a release) becomes its absolute public URL, where the portal serves it.
struct PortableLinks {
    /// The files of the copy, relative to its root (`mitra/index.html`, `assets/siar.css`).
    let files: Set<String>
    let site: SiteConfig

    /// `html` with every `href="/…"` and `src="/…"` rewritten; the page's own file is `page`.
    func rewrite(_ html: String, page: String) -> String {
        let depth = page.split(separator: "/").count - 1
        let up = String(repeating: "../", count: max(depth, 0))
        return html.replacing(#/(href|src)="(/[^"]*)"/#) { match in
            let attribute = match.output.1
            let reference = String(match.output.2)
            guard !reference.hasPrefix("//") else { return String(match.output.0) }
            let hash = reference.firstIndex(of: "#") ?? reference.endIndex
            let path = String(reference[..<hash])
            let fragment = reference[hash...]
            let file = SitePaths.file(for: path)
            let target = files.contains(file) ? up + file + fragment : site.absoluteURL(path) + fragment
            return "\(attribute)=\"\(target)\""
        }
    }
}
