import SiarCompliance
import SiarContent
import Testing

/// One placement scenario against the fixture contract, and the outcome each placement must get.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let name: String
    let placements: [Placement]
    let expected: [String: Outcome]
    var testDescription: String { name }
}

/// Every rule of docs/COMPLIANCE.md#counting-order and every finding code, with hand-computed outcomes.
@Suite struct RuleTests {
    typealias F = Fixture

    static let cases: [RuleCase] = [
        RuleCase(name: "counts", placements: [F.placement("a")], expected: ["a": Outcome(1)]),
        RuleCase(
            name: "OUT_OF_PERIOD before start and after end; the boundary days count",
            placements: [
                F.placement("a", published: "2024-01-14"), F.placement("b", published: "2024-01-15"),
                F.placement("c", published: "2024-12-31"), F.placement("d", published: "2025-01-01"),
            ],
            expected: ["a": Outcome(0, .outOfPeriod), "b": Outcome(1), "c": Outcome(1), "d": Outcome(0, .outOfPeriod)]),
        RuleCase(name: "PENDING", placements: [F.placement("a", status: .submitted)], expected: ["a": Outcome(0, .pending)]),
        RuleCase(
            name: "REJECTED", placements: [F.placement("a", status: .rejected, note: "tanpa label advertorial")],
            expected: ["a": Outcome(0, .rejected)]),
        RuleCase(
            name: "MISSING_EVIDENCE", placements: [F.placement("a", evidence: nil)],
            expected: ["a": Outcome(0, .missingEvidence)]),
        RuleCase(
            name: "LATE_EVIDENCE after published + 2 days; on the deadline it counts",
            placements: [
                F.placement("a", published: "2024-03-06", submitted: "2024-03-08"),
                F.placement("b", published: "2024-03-06", submitted: "2024-03-09"),
            ],
            expected: ["a": Outcome(1), "b": Outcome(0, .lateEvidence)]),
        RuleCase(
            name: "DUPLICATE by URL: the earlier one counts, URLs compare loosely",
            placements: [
                F.placement("b", published: "2024-03-07", url: "https://www.kr.id/berita/1/"),
                F.placement("a", published: "2024-03-06", url: "http://kr.id/Berita/1#top"),
            ],
            expected: ["a": Outcome(1), "b": Outcome(0, .duplicate)]),
        RuleCase(
            name: "DUPLICATE by service and release; on the same day the smaller id counts",
            placements: [
                F.placement("p-2", release: "rilis-a", url: "https://kr.id/2"),
                F.placement("p-1", release: "rilis-a", url: "https://kr.id/1"),
            ],
            expected: ["p-1": Outcome(1), "p-2": Outcome(0, .duplicate)]),
        RuleCase(
            name: "empty URL and release never make duplicates",
            placements: [F.placement("a"), F.placement("b"), F.placement("c")],
            expected: ["a": Outcome(1), "b": Outcome(1), "c": Outcome(1)]),
        RuleCase(
            name: "a record that did not count does not make the next one a duplicate",
            placements: [
                F.placement("a", published: "2024-03-06", url: "https://kr.id/1", status: .rejected, note: "buram"),
                F.placement("b", published: "2024-03-07", url: "https://kr.id/1"),
            ],
            expected: ["a": Outcome(0, .rejected), "b": Outcome(1)]),
        RuleCase(
            name: "UNKNOWN_RELEASE", placements: [F.placement("a", release: "rilis-x")],
            expected: ["a": Outcome(0, .unknownRelease)]),
        RuleCase(
            name: "BEFORE_RELEASE; the release day itself counts",
            placements: [
                F.placement("a", release: "rilis-a", published: "2024-03-04", url: "https://kr.id/a"),
                F.placement("b", release: "rilis-a", published: "2024-03-05", url: "https://kr.id/b"),
            ],
            expected: ["a": Outcome(0, .beforeRelease), "b": Outcome(1)]),
        RuleCase(
            name: "OVER_TARGET: the part that fits counts",
            placements: [
                F.placement("a", published: "2024-03-06", quantity: 6), F.placement("b", published: "2024-03-07", quantity: 6),
                F.placement("c", published: "2024-03-08", quantity: 1),
            ],
            expected: ["a": Outcome(6), "b": Outcome(4, .overTarget), "c": Outcome(0, .overTarget)]),
        RuleCase(
            name: "rule order: period before verification before evidence",
            placements: [
                F.placement("a", published: "2024-01-01", evidence: nil, status: .submitted),
                F.placement("b", evidence: nil, status: .rejected, note: "x"),
                F.placement("c", evidence: nil, submitted: nil),
            ],
            expected: ["a": Outcome(0, .outOfPeriod), "b": Outcome(0, .rejected), "c": Outcome(0, .missingEvidence)]),
        RuleCase(
            name: "rule order: late evidence before duplicate, duplicate before unknown release",
            placements: [
                F.placement("a", published: "2024-03-06", url: "https://kr.id/1"),
                F.placement("b", published: "2024-03-07", url: "https://kr.id/1", submitted: "2024-03-20"),
                F.placement("c", release: "rilis-x", published: "2024-03-08", url: "https://kr.id/1"),
            ],
            expected: ["a": Outcome(1), "b": Outcome(0, .lateEvidence), "c": Outcome(0, .duplicate)]),
        RuleCase(
            name: "placements after the as-of date are ignored",
            placements: [F.placement("a"), F.placement("b", published: "2025-01-02")],
            expected: ["a": Outcome(1)]),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        let report = F.report(F.content(placements: rule.placements), asOf: "2025-01-01")
        #expect(report.outcomesByID == rule.expected)
        let reversed = F.report(F.content(placements: rule.placements.reversed()), asOf: "2025-01-01")
        #expect(reversed == report)
    }

