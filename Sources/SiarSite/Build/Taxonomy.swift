import SiarContent

/// The four ways releases are grouped, each with its URL prefix and label key.
public enum Taxonomy: Sendable, CaseIterable, Hashable {
    case category
    case tag
    case region
    case author

    /// The label key of the taxonomy's name in `Templates/i18n`.
    public var labelKey: String {
        switch self {
        case .category: "category"
        case .tag: "tag"
        case .region: "region"
        case .author: "author"
        }
    }

    /// The plural label key, for index pages.
    public var pluralLabelKey: String { labelKey + "_plural" }

    /// The index page `/kategori/`.
    public var indexPath: String {
        switch self {
        case .category: SitePaths.categories
        case .tag: SitePaths.tags
        case .region: SitePaths.regions
        case .author: SitePaths.authors
        }
    }

    /// The raw terms of a release in this taxonomy.
    func terms(of release: Release) -> [String] {
        switch self {
        case .category: release.category.map { [$0] } ?? []
        case .tag: release.tags
        case .region: release.regions
        case .author: [release.author]
        }
    }
}

/// One term of a taxonomy, e.g. the category "Keamanan Informasi" at `/kategori/keamanan-informasi/`.
public struct Term: Sendable, Hashable {
    public let taxonomy: Taxonomy
    /// The display name (for regions, the name from site.yml).
    public let name: String
    public let slug: String

    public var url: String { SitePaths.term(slug, in: taxonomy.indexPath) }
}
