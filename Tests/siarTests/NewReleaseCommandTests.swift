import Foundation
import SiarTestSupport
import Testing

/// `siar new release` writes a draft that passes `siar check`.
@Suite struct NewReleaseCommandTests {
    @Test func createsADraftThatChecksClean() throws {
        let project = try CLIProject()
        let outcome = try SiarProcess.run([
            "new", "release", "Bimtek Keamanan Informasi untuk OPD", "--date", "2025-05-02", "--root", project.root,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "Content/releases/2025/2025-05-02-bimtek-keamanan-informasi-untuk-opd.md\n")
        let text = try String(
            contentsOfFile: project.root + "/Content/releases/2025/2025-05-02-bimtek-keamanan-informasi-untuk-opd.md", encoding: .utf8)
        #expect(
            text.hasPrefix(
                "---\ntitle: \"Bimtek Keamanan Informasi untuk OPD\"\ndate: 2025-05-02T09:00:00+08:00\nauthor: \"Tim Kominfotik NTB\"\n"))
        #expect(text.contains("draft: true\n"))
        let check = try SiarProcess.run(["check", "--root", project.root, "--as-of", "2025-06-30"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func refusesToOverwrite() throws {
        let project = try CLIProject()
        let arguments = ["new", "release", "Judul Sama", "--date", "2025-05-02", "--root", project.root]
        #expect(try SiarProcess.run(arguments).status == 0)
        let second = try SiarProcess.run(arguments)
        #expect(second.status == 1)
        #expect(second.stderr.contains("slug 'judul-sama' is already used"))
    }

    @Test func rejectsAnInvalidDate() throws {
        let project = try CLIProject()
        let outcome = try SiarProcess.run(["new", "release", "Judul", "--date", "2025-13-01", "--root", project.root])
        #expect(outcome.status == 64)
    }
}
