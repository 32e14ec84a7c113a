import SiarCompliance
import SiarContent
import SiarTestSupport
import Testing

/// Per-line figures with hand-computed values: pace at its boundaries, quantities, capping, coverage.
@Suite struct FigureTests {
    typealias F = Fixture

    struct PaceCase: Sendable, CustomTestStringConvertible {
        let asOf: String
        let counted: Int
        let points: Double
        let pace: Pace
        let elapsedPercent: Double
        var testDescription: String { "\(counted)/100 at \(asOf), \(points) points → \(pace.rawValue)" }
    }

    /// A 100-day contract (2024-01-01 … 2024-04-09) with a banner line of 100 days, so a day is 1 %.
    /// 2024-02-24 is day 55: elapsed 55 %, so with 15 points `behind` is below 40 % and `ahead` above 70 %.
    static let paceCases: [PaceCase] = [
        PaceCase(asOf: "2024-02-24", counted: 40, points: 15, pace: .onTrack, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 39, points: 15, pace: .behind, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 70, points: 15, pace: .onTrack, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 71, points: 15, pace: .ahead, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 100, points: 15, pace: .fulfilled, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 54, points: 0, pace: .behind, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 55, points: 0, pace: .onTrack, elapsedPercent: 55),
        PaceCase(asOf: "2024-02-24", counted: 56, points: 0, pace: .ahead, elapsedPercent: 55),
        PaceCase(asOf: "2024-01-01", counted: 0, points: 15, pace: .onTrack, elapsedPercent: 1),
        PaceCase(asOf: "2023-12-31", counted: 0, points: 15, pace: .onTrack, elapsedPercent: 0),
        PaceCase(asOf: "2024-04-09", counted: 85, points: 15, pace: .onTrack, elapsedPercent: 100),
        PaceCase(asOf: "2024-04-09", counted: 84, points: 15, pace: .behind, elapsedPercent: 100),
        PaceCase(asOf: "2024-04-10", counted: 99, points: 15, pace: .endedShort, elapsedPercent: 100),
        PaceCase(asOf: "2024-04-10", counted: 100, points: 15, pace: .fulfilled, elapsedPercent: 100),
        PaceCase(asOf: "2025-06-30", counted: 0, points: 15, pace: .endedShort, elapsedPercent: 100),
    ]

    static let hundredDays = F.contract(
        "B1", "2024-01-01", "2024-04-09", lines: [F.line(.banner, unit: .day, target: 100, price: 10_000)])

    @Test(arguments: paceCases)
    func pace(_ test: PaceCase) throws {
        let placements =
            test.counted > 0
            ? [F.placement("a", contract: "B1", service: .banner, published: "2024-01-01", quantity: test.counted)] : []
        let content = F.content(partners: [F.partner(contracts: [Self.hundredDays])], placements: placements)
        let line = try #require(F.report(content, asOf: test.asOf, points: test.points).firstLine)
        #expect(line.pace == test.pace)
        #expect(line.elapsedPercent.isClose(to: test.elapsedPercent))
        #expect(line.expectedByNow.isClose(to: test.elapsedPercent))
        #expect(line.achievedPercent.isClose(to: Double(test.counted)))
        #expect(line.earned == test.counted * 10_000)
        #expect(line.remainingQuota == 100 - test.counted)
    }

    @Test func expectedAndForecast() throws {
        let contract = F.contract("B1", "2024-01-01", "2024-04-09", lines: [F.line(target: 20)])
        let content = F.content(
            partners: [F.partner(contracts: [contract])],
            placements: (1...11).map { F.placement("n\($0)", contract: "B1", published: "2024-02-0\(1 + $0 % 9)") })
        let line = try #require(F.report(content, asOf: "2024-02-24").firstLine)
        #expect(line.counted == 11)
        #expect(line.expectedByNow.isClose(to: 11))  // 20 × 55 %
        #expect(line.forecast.isClose(to: 20))  // 11 / 0.55
        #expect(line.achievedPercent.isClose(to: 55))
        #expect(line.pace == .onTrack)
        #expect(line.earned == 5_500_000)
        #expect(line.remainingValue == 4_500_000)
    }

    @Test func spotsAreCountedInSpotsAndCappedAtTheTarget() throws {
        let contract = F.contract(
            "TV1", "2024-01-01", "2024-12-31", value: 32_000_000,
            lines: [F.line(.spot, unit: .spot, target: 60, price: 500_000, evidenceDays: 7)])
        let placements = [
            F.placement(
                "s3", partner: "tv", contract: "TV1", service: .spot, published: "2024-05-01", quantity: 15, submitted: "2024-05-08"),
            F.placement("s1", partner: "tv", contract: "TV1", service: .spot, published: "2024-03-01", quantity: 30),
            F.placement("s2", partner: "tv", contract: "TV1", service: .spot, published: "2024-04-01", quantity: 20),
        ]
        let report = F.report(F.content(partners: [F.partner("tv", media: .tv, contracts: [contract])], placements: placements))
        #expect(report.outcomesByID == ["s1": Outcome(30), "s2": Outcome(20), "s3": Outcome(10, .overTarget)])
        let summary = try #require(report.partners.first?.contracts.first)
        let line = try #require(summary.lines.first)
        #expect(line.counted == 60 && line.notCounted == [.overTarget: 5] && line.pace == .fulfilled)
        #expect(line.earned == 30_000_000 && line.remainingQuota == 0 && line.remainingValue == 0)
        #expect(summary.value == 32_000_000 && summary.earned == 30_000_000 && summary.remaining == 2_000_000)
        #expect(report.partners.first?.findings.first?.quantity == 5)
    }

