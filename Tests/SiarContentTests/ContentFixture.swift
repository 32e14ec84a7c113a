import SiarContent
import SiarTestSupport

/// Swift Testing has a `SourceLocation` too; in these tests the name means Siar's.
typealias SourceLocation = SiarContent.SourceLocation

/// The project files the release and site.yml tests are written against; expected line and column
/// numbers in those tests are counted from these texts, so they live here rather than in shared support.
enum ContentFixture {
    /// Lines: 1 title, 2 base_url, 3 language, 4 timezone, 5 regions, 6–8 the three regions.
    static let siteYAML = """
        title: "Siaran Pers Uji"
        base_url: "https://contoh.ntbprov.go.id/"
        language: id
        timezone: "+08:00"
        regions:
          - { id: kota-mataram, name: "Kota Mataram" }
          - { id: kota-bima, name: "Kota Bima" }
          - { id: ntb, name: "Provinsi NTB" }

        """

    /// A release without problems, dated to match a file name `2024-03-05-….md`; the body is line 7.
    static let validRelease = """
        ---
        title: "Rakor SPBE se-NTB"
        date: 2024-03-05T10:00:00+08:00
        author: "Tim Kominfotik NTB"
        regions: [kota-bima, ntb]
        ---
        Isi siaran pers.

        """

    /// A temporary project holding `files` (project path → text), with ``siteYAML`` unless `site` says otherwise.
    static func project(_ files: [String: String] = [:], site: String? = siteYAML) throws -> TemporaryProject {
        try TemporaryProject(files: files, site: site)
    }
}
