import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// The acceptance test of issue 5, through the router: 200 placements posted in parallel by several
/// users all land with unique ids, the audit trail has 200 rows, and `siar check` passes afterwards.
@Suite struct HTTPConcurrencyTests {
    @Test func twoHundredParallelPostsAllLand() async throws {
        let fixture = try await HTTPFixture.make()
        let users = ["rina", "made", "tono", "kr", "hg"]
        let answers = try await fixture.test { client in
            try await withThrowingTaskGroup(of: (Int, String?).self) { group in
                for index in 0..<200 {
                    let user = users[index % users.count]
                    let partner =
                        user == "hg" ? "harian-gumi" : user == "kr" ? "kabar-rinjani" : index % 2 == 0 ? "kabar-rinjani" : "harian-gumi"
                    let body = """
                        {"partner": "\(partner)", "service": "news", "published": "2025-03-0\(1 + index % 9)", \
                        "url": "https://example.org/\(partner)/\(index)"}
                        """
                    group.addTask {
                        let response = try await client.execute(
                            uri: "/api/placements", method: .post, headers: fixture.json(user), body: ByteBuffer(text: body))
                        return (response.status.code, response.object["id"] as? String)
                    }
                }
                return try await group.reduce(into: [(Int, String?)]()) { $0.append($1) }
            }
        }
        #expect(answers.count == 200)
        #expect(answers.allSatisfy { $0.0 == 201 })
        let ids = answers.compactMap(\.1)
        #expect(Set(ids).count == 200)
        let audit = try AuditTrail(root: fixture.project.root).entries()
        #expect(audit.count == 200)
        #expect(Set(audit.map(\.placement)) == Set(ids))
        let loaded = fixture.project.load()
        #expect(!loaded.hasErrors)
        #expect(loaded.content?.placements.count == 202)
        let check = try SiarExecutable.run(["check", "--root", fixture.project.root])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