    @Test func bannerDaysFillTheTargetInPublishedOrder() throws {
        let contract = F.contract("BN", lines: [F.line(.banner, unit: .day, target: 30, price: 150_000)])
        let placements = [
            F.placement("b1", contract: "BN", service: .banner, published: "2024-02-01", quantity: 14),
            F.placement("b2", contract: "BN", service: .banner, published: "2024-02-15", quantity: 14),
            F.placement("b3", contract: "BN", service: .banner, published: "2024-03-01", quantity: 7),
            F.placement("b4", contract: "BN", service: .banner, published: "2024-03-08", quantity: 3, status: .submitted),
        ]
        let report = F.report(F.content(partners: [F.partner(contracts: [contract])], placements: placements.reversed()))
        #expect(report.outcomesByID == ["b1": Outcome(14), "b2": Outcome(14), "b3": Outcome(2, .overTarget), "b4": Outcome(0, .pending)])
        let line = try #require(report.firstLine)
        #expect(line.counted == 30 && line.pending == 3 && line.notCounted == [.overTarget: 5, .pending: 3])
        #expect(line.earned == 4_500_000)
    }

    @Test(arguments: Partner.MediaType.allCases)
    func evidenceDeadlineByMediaType(_ media: Partner.MediaType) throws {
        let days =
            [Partner.MediaType.online: 2, .printDaily: 2, .social: 2, .printWeekly: 7, .tv: 7, .radio: 7, .printMonthly: 10][media] ?? -1
        let partner = """
            name: "Mitra"
            company: "PT Mitra"
            legal_form: PT
            media_type: \(media.rawValue)
            press_council: factual
            contracts:
              - { number: "M1", signed: 2024-01-01, start: 2024-01-01, end: 2024-12-31, value: 1000000,
                  lines: [{ service: advertorial, unit: item, target: 2, unit_price: 500000 }] }

            """
        let onTime = F.day("2024-03-01").adding(days: days)
        let deadline = F.day("2024-03-02").adding(days: days)
        let late = deadline.adding(days: 1)
        let project = try TemporaryProject(files: [
            "Content/partners/mitra.yml": partner,
            "Content/placements/2024.csv": TemporaryProject.ledger([
                "a,mitra,,advertorial,,2024-03-01,,,evidence/mitra/a.png,\(onTime),verified,,,",
                "b,mitra,,advertorial,,2024-03-02,,,evidence/mitra/b.png,\(late),verified,,,",
            ]),
        ])
        for name in ["a", "b"] { try project.writeEvidence("Content/evidence/mitra/\(name).png") }
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        let content = try #require(result.content)
        let report = ComplianceReport(content: content, asOf: F.day("2024-12-31"))
        #expect(report.outcomesByID == ["a": Outcome(1), "b": Outcome(0, .lateEvidence)])
        #expect(report.findings.first?.reason == .lateEvidence(submitted: late, deadline: deadline))
    }

    @Test func coveredReleasesAndMedianLag() throws {
        let releases = [F.release("r1", "2024-03-05"), F.release("r2", "2024-03-10"), F.release("r3", "2024-04-01")]
        let placements = [
            F.placement("a", release: "r1", published: "2024-03-05", url: "https://kr.id/a"),
            F.placement("b", release: "r2", published: "2024-03-13", url: "https://kr.id/b"),
            F.placement("c", service: .news, release: "r3", published: "2024-04-05", url: "https://kr.id/c"),
            F.placement("d", release: "r2", published: "2024-03-11", url: "https://kr.id/d", status: .rejected, note: "x"),
        ]
        let report = F.report(F.content(placements: placements, releases: releases))
        let partner = try #require(report.partners.first)
        #expect(partner.releases.map(\.slug) == ["r1", "r2", "r3"])
        #expect(partner.releases.map(\.lagDays) == [0, 3, 4])
        #expect(partner.medianLagDays == 3)
        let even = F.report(F.content(placements: Array(placements.prefix(2)), releases: releases))
        #expect(even.partners.first?.medianLagDays == 1.5)
        let none = F.report(F.content(placements: [], releases: releases))
        #expect(none.partners.first?.medianLagDays == nil)
    }

    @Test func filteredKeepsOnePartner() {
        let content = F.content(partners: [F.partner("kr"), F.partner("lp", contracts: [F.contract("L1")])], placements: [])
        let report = F.report(content)
        #expect(report.partners.map(\.id) == ["kr", "lp"])
        #expect(report.filtered(partner: "lp").partners.map(\.id) == ["lp"])
        #expect(report.filtered(partner: "nope").partners.isEmpty)
        #expect(report.partner("kr")?.name == "Mitra kr")
    }

    @Test func indonesianNumbers() {
        #expect(IndonesianText.rupiah(30_000_000) == "Rp30.000.000")
        #expect(IndonesianText.rupiah(0) == "Rp0")
        #expect(IndonesianText.rupiah(-5_000) == "-Rp5.000")
        #expect(IndonesianText.percent(75) == "75,0%")
        #expect(IndonesianText.percent(33.333) == "33,3%")
        #expect(IndonesianText.percent(0.05) == "0,1%")
        #expect(IndonesianText.decimal(1234.56) == "1.234,6")
        #expect(IndonesianText.date(F.day("2024-03-05")) == "5 Maret 2024")
    }
}

extension Double {
    func isClose(to other: Double) -> Bool { abs(self - other) < 1e-9 }
}
