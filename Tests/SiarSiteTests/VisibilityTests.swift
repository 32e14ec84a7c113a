import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// Drafts, embargoes and expiry decide which releases reach the site.
@Suite struct VisibilityTests {
    func pages(_ options: BuildOptions) throws -> Set<String> {
        let project = try ProjectCopy(fixture: "portal")
        let result = project.build(options)
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        return Set(try project.siteTree().paths)
    }

    @Test func draftsAndEmbargoedAreLeftOutByDefault() throws {
        let paths = try pages(BuildOptions(asOf: ProjectCopy.asOf))
        #expect(paths.contains("berita/rakor-bima/index.html"))
        #expect(!paths.contains("berita/draf/index.html"))
        #expect(!paths.contains("berita/embargo/index.html"))
        let home = try #require(try ProjectCopy(fixture: "portal").buildAndRead("index.html"))
        #expect(!home.contains("Draf yang belum terbit"))
        #expect(!home.contains("Siaran berembargo"))
    }

    @Test func flagsIncludeThem() throws {
        let paths = try pages(BuildOptions(includeDrafts: true, includeFuture: true, asOf: ProjectCopy.asOf))
        #expect(paths.contains("berita/draf/index.html"))
        #expect(paths.contains("berita/embargo/index.html"))
    }

    @Test func embargoLiftsAfterItsDate() throws {
        let before = try pages(
            BuildOptions(
                asOf: .moment(
                    Timestamp(day: CalendarDay(year: 2025, month: 12, day: 31)!, utcOffset: 8 * 3600).adding(seconds: 8 * 3600 - 1))))
        #expect(!before.contains("berita/embargo/index.html"))
        let after = try pages(
            BuildOptions(
                asOf: .moment(Timestamp(day: CalendarDay(year: 2025, month: 12, day: 31)!, utcOffset: 8 * 3600).adding(seconds: 8 * 3600))))
        #expect(after.contains("berita/embargo/index.html"))
    }

    @Test func reportListsEmbargoedReleasesWithTheirDates() throws {
        let project = try ProjectCopy(fixture: "portal")
        let report = try #require(project.build().report)
        #expect(report.skippedDrafts == 1)
        #expect(report.embargoed.map(\.date.iso8601) == ["2025-12-31T08:00:00+08:00"])
        #expect(report.embargoed.map(\.path) == ["Content/releases/2025/2025-12-31-embargo.md"])
    }

    @Test func expiredReleaseIsGoneAfterItsLastDay() throws {
        let project = try ProjectCopy(fixture: "portal")
        let text = try project.read("Content/releases/2025/2025-01-20-ppid.md")
        try project.write(
            "Content/releases/2025/2025-01-20-ppid.md",
            text.replacingOccurrences(of: "tags: [PPID]", with: "tags: [PPID]\nexpires: 2025-06-30"))
        #expect(project.build(BuildOptions(asOf: .day(CalendarDay(year: 2025, month: 6, day: 30)!))).succeeded)
        #expect(FileManager.default.fileExists(atPath: project.output + "/berita/ppid/index.html"))
        let report = project.build(BuildOptions(asOf: .day(CalendarDay(year: 2025, month: 7, day: 1)!))).report
        #expect(report?.expired == 1)
        #expect(!FileManager.default.fileExists(atPath: project.output + "/berita/ppid/index.html"))
    }
}

extension ProjectCopy {
    func buildAndRead(_ relative: String) throws -> String? {
        guard build().succeeded else { return nil }
        return try read("Site/" + relative)
    }
}
