import SiarContent
import Testing

@Suite("Diagnostic and DiagnosticReport")
struct DiagnosticReportTests {
    static let a = "Content/releases/2024/2024-03-05-a.md"
    static let b = "Content/releases/2024/2024-03-06-b.md"

    @Test func renderedCompilerStyle() {
        let diagnostic = Diagnostic(
            .unknownRegion("kota-mtaram", suggestion: "kota-mataram"), at: SourceLocation(path: Self.a, line: 5, column: 10))
        #expect(
            diagnostic.description
                == "Content/releases/2024/2024-03-05-a.md:5:10: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?")
    }

    @Test func locationsWithoutLineOrColumn() {
        #expect(SourceLocation(path: "Content/site.yml").description == "Content/site.yml")
        #expect(SourceLocation(path: "Content/site.yml", line: 3).description == "Content/site.yml:3")
        #expect(SourceLocation(path: "Content/site.yml", line: 3, column: 2).description == "Content/site.yml:3:2")
        #expect(SourceLocation(path: "p", line: 2, column: 4).offset(lines: 3) == SourceLocation(path: "p", line: 5, column: 4))
    }

    @Test func severityCanBeOverridden() {
        let strict = Diagnostic(.unknownKey("x", suggestion: nil), at: SourceLocation(path: "p"), severity: .error)
        #expect(strict.severity == .error)
        #expect(Diagnostic(.unknownKey("x", suggestion: nil), at: SourceLocation(path: "p")).severity == .warning)
        #expect(strict.description == "p: error: unknown key 'x'; remove it or check the spelling")
    }

    @Test func sortedByPathThenLineThenColumnThenSeverityThenMessage() {
        let diagnostics = [
            Diagnostic(.emptyBody, at: SourceLocation(path: Self.b, line: 1)),
            Diagnostic(.missingKey("title"), at: SourceLocation(path: Self.a, line: 10, column: 1)),
            Diagnostic(.unknownKey("titel", suggestion: "title"), at: SourceLocation(path: Self.a, line: 2, column: 1)),
            Diagnostic(.missingKey("title"), at: SourceLocation(path: Self.a, line: 2, column: 1)),
            Diagnostic(.missingKey("date"), at: SourceLocation(path: Self.a, line: 2, column: 1)),
            Diagnostic(.missingKey("author"), at: SourceLocation(path: Self.a, line: 2, column: 12)),
            Diagnostic(.missingSiteConfig, at: SourceLocation(path: "Content/site.yml")),
            Diagnostic(.unclosedFrontMatter, at: SourceLocation(path: Self.a, line: 9)),
        ]
        let report = DiagnosticReport(diagnostics.reversed())
        #expect(
            report.rendered == """
                Content/releases/2024/2024-03-05-a.md:2:1: error: missing required key 'date'; add 'date: …'
                Content/releases/2024/2024-03-05-a.md:2:1: error: missing required key 'title'; add 'title: …'
                Content/releases/2024/2024-03-05-a.md:2:1: warning: unknown key 'titel'; did you mean 'title'?
                Content/releases/2024/2024-03-05-a.md:2:12: error: missing required key 'author'; add 'author: …'
                Content/releases/2024/2024-03-05-a.md:9: error: the front matter opened here is never closed; add a line '---' after the last key
                Content/releases/2024/2024-03-05-a.md:10:1: error: missing required key 'title'; add 'title: …'
                Content/releases/2024/2024-03-06-b.md:1: warning: the release has no body text
                Content/site.yml: error: missing 'Content/site.yml'; create it with at least 'title' and 'base_url' (see README)
                6 errors, 2 warnings
                """)
        #expect(report.errorCount == 6)
        #expect(report.warningCount == 2)
        #expect(report.hasErrors)
    }

    @Test func exactDuplicatesAreReportedOnce() {
        let one = Diagnostic(.emptyBody, at: SourceLocation(path: Self.a, line: 6))
        let report = DiagnosticReport([one, one, one])
        #expect(report.diagnostics == [one])
        #expect(report.summaryLine == "0 errors, 1 warning")
    }

    @Test(arguments: [
        (0, 0, 0, "no problems"),
        (1, 0, 0, "1 error, 0 warnings"),
        (2, 1, 0, "2 errors, 1 warning"),
        (0, 2, 0, "0 errors, 2 warnings"),
        (1, 1, 1, "1 error, 1 warning, 1 note"),
        (3, 0, 2, "3 errors, 0 warnings, 2 notes"),
    ])
    func summaryLine(errors: Int, warnings: Int, notes: Int, expected: String) {
        var diagnostics: [Diagnostic] = []
        for line in 0..<errors {
            diagnostics.append(Diagnostic(.emptyBody, at: SourceLocation(path: "p", line: line + 1), severity: .error))
        }
        for line in 0..<warnings { diagnostics.append(Diagnostic(.emptyBody, at: SourceLocation(path: "q", line: line + 1))) }
        for line in 0..<notes { diagnostics.append(Diagnostic(.emptyBody, at: SourceLocation(path: "r", line: line + 1), severity: .note)) }
        let report = DiagnosticReport(diagnostics)
        #expect(report.summaryLine == expected)
        #expect(report.hasErrors == (errors > 0))
        #expect(report.rendered.split(separator: "\n").last.map(String.init) == expected)
    }

    @Test func emptyReportRendersOnlyTheCountLine() {
        #expect(DiagnosticReport([]).rendered == "no problems")
    }

    @Test func severitiesOrderErrorsFirst() {
        #expect(Severity.error < .warning)
        #expect(Severity.warning < .note)
        #expect([Severity.note, .error, .warning].sorted() == [.error, .warning, .note])
    }

    /// Messages quote user values in single quotes and start in lowercase (docs/CONTENT.md#diagnostics).
    @Test(arguments: [
        Diagnostic.Reason.invalidSlug("A/B"), .unknownKey("titel", suggestion: "title"), .missingKey("date"),
        .invalidTimezone("WITA"), .duplicateRegion("ntb"), .missingImage("x.jpg"), .imageNotAPicture("site.yml"),
        .brokenReleaseLink("../x.md"),
        .unsafeLink("javascript:alert(1)"), .releaseFileName("x.md"), .invalidUTF8(byteOffset: 3),
    ])
    func messagesAreLowercase(reason: Diagnostic.Reason) throws {
        let first = try #require(reason.message.unicodeScalars.first)
        #expect(!first.properties.isUppercase, "\(reason.message)")
    }
}
