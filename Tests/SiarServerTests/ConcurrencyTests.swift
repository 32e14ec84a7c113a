import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// Many writers at once, and writers outside the service.
@Suite struct ConcurrencyTests {
    typealias F = ServerFixture

    /// The acceptance test of issue 5: 200 placements posted in parallel by several users all land with
    /// unique ids, the audit trail has 200 rows, and the content checks clean afterwards.
    @Test func twoHundredParallelAddsAllLand() async throws {
        let project = try F.project()
        let store = F.store(project)
        let users = [F.rina, F.made, F.tono, F.kr, F.hg]
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<200 {
                let user = users[index % users.count]
                let partner = user.partner ?? (index % 2 == 0 ? "kabar-rinjani" : "harian-gumi")
                let draft = PlacementDraft(
                    partner: partner, service: "news", published: "2025-03-0\(1 + index % 9)",
                    url: "https://example.org/\(partner)/\(index)")
                group.addTask { try await store.add(draft, by: user).id }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(ids.count == 200)
        #expect(Set(ids).count == 200)
        let expected = (3...202).map { number -> String in
            let digits = String(number)
            return "P25-" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        #expect(Set(ids) == Set(expected))

        let audit = try AuditTrail(root: project.root).entries()
        #expect(audit.count == 200)
        #expect(Set(audit.map(\.placement)) == Set(ids))
        #expect(try F.lines(project, "Content/placements/audit.csv").count == 202)  // header, 200 rows, final ""

        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.content?.placements.count == 202)
        #expect(try await LedgerStore(root: project.root).all(by: F.vivi).count == 202)
    }

    @Test func anEditOnDiskBetweenTwoWritesIsKept() async throws {
        let project = try F.project()
        let store = F.store(project)
        let first = try await store.add(F.draft(), by: F.tono)
        // A manager fixes the ledger in a spreadsheet while the service runs: one row edited, one added.
        var lines = try F.lines(project, "Content/placements/2025.csv")
        lines[1] = lines[1].replacingOccurrences(of: "https://kabarrinjani.id/a", with: "https://kabarrinjani.id/a-diperbaiki")
        lines.insert("P25-0100,harian-gumi,,news,,2025-03-01,,,,,submitted,,,,", at: lines.count - 1)
        try project.write("Content/placements/2025.csv", lines.joined(separator: "\n"))

        let second = try await store.add(F.draft(partner: "harian-gumi"), by: F.tono)
        #expect(second.id == "P25-0101")
        let text = try project.read("Content/placements/2025.csv")
        #expect(text.contains("https://kabarrinjani.id/a-diperbaiki"))
        #expect(text.contains(first.id + ","))
        #expect(text.contains("P25-0100,harian-gumi"))
        #expect(text.hasSuffix("P25-0101,harian-gumi,,news,,2025-03-08,,,,2025-03-10,submitted,,,,\n"))
        #expect(try await store.placement(id: "P25-0100", by: F.rina).status == .submitted)
        #expect(!project.load().hasErrors)
    }

    @Test func aSameSizeEditKeepingTheModificationTimeIsNoticed() async throws {
        let project = try F.project()
        let store = F.store(project)
        _ = try await store.all(by: F.rina)
        let path = project.path("Content/placements/2025.csv")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        // Same length, same modification time: only the change time (and the text) differ.
        try project.write(
            "Content/placements/2025.csv", try project.read("Content/placements/2025.csv").replacingOccurrences(of: "Rina", with: "Dewi"))
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate] as Any], ofItemAtPath: path)
        _ = try await store.add(F.draft(), by: F.tono)
        #expect(try project.read("Content/placements/2025.csv").contains(",verified,Dewi,"))
    }

    @Test func aChangedPartnerFileIsReadBeforeTheNextCheck() async throws {
        let project = try F.project()
        let store = F.store(project)
        let refused = await F.error(ValidationFailure.self) {
            _ = try await store.add(F.draft(partner: "harian-gumi", service: "banner"), by: F.tono)
        }
        #expect(refused?.problems.map(\.field) == ["service"])
        try project.write(
            "Content/partners/harian-gumi.yml",
            F.harianGumi.replacingOccurrences(
                of: "      - { service: news, unit: item, target: 300, unit_price: 500000 }\n",
                with:
                    "      - { service: news, unit: item, target: 300, unit_price: 500000 }\n      - { service: banner, unit: day, target: 10, unit_price: 100000 }\n"
            ))
        #expect(try await store.add(F.draft(partner: "harian-gumi", service: "banner"), by: F.tono).service == .banner)
    }
}
