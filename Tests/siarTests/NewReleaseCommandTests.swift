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

    /// Today in the fixture's timezone (+08:00), as `YYYY-MM-DD`.
    static func todayInSiteTimezone() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    @Test func withoutADateTheReleaseIsDatedNowInTheSiteTimezone() throws {
        let project = try CLIProject()
        let before = Self.todayInSiteTimezone()
        let outcome = try SiarProcess.run(["new", "release", "Rapat Koordinasi Hari Ini", "--root", project.root])
        let after = Self.todayInSiteTimezone()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // A run across midnight may take either day; any other day (say, the UTC one) is wrong.
        let path = try #require(
            [before, after].map { "Content/releases/\($0.prefix(4))/\($0)-rapat-koordinasi-hari-ini.md" }.first {
                outcome.stdout == $0 + "\n"
            }, "\(outcome.stdout)")
        let day = String(path.dropFirst("Content/releases/2025/".count).prefix(10))
        let text = try String(contentsOfFile: project.root + "/" + path, encoding: .utf8)
        let date = try #require(text.split(separator: "\n").first { $0.hasPrefix("date: ") })
        #expect(date.hasPrefix("date: \(day)T"))
        #expect(date.hasSuffix(":00+08:00"), "\(date)")
    }

    @Test func authorIsTheOneGiven() throws {
        let project = try CLIProject()
        let outcome = try SiarProcess.run([
            "new", "release", "Judul Penulis", "--date", "2025-05-02", "--author", "Ni Made \"Ayu\" Sutari", "--root", project.root,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = try String(contentsOfFile: project.root + "/Content/releases/2025/2025-05-02-judul-penulis.md", encoding: .utf8)
        #expect(text.contains("\nauthor: \"Ni Made \\\"Ayu\\\" Sutari\"\n"))
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
