import SiarCompliance
import SiarContent

/// Small in-memory content for the compliance tests: one online partner `kr` with contract `K1`
/// (2024-01-15 … 2024-12-31) and a news line of 10 items at Rp500.000 (evidence within 2 days), and the
/// release `rilis-a` of 2024-03-05.
enum Fixture {
    static func day(_ text: String) -> CalendarDay {
        guard case .success(let stamp) = DateParser.parse(text, defaultOffset: 0) else { fatalError("bad day \(text)") }
        return stamp.localDay
    }

    static let site = SiteConfig(title: "Uji", baseURL: "https://example.org/")

    static func release(_ slug: String, _ date: String) -> Release {
        Release(
            path: "Content/releases/\(date.prefix(4))/\(date)-\(slug).md", title: "Rilis \(slug)",
            date: Timestamp(day: day(date), utcOffset: 8 * 3600), author: "Tim", slug: slug, body: "Isi.")
    }

    static func line(
        _ service: QuotaLine.Service = .news, unit: QuotaLine.Unit = .item, target: Int = 10, price: Int = 500_000,
        evidenceDays: Int = 2
    ) -> QuotaLine {
        QuotaLine(service: service, unit: unit, target: target, unitPrice: price, evidenceDays: evidenceDays)
    }

    static func contract(
        _ number: String = "K1", _ start: String = "2024-01-15", _ end: String = "2024-12-31", value: Int? = nil,
        lines: [QuotaLine] = [line()]
    ) -> Contract {
        Contract(
            number: number, signed: day(start), start: day(start), end: day(end),
            value: value ?? lines.reduce(0) { $0 + $1.value }, lines: lines)
    }

    static func partner(
        _ id: String = "kr", media: Partner.MediaType = .online, council: Partner.PressCouncil = .factual,
        contracts: [Contract] = [contract()]
    ) -> Partner {
        Partner(
            id: id, name: "Mitra \(id)", company: "PT \(id)", legalForm: .pt, mediaType: media, pressCouncil: council,
            contracts: contracts)
    }

    /// A verified placement with evidence submitted on the day published, unless told otherwise.
    static func placement(
        _ id: String, partner: String = "kr", contract: String = "K1", service: QuotaLine.Service = .news,
        release: String? = nil, published: String = "2024-03-06", quantity: Int = 1, url: String? = nil,
        evidence: String? = "evidence/bukti.png", submitted: String? = nil, status: Placement.Status = .verified,
        note: String? = nil
    ) -> Placement {
        Placement(
            id: id, partner: partner, contract: contract, service: service, release: release, published: day(published),
            quantity: quantity, url: url, evidence: evidence, submitted: day(submitted ?? published), status: status,
            note: note)
    }

    static func content(
        partners: [Partner] = [partner()], placements: [Placement], releases: [Release] = [release("rilis-a", "2024-03-05")]
    ) -> Content {
        Content(site: site, releases: releases, partners: partners, placements: placements)
    }

    static func report(_ content: Content, asOf: String = "2024-12-31", points: Double? = nil) -> ComplianceReport {
        ComplianceReport(content: content, asOf: day(asOf), paceWarningPoints: points)
    }
}

extension ComplianceReport {
    /// Placement id → (units counted, code of its finding).
    var outcomesByID: [String: Outcome] {
        var result: [String: Outcome] = [:]
        for partner in partners {
            for outcome in partner.outcomes { result[outcome.placement.id] = Outcome(outcome.counted, outcome.finding?.code) }
        }
        return result
    }

    /// The first line of the first contract of the first partner.
    var firstLine: LineSummary? { partners.first?.contracts.first?.lines.first }
}

/// What happened to one placement, compared in the tests.
struct Outcome: Hashable, Sendable, CustomStringConvertible {
    let counted: Int
    let code: Finding.Code?

    init(_ counted: Int, _ code: Finding.Code? = nil) {
        self.counted = counted
        self.code = code
    }

    var description: String { "\(counted)" + (code.map { " \($0.rawValue)" } ?? "") }
}
