import SiarContent

/// The four ways releases are grouped, each with its URL prefix and label key.
public enum Taxonomy: String, Sendable, CaseIterable, Hashable {
    case category = "kategori"
    case tag = "tag"
    case region = "wilayah"
    case author = "penulis"

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
    public var indexPath: String { "/\(rawValue)/" }

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

    public var url: String { "/\(taxonomy.rawValue)/\(slug)/" }
}
