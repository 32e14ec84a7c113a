import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// The store on a copy of the sample content that ships in `Content/`.
@Suite struct SampleLedgerTests {
    @Test func theShippedLedgerTakesNewRowsAndKeepsTheOldOnes() async throws {
        let project = try TemporaryProject(site: nil)
        try FileManager.default.copyItem(atPath: RepositoryPaths.root + "/Content", toPath: project.path("Content"))
        let before2024 = try project.read("Content/placements/2024.csv")
        let before2025 = try project.read("Content/placements/2025.csv")
        let now = Timestamp(day: CalendarDay(year: 2025, month: 12, day: 31) ?? CalendarDay(dayNumber: 0), utcOffset: 8 * 3600)
        let store = LedgerStore(root: project.root, now: { now.secondsSinceEpoch + 3600 })
        let count = try await store.all(by: User(name: "v", role: .viewer)).count

        let draft = PlacementDraft(
            partner: "kabar-rinjani", service: "news", published: "2025-12-30", url: "https://www.kabarrinjani.co.id/x")
        let added = try await store.add(draft, by: User(name: "tono", role: .writer))
        #expect(added.id == "P25-0309")
        _ = try await store.verify(id: added.id, by: User(name: "rina", role: .manager))

        #expect(try project.read("Content/placements/2024.csv") == before2024)
        #expect(
            try project.read("Content/placements/2025.csv")
                == before2025
                + "P25-0309,kabar-rinjani,,news,,2025-12-30,,https://www.kabarrinjani.co.id/x,,2025-12-31,verified,rina,2025-12-31,,\n")
        let loaded = ContentLoader(root: project.root).load()
        #expect(!loaded.hasErrors)
        #expect(loaded.content?.placements.count == count + 1)
    }
}
