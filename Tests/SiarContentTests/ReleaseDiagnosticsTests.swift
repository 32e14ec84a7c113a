import SiarContent
import SiarTestSupport
import Testing

/// One release file with a problem, and every diagnostic line `siar check` prints for it.
struct ReleaseCase: Sendable, CustomTestStringConvertible {
    static let path = "Content/releases/2024/2024-03-05-rakor-spbe.md"

    let name: String
    let text: String
    let expected: [String]

    init(_ name: String, _ text: String, _ expected: String...) {
        self.name = name
        self.text = text
        self.expected = expected.map { Self.path + ":" + $0 }
    }

    var testDescription: String { name }
}

/// Front matter, YAML and the required keys, each checked by the whole line the loader prints.
@Suite("Release diagnostics: front matter")
struct ReleaseDiagnosticsTests {
    static let cases: [ReleaseCase] = [
        ReleaseCase(
            "unclosed front matter", "---\ntitle: \"Rakor\"\ndate: 2024-03-05\n",
            "1:1: error: the front matter opened here is never closed; add a line '---' after the last key"),
        ReleaseCase(
            "missing opening fence", "title: \"Rakor\"\n---\nIsi.\n",
            "1:1: error: a release must start with a '---' line that opens its front matter"),
        ReleaseCase(
            "YAML syntax error, positioned past the opening fence",
            """
            ---
            title: "Rakor SPBE se-NTB"
            date: 2024-03-05T10:00:00+08:00
            author: Tim: Kominfotik
            ---
            Isi.

            """,
            "4:12: error: YAML syntax error: mapping values are not allowed in this context"),
        ReleaseCase(
            "YAML quote left open: reported where the parser gives up",
            "---\ntitle: \"Rakor\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "4:10: error: YAML syntax error: did not find expected key (while parsing a block mapping)"),
        ReleaseCase(
            "impossible date",
            "---\ntitle: \"Rakor\"\ndate: 2024-02-30\nauthor: \"Tim\"\n---\nIsi.\n",
            "3:7: error: 'date' names a day that does not exist: '2024-02-30'"),
        ReleaseCase(
            "impossible hour",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05T24:00:00+08:00\nauthor: \"Tim\"\n---\nIsi.\n",
            "3:7: error: 'date' names a day that does not exist: '2024-03-05T24:00:00+08:00'"),
        ReleaseCase(
            "malformed date",
            "---\ntitle: \"Rakor\"\ndate: 5 Maret 2024\nauthor: \"Tim\"\n---\nIsi.\n",
            "3:7: error: 'date' has an invalid date '5 Maret 2024'; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00"),
        ReleaseCase(
            "missing title", "---\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:1: error: missing required key 'title'; add 'title: …'"),
        ReleaseCase(
            "missing date", "---\ntitle: \"Rakor\"\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:1: error: missing required key 'date'; add 'date: …'"),
        ReleaseCase(
            "missing author", "---\ntitle: \"Rakor\"\ndate: 2024-03-05\n---\nIsi.\n",
            "2:1: error: missing required key 'author'; add 'author: …'"),
        ReleaseCase(
            "empty title", "---\ntitle: \"\"\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:8: error: 'title' is empty; give it a value or remove the key"),
        ReleaseCase(
            "blank title", "---\ntitle: \"   \"\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:8: error: 'title' is empty; give it a value or remove the key"),
        ReleaseCase(
            "misspelt key", "---\ntitel: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:1: error: missing required key 'title'; add 'title: …'",
            "2:1: warning: unknown key 'titel'; did you mean 'title'?"),
        ReleaseCase(
            "unknown key without a close match",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\npenyunting: \"Ani\"\n---\nIsi.\n",
            "5:1: warning: unknown key 'penyunting'; remove it or check the spelling"),
        ReleaseCase(
            "duplicate key", "---\ntitle: \"Rakor\"\ntitle: \"Rakor lagi\"\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:1: error: key 'title' appears more than once; keep one"),
        ReleaseCase(
            "front matter that is a list", "---\n- title\n- date\n---\nIsi.\n",
            "2:1: error: the front matter must be a mapping of 'key: value' lines",
            "2:1: error: missing required key 'title'; add 'title: …'",
            "2:1: error: missing required key 'date'; add 'date: …'",
            "2:1: error: missing required key 'author'; add 'author: …'"),
        ReleaseCase(
            "empty front matter", "---\n---\nIsi.\n",
            "2: error: missing required key 'author'; add 'author: …'",
            "2: error: missing required key 'date'; add 'date: …'",
            "2: error: missing required key 'title'; add 'title: …'"),
        ReleaseCase(
            "title that is a list", "---\ntitle: [Rakor, SPBE]\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n",
            "2:8: error: 'title' must be a single value"),
        ReleaseCase(
            "draft that is not a boolean", "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\ndraft: mungkin\n---\nIsi.\n",
            "5:8: error: 'draft' must be true or false"),
        ReleaseCase(
            "empty body", "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\n---\n\n  \n",
            "6: warning: the release has no body text"),
    ]

    @Test(arguments: cases)
    func diagnosticLines(_ example: ReleaseCase) throws {
        let project = try ContentFixture.project([ReleaseCase.path: example.text])
        let result = project.load()
        #expect(DiagnosticReport(result.diagnostics).diagnostics.map(\.description) == example.expected.sorted())
        #expect(result.hasErrors == (result.content == nil))
    }

    @Test func validReleaseLoadsWithoutDiagnostics() throws {
        let project = try ContentFixture.project([ReleaseCase.path: ContentFixture.validRelease])
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        let release = try #require(result.content?.releases.first)
        #expect(release.title == "Rakor SPBE se-NTB")
        #expect(release.date.iso8601 == "2024-03-05T10:00:00+08:00")
        #expect(release.author == "Tim Kominfotik NTB")
        #expect(release.slug == "rakor-spbe")
        #expect(release.regions == ["kota-bima", "ntb"])
        #expect(release.body == "Isi siaran pers.\n")
        #expect(release.bodyFirstLine == 7)
        #expect(release.draft == false)
    }

    @Test func plainDateTakesTheSiteOffset() throws {
        let text = "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\n---\nIsi.\n"
        let project = try ContentFixture.project([ReleaseCase.path: text])
        let release = try #require(project.load().content?.releases.first)
        #expect(release.date.iso8601 == "2024-03-05T00:00:00+08:00")
        #expect(release.date.hasTime == false)
    }

    @Test func crlfAndByteOrderMarkFileLoads() throws {
        let project = try ContentFixture.project()
        let text = ContentFixture.validRelease.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        try project.write(ReleaseCase.path, bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.releases.first?.body == "Isi siaran pers.\n")
    }

    /// Positions inside CRLF files are those of the decoded text, i.e. what an editor shows.
    @Test func crlfFileReportsEditorPositions() throws {
        let project = try ContentFixture.project()
        let text = "---\r\ntitle: \"Rakor\"\r\ndate: 2024-02-30\r\nauthor: \"Tim\"\r\n---\r\nIsi.\r\n"
        try project.write(ReleaseCase.path, text)
        #expect(project.diagnostics() == [ReleaseCase.path + ":3:7: error: 'date' names a day that does not exist: '2024-02-30'"])
    }

    @Test func invalidUTF8IsReportedAtTheLineOfTheBadByte() throws {
        let project = try ContentFixture.project()
        let before = Array("---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim ".utf8)
        try project.write(ReleaseCase.path, bytes: before + [0xE9] + Array("\"\n---\nIsi.\n".utf8))
        #expect(
            project.diagnostics() == [
                ReleaseCase.path + ":4: error: the file is not valid UTF-8 (first bad byte at offset \(before.count)); save it as UTF-8"
            ])
    }
}