    @Test func everyCodeHasAnIndonesianMessage() {
        let finding = Finding(
            .lateEvidence(submitted: F.day("2024-03-09"), deadline: F.day("2024-03-08")), placement: "a", partner: "kr",
            contract: "K1", service: .news, published: F.day("2024-03-06"), quantity: 1)
        #expect(finding.message == "Bukti tayang diserahkan 9 Maret 2024, melewati batas 8 Maret 2024; tidak dihitung.")
        #expect(Finding.Code.allCases.allSatisfy { !$0.label.isEmpty })
        let rejected = Finding.Reason.rejected(note: "tanpa label advertorial")
        #expect(rejected.message == "Ditolak oleh verifikator: tanpa label advertorial.")
        #expect(Finding.Reason.overTarget(target: 1200, excess: 5).message == "Melebihi target 1.200; kelebihan 5 tidak dibayar.")
    }

    @Test func notVerifiedMediaIsAWarningThatStillCounts() throws {
        let partner = F.partner(council: .notVerified)
        let report = F.report(F.content(partners: [partner], placements: [F.placement("a"), F.placement("b", status: .submitted)]))
        let summary = try #require(report.partners.first)
        #expect(summary.outcomes.map(\.pressCouncil) == [.notVerified, .notVerified])
        #expect(summary.outcomes.map(\.counted) == [1, 0])
        #expect(summary.findings.map(\.code) == [.notVerifiedMedia, .pending, .notVerifiedMedia])
        #expect(summary.findings.filter { $0.code == .notVerifiedMedia }.map(\.quantity) == [0, 0])
        #expect(report.firstLine?.counted == 1)
        let verified = F.report(F.content(placements: [F.placement("a")]))
        #expect(verified.partners.first?.findings.isEmpty == true)
    }

    @Test func duplicatesAreKeptPerPartner() {
        let partners = [
            F.partner("kr"),
            F.partner("lp", contracts: [F.contract("L1")]),
        ]
        let placements = [
            F.placement("a", url: "https://kr.id/1"),
            F.placement("b", partner: "lp", contract: "L1", url: "https://kr.id/1"),
        ]
        let report = F.report(F.content(partners: partners, placements: placements))
        #expect(report.outcomesByID == ["a": Outcome(1), "b": Outcome(1)])
    }

    @Test func theSameReleaseOnAnotherServiceIsNoDuplicate() {
        let contract = F.contract(lines: [F.line(.news), F.line(.socialPost, target: 5, price: 100_000)])
        let placements = [
            F.placement("a", release: "rilis-a", url: "https://kr.id/1"),
            F.placement("b", service: .socialPost, release: "rilis-a", url: "https://instagram.com/p/1"),
        ]
        let report = F.report(F.content(partners: [F.partner(contracts: [contract])], placements: placements))
        #expect(report.outcomesByID == ["a": Outcome(1), "b": Outcome(1)])
    }
}
