import Foundation
import SiarContent
import SiarSite
import SiarTestSupport

/// A small complete project in a temporary folder — `Content/site.yml`, a few releases and a copy of the
/// repository's `Templates/` — that tests build with a fixed as-of time and then read back.
///
/// ```swift
/// let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
/// let site = try fixture.build(asOf: SiteFixture.standardAsOf)
/// let rss = try site.text("feed.xml")
/// ```
final class SiteFixture: Sendable {
    /// The `base_url` of every fixture site.
    static let baseURL = "https://siar.example.org/"
    /// The as-of time the standard releases are laid out around.
    static let standardAsOf = "2024-03-07T12:00:00+08:00"

    let project: TemporaryProject

    /// The project root.
    var root: String { project.root }

    /// Writes a project with `releases` into a fresh temporary folder.
    init(releases: [FixtureRelease], language: String = "id", pageSize: Int = 2) throws {
        var files = ["Content/images/rakor-bima.png": "PNG"]
        for release in releases { files[release.path] = release.markdown }
        project = try TemporaryProject(files: files, site: Self.siteYAML(language: language, pageSize: pageSize))
        try project.copyTheme()
    }

    /// Builds the site into `<root>/Site` as of `asOf`; throws when the build reports errors.
    func build(asOf: String, includeDrafts: Bool = false, includeFuture: Bool = false, output: String? = nil) throws -> BuiltSite {
        guard let moment = AsOf(parsing: asOf) else { throw FixtureError("invalid as-of '\(asOf)'") }
        let options = BuildOptions(output: output, includeDrafts: includeDrafts, includeFuture: includeFuture, asOf: moment)
        let builder = SiteBuilder(root: root, options: options)
        let result = builder.build()
        guard result.succeeded else {
            throw FixtureError("build failed: \(result.diagnostics.diagnostics.map { String(describing: $0) })")
        }
        return BuiltSite(output: builder.output)
    }

    func write(_ text: String, to relativePath: String) throws { try project.write(relativePath, text) }

    static func siteYAML(language: String, pageSize: Int) -> String {
        """
        title: "Siaran Pers Uji & Coba"
        base_url: "\(baseURL)"
        language: \(language)
        timezone: "+08:00"
        description: "Situs uji untuk umpan, peta situs, dan pencarian."
        office: "Dinas Kominfotik Uji"
        page_size: \(pageSize)
        regions:
          - { id: kota-bima, name: "Kota Bima" }
          - { id: lombok-timur, name: "Kabupaten Lombok Timur" }
          - { id: ntb, name: "Provinsi NTB" }

        """
    }

    /// Five releases around ``standardAsOf``: three public (1 day, 3 days and about a month before), a
    /// draft, and one embargoed until the next day.
    static let standardReleases: [FixtureRelease] = [
        FixtureRelease(
            slug: "rakor-kominfo-bima", title: "Rakor Kominfo se-NTB di Kota Bima", date: "2024-03-06T10:00:00+08:00",
            category: "SPBE", tags: ["SPBE", "Srikandi"], regions: ["kota-bima", "ntb"],
            summary: "Rapat koordinasi menetapkan prioritas SPBE.", image: "images/rakor-bima.png", dateline: "Bima",
            body: """
                Rapat koordinasi Dinas Kominfo se-NTB digelar di Kota Bima.

                Hasilnya melanjutkan [kegiatan literasi](2024-03-04-literasi-digital-selong.md) pekan ini.
                """),
        FixtureRelease(
            slug: "literasi-digital-selong", title: "Literasi Digital di Sélong: Jum'at Bersama Pelajar",
            date: "2024-03-04T09:00:00+08:00", author: "Bidang IKP", category: "Literasi Digital",
            tags: ["Literasi Digital", "Café Ilmu"], regions: ["lombok-timur"],
            body: "Pelajar di Selong belajar mengenali hoaks & disinformasi."),
        FixtureRelease(
            slug: "forum-satu-data", title: "Forum Satu Data NTB", date: "2024-02-10", author: "Bidang Statistik",
            category: "Statistik", tags: ["Satu Data"], regions: ["ntb"], body: "Forum Satu Data membahas data prioritas."),
        FixtureRelease(
            slug: "draf-rahasia", title: "Draf Rahasia", date: "2024-03-05T08:00:00+08:00", category: "Rahasia Draf",
            tags: ["Rahasia"], draft: true, body: "Belum boleh terbit."),
        FixtureRelease(
            slug: "embargo-besok", title: "Siaran Berembargo", date: "2024-03-08T09:00:00+08:00", category: "SPBE",
            tags: ["Embargo"], body: "Terbit besok pagi."),
    ]
}

/// One release file of a fixture project.
struct FixtureRelease {
    var slug: String
    var title: String
    /// `2024-03-06T10:00:00+08:00` or a plain `2024-02-10`.
    var date: String
    var author = "Tim Kominfotik Uji"
    var category: String?
    var tags: [String] = []
    var regions: [String] = []
    var summary: String?
    var image: String?
    var dateline: String?
    var draft = false
    var body = "Paragraf pertama."

    /// `Content/releases/<yyyy>/<yyyy-mm-dd>-<slug>.md`.
    var path: String { "Content/releases/\(date.prefix(4))/\(date.prefix(10))-\(slug).md" }

    var markdown: String {
        var lines = ["---", "title: \(Self.quoted(title))", "date: \(date)", "author: \(Self.quoted(author))", "slug: \(slug)"]
        if let category { lines.append("category: \(Self.quoted(category))") }
        if !tags.isEmpty { lines.append("tags: [\(tags.map(Self.quoted).joined(separator: ", "))]") }
        if !regions.isEmpty { lines.append("regions: [\(regions.joined(separator: ", "))]") }
        if let summary { lines.append("summary: \(Self.quoted(summary))") }
        if let image { lines.append("image: \(image)") }
        if let dateline { lines.append("dateline: \(Self.quoted(dateline))") }
        if draft { lines.append("draft: true") }
        lines += ["---", body, ""]
        return lines.joined(separator: "\n")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// A built site folder.
struct BuiltSite {
    let output: String

    /// The text of a site file such as `feed.xml` or `kategori/spbe/atom.xml`.
    func text(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: output + "/" + path) else { throw FixtureError("no file '\(path)'") }
        return String(decoding: data, as: UTF8.self)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + path) }

    /// The parsed JSON of a site file.
    func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text(path).utf8))
    }

    /// The parsed XML of a site file.
    func xml(_ path: String) throws -> XMLTreeNode {
        try XMLTreeNode.parse(text(path))
    }

    /// Site paths (`/berita/x/`) of every HTML page in the output, sorted.
    func htmlPages() -> [String] {
        let files = FileManager.default.enumerator(atPath: output)?.allObjects.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".html") }.map { file in
            file == "index.html" ? "/" : file.hasSuffix("/index.html") ? "/" + file.dropLast("index.html".count) : "/" + file
        }.sorted()
    }
}

/// A fixture that could not be set up or built.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
