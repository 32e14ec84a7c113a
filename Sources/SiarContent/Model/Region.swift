/// One entry of the controlled list of regions in `site.yml` (a kabupaten, a kota, or the province).
public struct Region: Sendable, Hashable, Codable {
    /// The slug used in release front matter and in `/wilayah/<id>/`.
    public var id: String
    /// The display name, e.g. "Kota Mataram".
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
