import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// Adding, verifying and rejecting placements: what lands in the ledger and the audit trail.
@Suite struct LedgerStoreTests {
    typealias F = ServerFixture

    @Test func addAppendsOneRowAndOneAuditEntry() async throws {
        let project = try F.project()
        let store = F.store(project)
        let placement = try await store.add(F.draft(url: "https://kabarrinjani.id/b"), by: F.tono)

        #expect(placement.id == "P25-0003")
        #expect(placement.contract == "PKS/KR/2025")
        #expect(placement.status == .submitted)
        #expect(placement.submitted?.description == "2025-03-10")
        #expect(placement.location == SourceLocation(path: "Content/placements/2025.csv", line: 4, column: 1))
        #expect(
            try project.read("Content/placements/2025.csv")
                == TemporaryProject.currentLedger(
                    F.ledgerRows + ["P25-0003,kabar-rinjani,,news,,2025-03-08,,https://kabarrinjani.id/b,,2025-03-10,submitted,,,,"]))
        #expect(
            try project.read("Content/placements/audit.csv") == """
                time,user,action,placement,fields
                2025-03-10T10:00:00+08:00,tono,add,P25-0003,partner=kabar-rinjani; service=news; published=2025-03-08; url=https://kabarrinjani.id/b; submitted=2025-03-10; status=submitted

                """)
        #expect(!project.load().hasErrors)
        #expect(project.diagnostics().allSatisfy { !$0.contains("audit.csv") })
    }

    /// An office may restrict the ledger to a group (0640); rewriting it must not widen that.
    @Test func aRewriteKeepsTheLedgersPermissions() async throws {
        let project = try F.project()
        let store = F.store(project)
        let path = project.path("Content/placements/2025.csv")
        #expect(chmod(path, 0o640) == 0)
        _ = try await store.add(F.draft(url: "https://kabarrinjani.id/b"), by: F.tono)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    @Test func verifyAndRejectChangeOnlyTheReviewColumns() async throws {
        let project = try F.project()
        let store = F.store(project)
        let added = try await store.add(F.draft(partner: ""), by: F.kr)
        #expect(added.partner == "kabar-rinjani")

        let verified = try await store.verify(id: added.id, by: F.rina)
        #expect(verified.status == .verified)
        #expect(verified.reviewedBy == "rina")
        #expect(verified.reviewedAt?.description == "2025-03-10")

        let rejected = try await store.reject(id: "P25-0002", note: "tautan tidak dapat dibuka; kirim ulang", by: F.rina)
        #expect(rejected.status == .rejected)
        #expect(rejected.reviewNote == "tautan tidak dapat dibuka; kirim ulang")
        #expect(rejected.note == nil)
        #expect(
            try F.lines(project, "Content/placements/2025.csv") == [
                Placement.ledgerColumns.joined(separator: ","), F.ledgerRows[0],
                "P25-0002,harian-gumi,,news,,2025-02-10,,,evidence/harian-gumi/p.jpg,2025-02-11,rejected,rina,2025-03-10,,tautan tidak dapat dibuka; kirim ulang",
                "P25-0003,kabar-rinjani,,news,,2025-03-08,,,,2025-03-10,verified,rina,2025-03-10,,", "",
            ])
        let entries = try AuditTrail(root: project.root).entries()
        #expect(entries.map(\.action) == [.add, .verify, .reject])
        #expect(entries.map(\.user) == ["kr", "rina", "rina"])
        #expect(
            entries[2].fields == [
                .init(key: "status", value: "rejected"), .init(key: "reviewed_by", value: "rina"),
                .init(key: "reviewed_at", value: "2025-03-10"), .init(key: "review_note", value: "tautan tidak dapat dibuka; kirim ulang"),
            ])
        #expect(try F.lines(project, "Content/placements/audit.csv")[3].hasSuffix("review_note=tautan tidak dapat dibuka\\; kirim ulang"))
        #expect(try await store.all(by: F.vivi).map(\.status) == [.verified, .rejected, .verified])
        #expect(!project.load().hasErrors)
    }

    @Test func aChangeThatAddsErrorsIsRefusedWithTheCheckDiagnostics() async throws {
        let project = try F.project()
        let before = try project.read("Content/placements/2025.csv")
        let store = F.store(project)
        let failure = await F.error(ValidationFailure.self) {
            _ = try await store.add(F.draft(partner: "kabar-rinjan", service: "nws"), by: F.rina)
        }
        #expect(
            failure?.diagnostics.map(\.description) == [
                "Content/placements/2025.csv:4:10: error: unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?",
                "Content/placements/2025.csv:4:24: error: 'service' has an unknown value 'nws'; did you mean 'news'?",
            ])
        #expect(failure?.problems.map(\.field) == ["partner", "service"])
        #expect(failure?.status == 422)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(["diagnostics": try #require(failure).problems]), as: UTF8.self)
        #expect(
            json.hasPrefix(
                #"{"diagnostics":[{"column":10,"field":"partner","line":4,"message":"unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?","path":"Content/placements/2025.csv","severity":"error"},"#
            ))

        let future = await F.error(ValidationFailure.self) {
            _ = try await store.add(F.draft(published: "2025-03-11"), by: F.rina)
        }
        #expect(
            future?.diagnostics.map(\.description) == [
                "Content/placements/2025.csv:4:45: error: 'submitted' ('2025-03-10') is before 'published' ('2025-03-11'); evidence cannot arrive before the placement appeared"
            ])
        let badDay = await F.error(ValidationFailure.self) {
            _ = try await store.add(F.draft(published: "2025-02-30"), by: F.rina)
        }
        #expect(badDay?.problems.map(\.field) == ["published"])
        #expect(try project.read("Content/placements/2025.csv") == before)
        #expect(!FileManager.default.fileExists(atPath: project.path("Content/placements/audit.csv")))
    }

    @Test func existingErrorsDoNotBlockOtherChanges() async throws {
        let broken = "P25-0050,kabar-rinjani,,talkshow,,2025-02-20,,,,,submitted,,,,"
        let project = try F.project([
            "Content/placements/2025.csv": TemporaryProject.currentLedger(F.ledgerRows + [broken])
        ])
        let store = F.store(project)
        let placement = try await store.add(F.draft(), by: F.tono)
        #expect(placement.id == "P25-0051")
        let conflict = await F.error(AccessError.self) { _ = try await store.verify(id: "P25-0050", by: F.rina) }
        #expect(conflict?.status == 409)
        #expect(try await store.problems(by: F.rina).map(\.description).count == 1)
    }

    @Test func valuesASpreadsheetWouldRunAsFormulasAreRefused() async throws {
        let project = try F.project()
        let store = F.store(project)
        let failure = await F.error(ValidationFailure.self) {
            _ = try await store.add(F.draft(note: "=HYPERLINK(\"https://evil.example\")"), by: F.kr)
        }
        #expect(failure?.problems.map(\.field) == ["note"])
        #expect(failure?.diagnostics.first?.message.hasPrefix("'note' must be text that does not start with '='") == true)
    }

    @Test func aNewYearGetsItsOwnFileAndIdSequence() async throws {
        let project = try F.project()
        let placement = try await F.store(project).add(F.draft(published: "2024-12-30"), by: F.rina)
        #expect(placement.id == "P24-0001")
        #expect(placement.contract == "PKS/KR/2024")
        #expect(
            try project.read("Content/placements/2024.csv")
                == TemporaryProject.currentLedger(["P24-0001,kabar-rinjani,,news,,2024-12-30,,,,2025-03-10,submitted,,,,"]))
        #expect(!project.load().hasErrors)
    }

    @Test func idsAreNeverReusedEvenAfterARowWasDeleted() async throws {
        let project = try F.project()
        let store = F.store(project)
        let first = try await store.add(F.draft(), by: F.tono)
        #expect(first.id == "P25-0003")
        // Someone deletes the new row by hand: its id stays taken, because the audit trail remembers it.
        try project.write("Content/placements/2025.csv", TemporaryProject.currentLedger(F.ledgerRows))
        let second = try await store.add(F.draft(), by: F.tono)
        #expect(second.id == "P25-0004")
    }

    @Test func untouchedRowsKeepTheirBytes() async throws {
        let header = Placement.ledgerColumns.joined(separator: ",")
        let rows = [
            header, "\"P25-0001\",kabar-rinjani,, news ,,2025-02-04,,,,,\"submitted\",,,\"catatan, dengan koma\",",
            "P25-0002,harian-gumi,,news,,2025-02-10,,,,,submitted,,,\"baris\ndua\",",
            "", "P25-0003,harian-gumi,,news,,2025-02-11,,,,,submitted,,,,",
        ]
        let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((rows.joined(separator: "\r\n") + "\r\n").utf8)
        let project = try F.project()
        try project.write("Content/placements/2025.csv", bytes: original)
        let store = F.store(project)

        _ = try await store.reject(id: "P25-0002", note: "bukti tidak memuat tanggal", by: F.rina)
        _ = try await store.add(F.draft(), by: F.tono)

        let expected = [
            // The submitter's note (two lines, written back with the file's CRLF) stays beside the reason.
            header, rows[1],
            "P25-0002,harian-gumi,,news,,2025-02-10,,,,,rejected,rina,2025-03-10,\"baris\r\ndua\",bukti tidak memuat tanggal",
            "", rows[4], "P25-0004,kabar-rinjani,,news,,2025-03-08,,,,2025-03-10,submitted,,,,",
        ]
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: project.path("Content/placements/2025.csv"))))
        #expect(written == [0xEF, 0xBB, 0xBF] + Array((expected.joined(separator: "\r\n") + "\r\n").utf8))
        #expect(!project.load().hasErrors)
    }

    @Test func aFileWithBrokenQuotingIsNotRewritten() async throws {
        let text = TemporaryProject.currentLedger([
            F.ledgerRows[0], "P25-0002,harian-gumi,,news,,2025-02-10,,,,,submitted,,,,\"open", "more",
        ])
        let project = try F.project(["Content/placements/2025.csv": text])
        let failure = await F.error(ValidationFailure.self) { _ = try await F.store(project).add(F.draft(), by: F.tono) }
        #expect(failure?.diagnostics.first?.reason == .malformedQuote)
        #expect(try project.read("Content/placements/2025.csv") == text)
    }

    @Test func leftoversOfACrashAreIgnored() async throws {
        let project = try F.project([
            "Content/placements/.2025.csv.siar-new-0a1b2c3d": "P25-0099,half a row",
            "Content/placements/audit.csv": "time,user,action,placement,fields\n2025-03-09T08:00:00+08:00,rina,add,P25-0003,partner=x",
        ])
        #expect(!project.load().hasErrors)
        let store = F.store(project)
        // The audit row ends without a line break (written by hand): the next entry still starts a line of its own.
        let placement = try await store.add(F.draft(), by: F.tono)
        #expect(placement.id == "P25-0004")
        #expect(try AuditTrail(root: project.root).entries().map(\.placement) == ["P25-0003", "P25-0004"])
    }
}
