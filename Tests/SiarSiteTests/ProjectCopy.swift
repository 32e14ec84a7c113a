import Foundation
import SiarContent
import SiarSite
import SiarTestSupport

/// A fixture project (`Tests/Fixtures/<name>`) copied to a temporary folder together with the default
/// theme, so a test can build it, edit it and build again without touching the repository.
final class ProjectCopy: Sendable {
    let root: String

    init(fixture name: String) throws {
        root = FileManager.default.temporaryDirectory.path + "/siar-site-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        try fm.copyItem(atPath: RepositoryPaths.fixture(name) + "/Content", toPath: root + "/Content")
        let fixtureTemplates = RepositoryPaths.fixture(name) + "/Templates"
        try fm.copyItem(
            atPath: fm.fileExists(atPath: fixtureTemplates) ? fixtureTemplates : RepositoryPaths.templates, toPath: root + "/Templates")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    var output: String { root + "/Site" }

    /// 2025-06-30 23:59:59 WITA: after every fixture release except the embargoed one.
    static let asOf = AsOf.day(CalendarDay(year: 2025, month: 6, day: 30)!)

    func build(_ options: BuildOptions = BuildOptions(asOf: ProjectCopy.asOf)) -> BuildResult {
        SiteBuilder(root: root, options: options).build()
    }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + relative)
    }

    func siteTree() throws -> FileTree { try FileTree(root: output) }

    /// Names in the project folder, to check that no staging folder is left behind.
    func topLevelNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }
}
