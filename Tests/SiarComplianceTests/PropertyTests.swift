import SiarCompliance
import SiarContent
import SiarTestSupport
import Testing

/// Random but valid content: partners with back-to-back contracts, lines, and a ledger that hits every rule.
struct RandomLedger {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    mutating func content() -> (Content, asOf: CalendarDay) {
        let base = CalendarDay(year: 2024, month: 1, day: 1) ?? CalendarDay(dayNumber: 0)
        let releases = (0..<12).map { i in
            Fixture.release("r\(i)", base.adding(days: int(0...500)).description)
        }
        var partners: [Partner] = []
        var placements: [Placement] = []
        for p in 0..<int(1...4) {
            var start = base.adding(days: int(0...60))
            var contracts: [Contract] = []
            for c in 0..<int(1...3) {
                let end = start.adding(days: int(30...300))
                let services = QuotaLine.Service.allCases.shuffled(using: &random).prefix(int(1...3))
                let lines = services.map { service in
                    QuotaLine(
                        service: service, unit: .item, target: int(1...20), unitPrice: int(1...40) * 50_000, evidenceDays: int(0...10))
                }
                let value = lines.reduce(0) { $0 + $1.value } + int(0...3) * 1_000_000
                contracts.append(Contract(number: "P\(p)-K\(c)", signed: start, start: start, end: end, value: value, lines: lines))
                start = end.adding(days: int(1...20))
            }
            let council = Partner.PressCouncil.allCases.randomElement(using: &random) ?? .factual
            partners.append(Fixture.partner("p\(p)", council: council, contracts: contracts))
        }
        for i in 0..<int(0...120) {
            guard let partner = partners.randomElement(using: &random),
                let contract = partner.contracts.randomElement(using: &random),
                let line = contract.lines.randomElement(using: &random)
            else { continue }
            let published = contract.start.adding(days: int(-15...(contract.durationDays + 15)))
            let release = chance(50) ? (chance(90) ? "r\(int(0...11))" : "x\(int(0...2))") : nil
            placements.append(
                Placement(
                    id: "id-\(String(i, radix: 16))", partner: partner.id, contract: contract.number, service: line.service,
                    release: release, published: published, quantity: int(1...6),
                    url: chance(60) ? "https://m.id/\(int(0...25))" : nil, evidence: chance(90) ? "bukti.png" : nil,
                    submitted: published.adding(days: int(0...12)),
                    status: chance(75) ? .verified : (chance(50) ? .submitted : .rejected),
                    location: SourceLocation(path: "Content/placements/\(published.year).csv", line: i + 2, column: 1)))
        }
        let content = Content(site: Fixture.site, releases: releases, partners: partners, placements: placements)
        return (content, base.adding(days: int(0...800)))
    }
}

/// Invariants that hold for every ledger, checked over many fixed seeds.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...60)

    @Test(arguments: seeds)
    func invariants(seed: UInt64) throws {
        var generator = RandomLedger(seed: seed)
        let (content, asOf) = generator.content()
        let report = ComplianceReport(content: content, asOf: asOf)
        let considered = content.placements.filter { $0.published <= asOf }
        let outcomes = report.partners.flatMap(\.outcomes)

        // Every placement up to the as-of date has exactly one outcome; later ones none.
        #expect(outcomes.map(\.placement.id).sorted() == considered.map(\.id).sorted())
        for outcome in outcomes {
            let quantity = outcome.placement.quantity
            #expect(outcome.counted + (outcome.finding?.quantity ?? 0) == quantity)
            #expect((outcome.finding == nil) == (outcome.counted == quantity))
            if let code = outcome.finding?.code {
                #expect(!code.isWarning)
                if outcome.counted > 0 { #expect(code == .overTarget) }
            }
        }
        for partner in report.partners {
            for contract in partner.contracts {
                #expect(contract.earned <= contract.value)
                #expect(contract.earned == contract.lines.reduce(0) { $0 + $1.earned })
                for line in contract.lines {
                    #expect(line.counted <= line.target)
                    #expect(line.counted >= 0 && line.remainingQuota >= 0)
                    let recorded = considered.filter {
                        $0.partner == partner.id && $0.contract == contract.number && $0.service == line.service
                    }
                    #expect(line.counted + line.notCountedTotal == recorded.reduce(0) { $0 + $1.quantity })
                    #expect((line.pace == .fulfilled) == (line.counted == line.target))
                }
            }
            let warnings = partner.findings.filter { $0.code == .notVerifiedMedia }.count
            #expect(warnings == (partner.partner.pressCouncil == .notVerified ? partner.outcomes.count : 0))
        }
    }

    @Test(arguments: seeds)
    func independentOfRowAndFileOrder(seed: UInt64) {
        var generator = RandomLedger(seed: seed)
        let (content, asOf) = generator.content()
        var shuffler = SplitMix64(seed: seed &* 31)
        var shuffled = content
        shuffled.placements.shuffle(using: &shuffler)
        shuffled.partners.reverse()
        // Files in the other order: later years first.
        var byFile = content
        byFile.placements = content.placements.sorted { ($0.published.year, $0.location.line) > ($1.published.year, $1.location.line) }
        let report = ComplianceReport(content: content, asOf: asOf)
        #expect(ComplianceReport(content: shuffled, asOf: asOf) == report)
        #expect(ComplianceReport(content: byFile, asOf: asOf) == report)
    }

    @Test func theGeneratorHitsEveryRule() {
        var codes: Set<Finding.Code> = []
        for seed in Self.seeds {
            var generator = RandomLedger(seed: seed)
            let (content, asOf) = generator.content()
            codes.formUnion(ComplianceReport(content: content, asOf: asOf).findings.map(\.code))
        }
        #expect(codes == Set(Finding.Code.allCases))
    }
}
