import Foundation
import SiarContent

/// A small Siar project written to a fresh temporary directory, deleted when the value is released.
///
/// ```swift
/// let project = try TemporaryProject(files: [
///     "Content/partners/kabar-rinjani.yml": partnerYAML,
///     "Content/placements/2024.csv": TemporaryProject.ledger(["p1,kabar-rinjani,,news,,2024-02-01,,,,,submitted,,,"]),
/// ])
/// let result = project.load()
/// ```
///
/// `Content/site.yml` is ``defaultSite`` unless `files` gives its own (or `site` is nil). Every test that
/// needs a project on disk makes it with this type; the suites' fixtures only choose its files.
public final class TemporaryProject: Sendable {
    /// The absolute path of the project root.
    public let root: String

    /// Creates the directory and writes `files` (project path → text) into it.
    public init(files: [String: String] = [:], site: String? = TemporaryProject.defaultSite) throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/siar-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if let site, files["Content/site.yml"] == nil { try write("Content/site.yml", site) }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try write(path, text) }
    }

    /// Copies the fixture project `Tests/Fixtures/<name>`: its `Content/`, and its own `Templates/` or,
    /// when it has none, the repository's theme.
    public convenience init(fixture name: String) throws {
        try self.init(site: nil)
        try FileManager.default.copyItem(atPath: RepositoryPaths.fixture(name) + "/Content", toPath: path("Content"))
        let own = RepositoryPaths.fixture(name) + "/Templates"
        try copyTheme(from: FileManager.default.fileExists(atPath: own) ? own : RepositoryPaths.templates)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Copies a theme folder (by default the repository's `Templates/`) to the project's `Templates/`.
    public func copyTheme(from folder: String = RepositoryPaths.templates) throws {
        try FileManager.default.copyItem(atPath: folder, toPath: path("Templates"))
    }

    /// The file system path of a project path.
    public func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `text` as UTF-8 to a project path, creating folders as needed.
    public func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes (to test BOMs, CRLF or invalid UTF-8).
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    public func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    /// Loads the project with ``ContentLoader``.
    public func load() -> ContentLoader.Result { ContentLoader(root: root).load() }

    /// The rendered diagnostics of ``load()``, one per line, sorted (without the count line).
    public func diagnostics() -> [String] { DiagnosticReport(load().diagnostics).diagnostics.map(\.description) }

    /// A minimal valid `site.yml` with the NTB regions `kota-mataram`, `kota-bima` and `ntb`.
    public static let defaultSite = """
        title: "Uji Siar"
        base_url: "https://example.org/"
        language: id
        timezone: "+08:00"
        regions:
          - { id: kota-mataram, name: "Kota Mataram" }
          - { id: kota-bima, name: "Kota Bima" }
          - { id: ntb, name: "Provinsi NTB" }
        compliance:
          publish: true
          pace_warning_points: 15

        """

    /// A release file dated `date` (`YYYY-MM-DD`): its project path and text.
    public static func release(
        slug: String, date: String, title: String = "Siaran uji", body: String = "Isi siaran pers uji.\n"
    ) -> (path: String, text: String) {
        let path = "Content/releases/\(date.prefix(4))/\(date)-\(slug).md"
        let text = "---\ntitle: \"\(title)\"\ndate: \(date)T10:00:00+08:00\nauthor: \"Tim Uji\"\n---\n\(body)"
        return (path, text)
    }

    /// A ledger file of the 14 columns before `review_note` (still read, with a rejection's reason in
    /// `note`): the header row, then `rows` as written, each ended by a line break.
    public static func ledger(_ rows: [String]) -> String {
        ([Placement.legacyLedgerColumns.joined(separator: ",")] + rows).map { $0 + "\n" }.joined()
    }

    /// A ledger file of the current 15 columns (`review_note` last): the header row, then `rows`.
    public static func currentLedger(_ rows: [String]) -> String {
        ([Placement.ledgerColumns.joined(separator: ",")] + rows).map { $0 + "\n" }.joined()
    }
}
