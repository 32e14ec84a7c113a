import Foundation
import SiarContent
import SiarSite
import SiarTestSupport

/// A fixture project (`Tests/Fixtures/<name>`) copied to a temporary folder together with the default
/// theme, so a test can build it, edit it and build again without touching the repository.
final class ProjectCopy: Sendable {
    let project: TemporaryProject

    init(fixture name: String) throws {
        project = try TemporaryProject(fixture: name)
    }

    var root: String { project.root }

    var output: String { root + "/Site" }

    /// 2025-06-30 23:59:59 WITA: after every fixture release except the embargoed one.
    static let asOf = AsOf.day(CalendarDay(year: 2025, month: 6, day: 30)!)

    func build(_ options: BuildOptions = BuildOptions(asOf: ProjectCopy.asOf)) -> BuildResult {
        SiteBuilder(root: root, options: options).build()
    }

    func write(_ relative: String, _ text: String) throws { try project.write(relative, text) }

    func write(_ relative: String, bytes: [UInt8]) throws { try project.write(relative, bytes: bytes) }

    func read(_ relative: String) throws -> String { try project.read(relative) }

    func remove(_ relative: String) throws { try project.remove(relative) }

    func siteTree() throws -> FileTree { try FileTree(root: output) }

    /// Names in the project folder, to check that no staging folder is left behind.
    func topLevelNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }
}
