import SiarCompliance
import SiarContent
import SiarTestSupport
import Testing

/// The sample content that ships in `Content/` loads without errors or warnings and shows every finding
/// code but `UNKNOWN_RELEASE` (which `siar check` warns about; ``RuleTests`` covers it).
@Suite struct SampleContentTests {
    @Test func sampleLedgerLoadsAndHitsEveryFinding() throws {
        let result = ContentLoader(root: RepositoryPaths.root).load()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description))")
        let content = try #require(result.content)
        #expect(content.partners.count >= 8)
        #expect(content.placements.count >= 200)
        let asOf = try #require(CalendarDay(year: 2025, month: 12, day: 31))
        let codes = Set(ComplianceReport(content: content, asOf: asOf).findings.map(\.code))
        let expected = Set(Finding.Code.allCases).subtracting([.unknownRelease])
        #expect(codes == expected, "missing: \(expected.subtracting(codes))")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }
}
