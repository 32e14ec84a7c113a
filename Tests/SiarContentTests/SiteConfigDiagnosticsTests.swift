import SiarContent
import SiarTestSupport
import Testing

/// `Content/site.yml`: what loads, and the exact line printed for each problem.
@Suite("site.yml diagnostics")
struct SiteConfigDiagnosticsTests {
    /// The default fixture's lines, numbered as in the file:
    /// 1 title, 2 base_url, 3 language, 4 timezone, 5 regions, 6–8 the three regions.
    static func site(replacing line: Int? = nil, with replacement: String? = nil, appending extra: String = "") -> String {
        var lines = ContentFixture.siteYAML.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let line {
            if let replacement { lines[line - 1] = replacement } else { lines.remove(at: line - 1) }
        }
        return lines.joined(separator: "\n") + extra
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let site: String
        let expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "missing base_url", site: site(replacing: 2),
            expected: ["Content/site.yml:1:1: error: missing required key 'base_url'; add 'base_url: …'"]),
        Case(
            name: "missing title", site: site(replacing: 1),
            expected: ["Content/site.yml:1:1: error: missing required key 'title'; add 'title: …'"]),
        Case(
            name: "base_url without a scheme", site: site(replacing: 2, with: "base_url: contoh.go.id"),
            expected: ["Content/site.yml:2:11: error: 'base_url' is not an absolute http(s) URL: 'contoh.go.id'"]),
        Case(
            name: "timezone name instead of offset", site: site(replacing: 4, with: "timezone: \"WITA\""),
            expected: ["Content/site.yml:4:11: error: invalid timezone 'WITA'; write an offset such as '+08:00'"]),
        Case(
            name: "timezone beyond +14:00", site: site(replacing: 4, with: "timezone: \"+15:00\""),
            expected: ["Content/site.yml:4:11: error: invalid timezone '+15:00'; write an offset such as '+08:00'"]),
        Case(
            name: "unknown language with a hint", site: site(replacing: 3, with: "language: ind"),
            expected: ["Content/site.yml:3:11: error: 'language' has an unknown value 'ind'; did you mean 'id'?"]),
        Case(
            name: "unknown language without a hint", site: site(replacing: 3, with: "language: fr"),
            expected: ["Content/site.yml:3:11: error: 'language' has an unknown value 'fr'; use one of 'id', 'en'"]),
        Case(
            name: "duplicate region", site: site(appending: "  - { id: ntb, name: \"NTB\" }\n"),
            expected: ["Content/site.yml:9:11: error: region 'ntb' is listed twice; keep one"]),
        Case(
            name: "region id that is not a slug", site: site(appending: "  - { id: Kota Bima, name: \"Kota Bima\" }\n"),
            expected: ["Content/site.yml:9:11: error: invalid slug 'Kota Bima'; use only lowercase letters, digits and '-'"]),
        Case(
            name: "region without a name", site: site(appending: "  - { id: sumbawa }\n"),
            expected: ["Content/site.yml:9:5: error: missing required key 'name'; add 'name: …'"]),
        Case(
            name: "regions that are not a list", site: site(replacing: 6, with: "  ntb: Provinsi NTB").keepingLines(6),
            expected: ["Content/site.yml:6:3: error: 'regions' must be a list of { id, name }"]),
        Case(
            name: "misspelt key", site: site(appending: "page_sise: 10\n"),
            expected: ["Content/site.yml:9:1: warning: unknown key 'page_sise'; did you mean 'page_size'?"]),
        Case(
            name: "page size out of range", site: site(appending: "page_size: 0\n"),
            expected: ["Content/site.yml:9:12: error: 'page_size' must be a whole number from 1 to 1,000, not '0'"]),
        Case(
            name: "misspelt key in the compliance block", site: site(appending: "compliance:\n  publsh: true\n"),
            expected: ["Content/site.yml:10:3: warning: unknown key 'publsh'; did you mean 'publish'?"]),
        Case(
            name: "YAML syntax error", site: site(replacing: 3, with: "language: id: en"),
            expected: ["Content/site.yml:3:13: error: YAML syntax error: mapping values are not allowed in this context"]),
    ]

    @Test(arguments: cases)
    func diagnosticLines(_ example: Case) throws {
        let project = try ContentFixture.project(site: example.site)
        let result = project.load()
        #expect(DiagnosticReport(result.diagnostics).diagnostics.map(\.description) == example.expected)
        #expect(result.content == nil || !result.hasErrors)
    }

    @Test func missingSiteConfig() throws {
        let project = try ContentFixture.project([ReleaseCase.path: ContentFixture.validRelease], site: nil)
        let result = project.load()
        #expect(
            result.diagnostics.map(\.description) == [
                "Content/site.yml: error: missing 'Content/site.yml'; create it with at least 'title' and 'base_url' (see README)"
            ])
        #expect(result.content == nil)
    }

    @Test func defaultFixtureLoads() throws {
        let project = try ContentFixture.project()
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        let site = try #require(result.content?.site)
        #expect(site.title == "Siaran Pers Uji")
        #expect(site.baseURL == "https://contoh.ntbprov.go.id/")
        #expect(site.language == .id)
        #expect(site.utcOffset == 8 * 3600)
        #expect(site.pageSize == 20)
        #expect(site.regions.map(\.id) == ["kota-mataram", "kota-bima", "ntb"])
        #expect(site.unsafeHTML == false)
        #expect(site.compliance == SiteConfig.ComplianceSettings(publish: true, paceWarningPoints: 15))
    }

    @Test func optionalSettingsAreRead() throws {
        let text = Self.site(
            replacing: 2, with: "base_url: https://contoh.go.id",
            appending: "page_size: 12\nunsafe_html: true\ncompliance:\n  publish: no\n  pace_warning_points: 10\n")
        let project = try ContentFixture.project(site: text.replacingTimezone("\"-05:30\""))
        let site = try #require(project.load().content?.site)
        #expect(site.baseURL == "https://contoh.go.id/")
        #expect(site.utcOffset == -(5 * 3600 + 30 * 60))
        #expect(site.pageSize == 12)
        #expect(site.unsafeHTML)
        #expect(site.compliance == SiteConfig.ComplianceSettings(publish: false, paceWarningPoints: 10))
    }

    /// A broken site.yml stops before the releases: their problems would only be noise.
    @Test func unusableSiteConfigSkipsReleases() throws {
        let project = try ContentFixture.project([ReleaseCase.path: "tanpa front matter\n"], site: Self.site(replacing: 2))
        #expect(project.diagnostics().count == 1)
    }

    /// A usable site.yml with errors still lets every release be checked in the same run.
    @Test func siteErrorsAndReleaseErrorsInOneRun() throws {
        let project = try ContentFixture.project(
            [ReleaseCase.path: "tanpa front matter\n"], site: Self.site(replacing: 3, with: "language: ind"))
        #expect(
            project.diagnostics() == [
                ReleaseCase.path + ":1:1: error: a release must start with a '---' line that opens its front matter",
                "Content/site.yml:3:11: error: 'language' has an unknown value 'ind'; did you mean 'id'?",
            ])
    }

    @Test func invalidUTF8InSiteConfig() throws {
        let project = try ContentFixture.project(site: nil)
        try project.write("Content/site.yml", bytes: Array("title: \"Uji\"\n".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        #expect(
            project.diagnostics() == [
                "Content/site.yml:2: error: the file is not valid UTF-8 (first bad byte at offset 13); save it as UTF-8"
            ])
    }
}

extension String {
    /// The first `count` lines, each with its newline: cuts a fixture short.
    fileprivate func keepingLines(_ count: Int) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).prefix(count).joined(separator: "\n") + "\n"
    }

    fileprivate func replacingTimezone(_ value: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("timezone:") ? "timezone: \(value)" : String($0) }
            .joined(separator: "\n")
    }
}
