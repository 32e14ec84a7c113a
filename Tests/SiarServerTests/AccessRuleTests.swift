import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// Who may do what, enforced by the store itself (the HTTP layer checks too).
@Suite struct AccessRuleTests {
    typealias F = ServerFixture

    @Test func viewersOnlyRead() async throws {
        let project = try F.project()
        let store = F.store(project)
        #expect(try await store.all(by: F.vivi).count == 2)
        #expect(await F.error(AccessError.self) { _ = try await store.add(F.draft(), by: F.vivi) }?.status == 403)
        #expect(await F.error(AccessError.self) { _ = try await store.verify(id: "P25-0002", by: F.vivi) }?.status == 403)
        #expect(
            await F.error(AccessError.self) { _ = try await store.reject(id: "P25-0002", note: "x", by: F.vivi) }?.status == 403)
    }

    @Test func partnerUsersWorkForTheirOwnPartnerOnly() async throws {
        let project = try F.project()
        let store = F.store(project)
        let refused = await F.error(AccessError.self) { _ = try await store.add(F.draft(partner: "harian-gumi"), by: F.kr) }
        #expect(refused == .forbidden("user 'kr' can only record placements for partner 'kabar-rinjani'"))
        #expect(try await store.add(F.draft(), by: F.kr).partner == "kabar-rinjani")
        #expect(try await store.all(by: F.kr).map(\.id) == ["P25-0001", "P25-0003"])
        #expect(try await store.placements(partner: "kabar-rinjani", by: F.kr).count == 2)
        #expect(await F.error(AccessError.self) { _ = try await store.placements(partner: "harian-gumi", by: F.kr) }?.status == 403)
        #expect(await F.error(AccessError.self) { _ = try await store.placement(id: "P25-0002", by: F.kr) }?.status == 404)
        #expect(try await store.auditTrail(by: F.kr).map(\.placement) == ["P25-0003"])
        #expect(try await store.auditTrail(by: F.hg).isEmpty)
        #expect(await F.error(AccessError.self) { _ = try await store.verify(id: "P25-0002", by: F.hg) }?.status == 403)
    }

    @Test func writersRecordButDoNotReview() async throws {
        let project = try F.project()
        let store = F.store(project)
        let placement = try await store.add(F.draft(partner: "harian-gumi"), by: F.tono)
        #expect(await F.error(AccessError.self) { _ = try await store.verify(id: placement.id, by: F.tono) }?.status == 403)
        // A row the writer did not submit: refused for the role, not only as a self-review.
        #expect(
            await F.error(AccessError.self) { _ = try await store.verify(id: "P25-0002", by: F.tono) }
                == .forbidden("only managers can verify placements; user 'tono' is a writer"))
        #expect(
            await F.error(AccessError.self) { _ = try await store.reject(id: "P25-0002", note: "x", by: F.tono) }
                == .forbidden("only managers can reject placements; user 'tono' is a writer"))
    }

    @Test func noOneReviewsTheirOwnSubmission() async throws {
        let project = try F.project()
        let store = F.store(project)
        let placement = try await store.add(F.draft(), by: F.rina)
        #expect(try await store.submitter(of: placement.id) == "rina")
        #expect(!F.rina.mayReview(submittedBy: "rina"))
        let verify = await F.error(AccessError.self) { _ = try await store.verify(id: placement.id, by: F.rina) }
        #expect(verify == .forbidden("user 'rina' submitted placement '\(placement.id)'; another manager must verify it"))
        #expect(await F.error(AccessError.self) { _ = try await store.reject(id: placement.id, note: "x", by: F.rina) }?.status == 403)
        #expect(try await store.verify(id: placement.id, by: F.made).reviewedBy == "made")
    }

    @Test func onlySubmittedPlacementsAreReviewed() async throws {
        let project = try F.project()
        let store = F.store(project)
        let again = await F.error(AccessError.self) { _ = try await store.verify(id: "P25-0001", by: F.rina) }
        #expect(again == .conflict("placement 'P25-0001' is already verified by 'Rina'; only submitted placements can be reviewed"))
        #expect(
            await F.error(AccessError.self) { _ = try await store.verify(id: "P25-9999", by: F.rina) }
                == .notFound("no placement 'P25-9999'"))
        let noNote = await F.error(ValidationFailure.self) { _ = try await store.reject(id: "P25-0002", note: " \n ", by: F.rina) }
        #expect(
            noNote?.diagnostics.map(\.description) == [
                "Content/placements/2025.csv:3:106: error: the placement is rejected without a reason; write the reason of the rejection in 'review_note' ('note' in a file without that column)"
            ])
        #expect(noNote?.problems.first?.field == "review_note")
    }

    @Test func twoManagersReviewingAtOnceCannotBothWin() async throws {
        let project = try F.project()
        let store = F.store(project)
        async let first = await Result { try await store.verify(id: "P25-0002", by: F.rina) }
        async let second = await Result { try await store.reject(id: "P25-0002", note: "bukti buram", by: F.made) }
        let outcomes = await [first.map(\.status), second.map(\.status)]
        #expect(outcomes.filter { (try? $0.get()) != nil }.count == 1)
        #expect(try AuditTrail(root: project.root).entries().count == 1)
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }
}
