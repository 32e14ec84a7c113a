import Foundation
import SiarTestSupport
import Testing

/// The attacks on content that passed `siar check`/`build` before: evidence naming any file under
/// Content/, numbers that made the compliance figures trap, and an unchecked `--base-url`.
@Suite struct HardeningCommandTests {
    static let asOf = ["--as-of", "2025-06-30"]

    static func appendRow(_ row: String, to project: CLIProject) throws {
        let path = project.root + "/Content/placements/2025.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + row + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func row(id: String = "S25-90", quantity: String = "", evidence: String = "https://arsip.example.id/x.png") -> String {
        "\(id),suara-ntb,,news,,2025-03-05,\(quantity),,\(evidence),2025-03-06,verified,Ni Made Sutari,2025-03-07,"
    }

    /// A row citing the embargoed release or site.yml as evidence used to get the file copied to /bukti/.
    @Test(arguments: ["releases/2025/2025-12-31-embargo.md", "site.yml"])
    func evidenceNamingAnotherFileStopsTheBuild(_ evidence: String) throws {
        let project = try CLIProject()
        try Self.appendRow(Self.row(evidence: evidence), to: project)
        let line = try String(contentsOfFile: project.root + "/Content/placements/2025.csv", encoding: .utf8)
            .split(separator: "\n").count
        let build = try SiarProcess.run(["build", "--root", project.root, "--future"] + Self.asOf)
        #expect(build.status == 1)
        #expect(
            build.stderr.contains(
                "Content/placements/2025.csv:\(line):38: error: 'evidence' must be an https:// URL or a file of this partner such as 'evidence/suara-ntb/p-1.png' (PNG, JPEG, PDF or WebP), not '\(evidence)'"
            ), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root + "/Site/bukti/" + evidence))
        #expect(!FileManager.default.fileExists(atPath: project.root + "/Site"))
        #expect(try SiarProcess.run(["check", "--root", project.root] + Self.asOf).status == 1)
    }

    /// The reported attack: `quantity` 9223372036854775807 made check, compliance and build trap (exit 132).
    @Test func quantityOfIntMaxIsAnErrorNotACrash() throws {
        let project = try CLIProject()
        try Self.appendRow(Self.row(quantity: "9223372036854775807"), to: project)
        for command in [["check"], ["compliance"], ["build"]] {
            let outcome = try SiarProcess.run(command + ["--root", project.root] + Self.asOf)
            #expect(outcome.status == 1, "\(command): \(outcome.stderr)")
            #expect(
                outcome.stderr.contains("error: 'quantity' must be a whole number from 1 to 100,000, not '9223372036854775807'"),
                "\(command): \(outcome.stderr)")
        }
    }

    static let extremes = [
        "9223372036854775807", "-9223372036854775808", "99999999999999999999", "1e30", "-1", "0", "12abc", "1_000",
        "100000", "100001", "1000000", "1000000000000", "10000000000000", "10000000000001", " 5", "٣", "NaN", "",
    ]

    /// Fixed-seed random values in the numbers of the partner file and the ledger, many rows at once: every
    /// run ends with 0 or 1, never a trap.
    @Test func randomExtremeNumbersNeverCrash() throws {
        var random = SplitMix64(seed: 0x5EED_2026_1208)
        for round in 0..<8 {
            let project = try CLIProject()
            let partner = project.root + "/Content/partners/suara-ntb.yml"
            var yaml = try String(contentsOfFile: partner, encoding: .utf8)
            for key in ["value: 60000000", "target: 40", "unit_price: 500000", "target: 100"] where random.next(below: 2) == 0 {
                let name = key.split(separator: ":")[0]
                yaml = yaml.replacingOccurrences(of: key, with: "\(name): \(Self.extremes[random.next(below: Self.extremes.count)])")
            }
            try yaml.write(toFile: partner, atomically: true, encoding: .utf8)
            let rows = (0..<(1 + random.next(below: 40))).map { index in
                Self.row(id: "Z\(round)-\(index)", quantity: Self.extremes[random.next(below: Self.extremes.count)])
            }
            try Self.appendRow(rows.joined(separator: "\n"), to: project)
            for command in [["check"], ["compliance", "--format", "json"], ["build"]] {
                let outcome = try SiarProcess.run(command + ["--root", project.root] + Self.asOf)
                #expect([0, 1].contains(outcome.status), "round \(round) \(command): status \(outcome.status)")
            }
        }
    }

    @Test(arguments: ["notaurl", "ftp://example.org/", "//example.org/", "https://"])
    func baseURLOptionIsValidated(_ value: String) throws {
        let project = try CLIProject()
        let outcome = try SiarProcess.run(["build", "--root", project.root, "--base-url", value] + Self.asOf)
        #expect(outcome.status == 64)
        #expect(
            outcome.stderr.contains(
                "invalid --base-url '\(value)'; write an absolute http(s) URL such as 'https://diskominfotik.ntbprov.go.id/'"),
            "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root + "/Site"))
    }

    /// A duplicate slug used to hide a broken release link elsewhere until it was fixed.
    @Test func checkReportsADuplicateSlugAndABrokenLinkInOneRun() throws {
        let project = try CLIProject()
        try project.write(
            "Content/releases/2025/2025-03-02-ppid.md", Array("---\ntitle: Lagi\ndate: 2025-03-02\nauthor: x\n---\nIsi.\n".utf8))
        try project.write(
            "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\n---\nParagraf.\n\nLihat [ini](../2024/tidak-ada.md).\n".utf8))
        let outcome = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                Content/releases/2025/2025-03-01-rusak.md:8: error: link to '../2024/tidak-ada.md', which is not a release file; fix the path or remove the link
                Content/releases/2025/2025-03-02-ppid.md:1:1: error: slug 'ppid' is already used by 'Content/releases/2025/2025-01-20-ppid.md'; give one of them another 'slug'
                2 errors, 0 warnings

                """)
    }

    /// A release with an error of its own used to make every link to it from other releases a second error
    /// ("not a release file"), burying the one that matters.
    @Test func linksToABrokenReleaseAreNotReportedAgain() throws {
        let project = try CLIProject()
        try project.write(
            "Content/releases/2025/2025-03-01-rusak.md",
            Array("---\ntitle: Rusak\ndate: 2025-03-01\nauthor: x\nregions: [kota-mtaram]\n---\nIsi.\n".utf8))
        try project.write(
            "Content/releases/2025/2025-03-02-rujukan.md",
            Array("---\ntitle: Rujukan\ndate: 2025-03-02\nauthor: x\n---\nLihat [ini](2025-03-01-rusak.md).\n".utf8))
        let outcome = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                Content/releases/2025/2025-03-01-rusak.md:5:11: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?
                1 error, 0 warnings

                """)
    }

    /// Items the writer already quoted keep their quotes once in the suggested list form.
    @Test func theListFormKeepsQuotedItemsReadable() throws {
        let project = try CLIProject()
        try project.write(
            "Content/releases/2025/2025-03-01-daftar.md",
            Array("---\ntitle: Daftar\ndate: 2025-03-01\nauthor: x\ntags: SPBE, \"SP4N Lapor\", 'Srikandi'\n---\nIsi.\n".utf8))
        let outcome = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(
            outcome.stderr.contains(#"write it as a list: 'tags: [SPBE, "SP4N Lapor", Srikandi]'"#), "\(outcome.stderr)")
    }

    /// `tags` and `regions` written as one text with commas: an error that shows the list form. One word
    /// without a comma stays a list of one.
    @Test func listsWrittenAsTextAreErrors() throws {
        let project = try CLIProject()
        try project.write(
            "Content/releases/2025/2025-03-01-daftar.md",
            Array(
                "---\ntitle: Daftar\ndate: 2025-03-01\nauthor: x\ntags: SPBE, Srikandi, SP4N Lapor\nregions: kota-mataram, ntb\n---\nIsi.\n"
                    .utf8))
        try project.write(
            "Content/releases/2025/2025-03-02-satu.md",
            Array("---\ntitle: Satu\ndate: 2025-03-02\nauthor: x\ntags: SPBE\nregions: ntb\n---\nIsi.\n".utf8))
        let outcome = try SiarProcess.run(["check", "--root", project.root] + Self.asOf)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                Content/releases/2025/2025-03-01-daftar.md:5:7: error: 'tags' is one text 'SPBE, Srikandi, SP4N Lapor', not a list; write it as a list: 'tags: [SPBE, Srikandi, "SP4N Lapor"]'
                Content/releases/2025/2025-03-01-daftar.md:6:10: error: 'regions' is one text 'kota-mataram, ntb', not a list; write it as a list: 'regions: [kota-mataram, ntb]'
                2 errors, 0 warnings

                """)
    }
}
