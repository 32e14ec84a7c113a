import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// docs/ARCHITECTURE.md#guarantees: a build swaps in a complete tree or changes nothing; same inputs, same bytes.
@Suite struct SiteWriterTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let first = try project.siteTree()
        #expect(project.build().succeeded)
        #expect(try project.siteTree() == first)
    }

    @Test func failedBuildLeavesPreviousOutputUntouched() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let before = try project.siteTree()
        try project.write("Content/releases/2025/2025-03-01-rusak.md", "---\ntitle: \"Rusak\"\ndate: 2025-02-30\nauthor: x\n---\nIsi.\n")
        let result = project.build()
        #expect(!result.succeeded)
        #expect(result.report == nil)
        #expect(try project.siteTree() == before)
        // The build cache of the first build stays beside the output; no staging folder is left.
        #expect(try project.topLevelNames() == [".siar-cache", "Content", "Site", "Templates"])
    }

    @Test func removedReleaseDisappears() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: project.output + "/berita/ppid/index.html"))
        try project.remove("Content/releases/2025/2025-01-20-ppid.md")
        #expect(project.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: project.output + "/berita/ppid/index.html"))
        #expect(!FileManager.default.fileExists(atPath: project.output + "/kategori/informasi-publik/index.html"))
    }

    @Test func outputGitignorePlaceholderIsKept() throws {
        let project = try ProjectCopy(fixture: "portal")
        try project.write("Site/.gitignore", "*\n!.gitignore\n")
        try project.write("Site/stale.html", "old")
        #expect(project.build().succeeded)
        #expect(try project.read("Site/.gitignore") == "*\n!.gitignore\n")
        #expect(!FileManager.default.fileExists(atPath: project.output + "/stale.html"))
    }

    @Test func stagingTreeIsDiscardedOnDiscard() throws {
        let project = try ProjectCopy(fixture: "portal")
        let staging = try SiteWriter(output: project.output).begin()
        try staging.write("x", to: "a/b/c.html")
        #expect(FileManager.default.fileExists(atPath: staging.root + "/a/b/c.html"))
        staging.discard()
        #expect(!FileManager.default.fileExists(atPath: staging.root))
        #expect(!FileManager.default.fileExists(atPath: project.output))
    }

    @Test func outputThatIsAFileIsAnError() throws {
        let project = try ProjectCopy(fixture: "portal")
        try project.write("Site", "not a folder")
        let result = project.build()
        #expect(!result.succeeded)
        #expect(result.diagnostics.diagnostics.map(\.description).contains { $0.hasPrefix("Site: error: cannot write the output:") })
        #expect(try project.read("Site") == "not a folder")
        #expect(try project.topLevelNames() == ["Content", "Site", "Templates"])
    }
}
