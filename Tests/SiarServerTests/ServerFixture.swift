import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// Swift Testing has a `SourceLocation` too; in these tests the name means Siar's.
typealias SourceLocation = SiarContent.SourceLocation

/// A small project for the store tests: two partners with 2024 and 2025 contracts, one release, and a
/// 2025 ledger of two rows; the clock stands at 2025-03-10 10:00 WITA.
enum ServerFixture {
    static let kabarRinjani = """
        name: "Kabar Rinjani"
        company: "PT Kabar Rinjani Media"
        legal_form: PT
        media_type: online
        press_council: factual
        contracts:
          - number: "PKS/KR/2024"
            signed: 2024-01-10
            start: 2024-01-15
            end: 2024-12-31
            value: 100000000
            lines:
              - { service: news, unit: item, target: 200, unit_price: 500000 }
          - number: "PKS/KR/2025"
            signed: 2025-01-02
            start: 2025-01-02
            end: 2025-12-31
            value: 200000000
            lines:
              - { service: news, unit: item, target: 300, unit_price: 500000 }
              - { service: banner, unit: day, target: 100, unit_price: 100000 }

        """

    static let harianGumi = """
        name: "Harian Gumi Sasak"
        company: "PT Gumi Sasak Pers"
        legal_form: PT
        media_type: print-daily
        press_council: factual
        contracts:
          - number: "PKS/HG/2025"
            signed: 2025-01-02
            start: 2025-01-02
            end: 2025-12-31
            value: 150000000
            lines:
              - { service: news, unit: item, target: 300, unit_price: 500000 }

        """

    static let release = TemporaryProject.release(slug: "peran-kominfo-ntb", date: "2025-02-03")

    static let ledgerRows = [
        "P25-0001,kabar-rinjani,,news,peran-kominfo-ntb,2025-02-04,,https://kabarrinjani.id/a,,2025-02-05,verified,Rina,2025-02-06,,",
        "P25-0002,harian-gumi,,news,,2025-02-10,,,evidence/harian-gumi/p.jpg,2025-02-11,submitted,,,,",
    ]

    static func project(_ files: [String: String] = [:]) throws -> TemporaryProject {
        var all = [
            "Content/partners/kabar-rinjani.yml": kabarRinjani, "Content/partners/harian-gumi.yml": harianGumi,
            release.path: release.text, "Content/placements/2025.csv": TemporaryProject.currentLedger(ledgerRows),
        ]
        all.merge(files) { _, new in new }
        let project = try TemporaryProject(files: all)
        // The ledger rows name this file; evidence must exist to pass the ledger rules.
        try project.writeEvidence("Content/evidence/harian-gumi/p.jpg")
        return project
    }

    /// 2025-03-10T10:00:00+08:00.
    static let now = Timestamp(day: CalendarDay(year: 2025, month: 3, day: 10) ?? CalendarDay(dayNumber: 0), utcOffset: 8 * 3600)
        .adding(seconds: 10 * 3600).secondsSinceEpoch

    static func store(_ project: TemporaryProject) -> LedgerStore { LedgerStore(root: project.root, now: { now }) }

    static let rina = User(name: "rina", role: .manager)
    static let made = User(name: "made", role: .manager)
    static let tono = User(name: "tono", role: .writer)
    static let kr = User(name: "kr", role: .partner, partner: "kabar-rinjani")
    static let hg = User(name: "hg", role: .partner, partner: "harian-gumi")
    static let vivi = User(name: "vivi", role: .viewer)

    static func draft(
        partner: String = "kabar-rinjani", service: String = "news", published: String = "2025-03-08",
        url: String = "", note: String = ""
    ) -> PlacementDraft {
        PlacementDraft(partner: partner, service: service, published: published, url: url, note: note)
    }

    /// The lines of a project file.
    static func lines(_ project: TemporaryProject, _ path: String) throws -> [String] {
        try project.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The error `body` throws, as `E`; records an issue when it throws nothing or something else.
    static func error<E: Error>(
        _ type: E.Type, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async -> E? {
        do {
            try await body()
            Issue.record("expected \(E.self), nothing was thrown", sourceLocation: sourceLocation)
        } catch let error as E {
            return error
        } catch {
            Issue.record("expected \(E.self), got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}
