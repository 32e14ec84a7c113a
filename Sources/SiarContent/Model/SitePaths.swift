/// Every public URL of the built site and every folder of a project, spelled here and nowhere else.
///
/// Site paths start and end with `/` (a folder with `index.html`) unless they name a file; the URL words are
/// Indonesian (`berita`, `kategori`, `arsip`, …) because readers see them. Project paths are relative to the
/// project root, the form ``ProjectFiles`` and diagnostics use. Paths of images and evidence inside the
/// content are written relative to `Content/` (``contentFile(_:)``), and keep that relative path on the
/// site.
public enum SitePaths {
    // MARK: Pages

    /// The home page.
    public static let home = "/"

    /// A release page: `/berita/<slug>/`.
    public static func release(slug: String) -> String { "/berita/\(slug)/" }

    /// The index of a taxonomy: `/kategori/`, `/tag/`, `/wilayah/` or `/penulis/`.
    public static let categories = "/kategori/"
    public static let tags = "/tag/"
    public static let regions = "/wilayah/"
    public static let authors = "/penulis/"

    /// A term of the taxonomy whose index is `taxonomyIndex`: `/kategori/<slug>/`.
    public static func term(_ slug: String, in taxonomyIndex: String) -> String { taxonomyIndex + slug + "/" }

    /// The archive index.
    public static let archive = "/arsip/"

    /// An archive month: `/arsip/2024/03/`.
    public static func archiveMonth(year: Int, month: Int) -> String {
        "\(archive)\(year)/\(month < 10 ? "0" : "")\(month)/"
    }

    /// The search page.
    public static let search = "/cari/"

    /// Page `page` (1-based) of the listing at `base`: `base` itself for the first, `base/halaman/<n>/` after.
    public static func page(_ page: Int, of base: String) -> String {
        page <= 1 ? base : "\(base)\(pageSegment)/\(page)/"
    }

    /// True when `path` is one of the later pages of the listing at `base`.
    public static func isLaterPage(_ path: String, of base: String) -> Bool {
        path.hasPrefix("\(base)\(pageSegment)/")
    }

    private static let pageSegment = "halaman"

    /// The compliance overview.
    public static let partners = "/mitra/"

    /// One partner's compliance page: `/mitra/<id>/`.
    public static func partner(_ id: String) -> String { "\(partners)\(id)/" }

    /// The site folder the evidence files are copied into, each at its path relative to `Content/`.
    public static let evidenceSiteFolder = "bukti"

    /// The copy of an evidence file given relative to `Content/`: `evidence/x/y.png` → `/bukti/evidence/x/y.png`.
    public static func evidence(_ file: String) -> String { "/\(evidenceSiteFolder)/\(file)" }

    /// The copy of an image given relative to `Content/`: `images/x.jpg` → `/images/x.jpg`.
    public static func image(_ file: String) -> String { "/\(file)" }

    /// The page served for a missing path.
    public static let notFound = "/404.html"

    // MARK: Documents

    public static let rssFeed = "/feed.xml"
    public static let atomFeed = "/atom.xml"
    public static let jsonFeed = "/feed.json"

    /// The Atom feed beside a listing: `/kategori/spbe/atom.xml`.
    public static func atomFeed(of listing: String) -> String { listing + "atom.xml" }

    public static let sitemap = "/sitemap.xml"

    /// Part `number` (1-based) of a sitemap too large for one file.
    public static func sitemapPart(_ number: Int) -> String { "/sitemap-\(number).xml" }

    public static let newsSitemap = "/news-sitemap.xml"
    public static let robots = "/robots.txt"
    public static let searchIndex = "/search-index.json"

    /// The output file of a site path, relative to the output folder: `/berita/x/` → `berita/x/index.html`.
    public static func file(for path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    // MARK: Project folders

    public static let contentFolder = "Content"
    public static let siteConfigFile = "Content/site.yml"
    public static let releasesFolder = "Content/releases"
    public static let partnersFolder = "Content/partners"
    public static let placementsFolder = "Content/placements"
    public static let imagesFolder = "Content/images"
    public static let evidenceFolder = "Content/evidence"
    public static let templatesFolder = "Templates"
    /// Copied to the site root as they are: `Templates/assets/site.css` → `/assets/site.css`.
    public static let assetsFolder = "Templates/assets"
    public static let labelsFolder = "Templates/i18n"
    /// The default output folder.
    public static let outputFolder = "Site"

    /// The project path of a file named relative to `Content/` (an image or an evidence file).
    public static func contentFile(_ relative: String) -> String { "\(contentFolder)/\(relative)" }

    /// The path relative to `Content/` of a project path under it (the inverse of ``contentFile(_:)``).
    public static func relativeToContent(_ path: String) -> String { String(path.dropFirst(contentFolder.count + 1)) }

    /// Where a theme file lands in the output: its path relative to `Templates/`.
    public static func siteFile(ofTemplateFile path: String) -> String { String(path.dropFirst(templatesFolder.count + 1)) }

    /// A partner's file: `Content/partners/<id>.yml`.
    public static func partnerFile(_ id: String) -> String { "\(partnersFolder)/\(id).yml" }

    /// The ledger of a year: `Content/placements/<year>.csv`.
    public static func ledgerFile(year: Int) -> String { "\(placementsFolder)/\(year).csv" }

    /// The labels of a language: `Templates/i18n/<code>.yml`.
    public static func labelsFile(_ code: String) -> String { "\(labelsFolder)/\(code).yml" }

    /// A template: `Templates/<name>.mustache`.
    public static func templateFile(_ name: String) -> String { "\(templatesFolder)/\(name).mustache" }
}
