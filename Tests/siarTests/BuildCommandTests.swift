import Foundation
import SiarTestSupport
import Testing

/// `siar build` and `siar check` end to end: exit statuses, diagnostics, and an untouched Site/ on failure.
@Suite struct BuildCommandTests {
    static let asOf = ["--as-of", "2025-06-30"]

    @Test func buildWritesTheSiteAndReports() throws {
        let project = try CLIProject()
        let outcome = try SiarProcess.run(["build", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("built "))
        #expect(outcome.stdout.contains("skipped: 1 draft (use --drafts)"))
        #expect(outcome.stdout.contains("embargoed: 1 release; rebuild at 2025-12-31T08:00:00+08:00"))
        #expect(outcome.stdout.contains("Rabu, 31 Desember 2025, pukul 08.00 WITA  'Siaran berembargo'"))
        #expect(FileManager.default.fileExists(atPath: project.root + "/Site/index.html"))
        #expect(FileManager.default.fileExists(atPath: project.root + "/Site/berita/rakor-bima/index.html"))
    }

    /// Each defect: the release file to write, and the exact diagnostic `siar build` must print.
    static let defects: [(name: String, file: String, bytes: [UInt8], diagnostic: String)] = [
        (
            "unclosed front matter", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: \"Rusak\"\ndate: 2025-03-01\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:1:1: error: the front matter opened here is never closed; add a line '---' after the last key"
        ),
        (
            "YAML syntax error", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: \"Rusak\"\ntags: [a, b\ndate: 2025-03-01\nauthor: x\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:4:5: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"
        ),
        (
            "impossible date", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: \"Rusak\"\ndate: 2025-02-30\nauthor: x\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:3:7: error: 'date' names a day that does not exist: '2025-02-30'"
        ),
        (
            "missing title", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ndate: 2025-03-01\nauthor: x\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:2:1: error: missing required key 'title'; add 'title: …'"
        ),
        (
            "unknown region", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\nregions: [ntb, kota-mtaram]\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:5:16: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?"
        ),
        (
            "duplicate slug", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\nslug: ppid\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:5:7: error: slug 'ppid' is already used by 'Content/releases/2025/2025-01-20-ppid.md'; give one of them another 'slug'"
        ),
        (
            "slug with a slash", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\nslug: ../../etc\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:5:7: error: invalid slug '../../etc'; use only lowercase letters, digits and '-'"
        ),
        (
            "slug with dots", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\nslug: a..b\n---\nIsi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:5:7: error: invalid slug 'a..b'; use only lowercase letters, digits and '-'"
        ),
        (
            "invalid UTF-8", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\n---\nIsi ".utf8) + [0xC3, 0x28] + Array(" lagi.\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:6: error: the file is not valid UTF-8 (first bad byte at offset 52); save it as UTF-8"
        ),
        (
            "broken link to a release", "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\n---\nParagraf.\n\nLihat [ini](../2024/tidak-ada.md).\n".utf8),
            "Content/releases/2025/2025-03-01-rusak.md:8: error: link to '../2024/tidak-ada.md', which is not a release file; fix the path or remove the link"
        ),
    ]

    @Test(arguments: defects.indices)
    func defectStopsTheBuildAndKeepsSite(index: Int) throws {
        let defect = Self.defects[index]
        let project = try CLIProject()
        let first = try SiarProcess.run(["build", "--root", project.root] + Self.asOf)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try project.siteTree()

        try project.write(defect.file, defect.bytes)
        let outcome = try SiarProcess.run(["build", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 1, "\(defect.name): \(outcome.stderr)")
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains(defect.diagnostic), "\(defect.name): got\n\(outcome.stderr)")
        #expect(lines.last == "siar: build failed; the previous output was left untouched")
        #expect(try project.siteTree() == before, "\(defect.name): Site/ changed")

        let check = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(check.status == 1)
        #expect(check.stderr.split(separator: "\n").map(String.init).contains(defect.diagnostic))
    }

    @Test func checkListsEveryProblemThenTheCount() throws {
        let project = try CLIProject()
        try project.write(
            "Content/releases/2025/2025-03-01-a.md",
            Array("---\ntitle: A\ndate: 2025-03-01\nauthor: x\nregions: [bima]\nwarna: merah\n---\nIsi.\n".utf8))
        try project.write("Content/releases/2025/2025-03-02-b.md", Array("---\ndate: 2025-03-32\nauthor: x\n---\nIsi.\n".utf8))
        let outcome = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                Content/releases/2025/2025-03-01-a.md:5:11: error: unknown region 'bima'; add it to 'regions' in Content/site.yml
                Content/releases/2025/2025-03-01-a.md:6:1: warning: unknown key 'warna'; remove it or check the spelling
                Content/releases/2025/2025-03-02-b.md:2:1: error: missing required key 'title'; add 'title: …'
                Content/releases/2025/2025-03-02-b.md:2:7: error: 'date' names a day that does not exist: '2025-03-32'
                3 errors, 1 warning

                """)
    }

    @Test func checkPassesOnTheFixtureAndWritesNothing() throws {
        let project = try CLIProject()
        let outcome = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr == "no problems\n")
        #expect(!FileManager.default.fileExists(atPath: project.root + "/Site"))
    }

    /// Before and after the sample's 2026-12-15 release: no errors and no warnings.
    @Test(arguments: ["2026-11-30", "2026-12-20"])
    func sampleContentOfTheRepositoryChecksClean(asOf: String) throws {
        let outcome = try SiarProcess.run(["check", "--root", RepositoryPaths.root, "--as-of", asOf])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr == "no problems\n")
    }

    @Test func badUsageExits64() throws {
        let badDate = try SiarProcess.run(["build", "--as-of", "kemarin"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("invalid --as-of 'kemarin'; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00"))
        #expect(try SiarProcess.run(["terbitkan"]).status == 64)
        #expect(try SiarProcess.run(["build", "--no-such-flag"]).status == 64)
    }

    @Test func missingSiteConfigIsAContentError() throws {
        let empty = try TemporaryProject(site: nil)
        let outcome = try SiarProcess.run(["build", "--root", empty.root])
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix(
                "Content/site.yml: error: missing 'Content/site.yml'; create it with at least 'title' and 'base_url' (see README)\n1 error, 0 warnings\n"
            ))
    }
}
