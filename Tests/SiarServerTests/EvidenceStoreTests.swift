import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// Evidence uploads: type by content, size limit, names and folders chosen by the store.
@Suite struct EvidenceStoreTests {
    typealias F = ServerFixture

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 100)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 1, count: 50)
    static let pdf = Array("%PDF-1.7\n%âãÏÓ\n".utf8)
    static let html = Array("<!doctype html><script>alert(1)</script>".utf8)

    @Test func anImageIsSavedUnderThePartnerAndCanBeRecorded() async throws {
        let project = try F.project()
        let evidence = EvidenceStore(root: project.root)
        let file = try evidence.save(Self.png, partner: "kabar-rinjani", placement: "P25-0003", fileName: "Tangkapan Layar.PNG", by: F.kr)
        #expect(file.path == "Content/evidence/kabar-rinjani/P25-0003.png")
        #expect(file.type == .png && file.size == 108)
        #expect(file.ledgerValue == "evidence/kabar-rinjani/P25-0003.png")
        #expect(try Data(contentsOf: URL(fileURLWithPath: project.path(file.path))) == Data(Self.png))

        // A second upload for the same placement never replaces the first.
        let again = try evidence.save(Self.png + [1], partner: "kabar-rinjani", placement: "P25-0003", by: F.kr)
        #expect(again.path.hasPrefix("Content/evidence/kabar-rinjani/P25-0003-") && again.path.hasSuffix(".png"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: project.path(file.path))) == Data(Self.png))

        var draft = F.draft()
        draft.evidence = file.ledgerValue
        #expect(try await F.store(project).add(draft, by: F.kr).evidence == "evidence/kabar-rinjani/P25-0003.png")
        try evidence.remove(again)
        #expect(!FileManager.default.fileExists(atPath: project.path(again.path)))
    }

    @Test func theTypeIsDecidedByTheContent() throws {
        let project = try F.project()
        let evidence = EvidenceStore(root: project.root)
        #expect(throws: EvidenceError.extensionMismatch(declared: "pdf", detected: .png)) {
            try evidence.save(Self.png, partner: "kabar-rinjani", fileName: "bukti.pdf", by: F.rina)
        }
        #expect(throws: EvidenceError.unsupportedType) {
            try evidence.save(Self.html, partner: "kabar-rinjani", fileName: "bukti.png", by: F.rina)
        }
        #expect(throws: EvidenceError.extensionMismatch(declared: "html", detected: .pdf)) {
            try evidence.save(Self.pdf, partner: "kabar-rinjani", fileName: "bukti.html", by: F.rina)
        }
        #expect(throws: EvidenceError.empty) { try evidence.save([UInt8](), partner: "kabar-rinjani", by: F.rina) }
        #expect(try evidence.save(Self.pdf, partner: "kabar-rinjani", by: F.rina).type == .pdf)
        #expect(try evidence.save(Self.jpeg, partner: "kabar-rinjani", fileName: "foto.JPEG", by: F.rina).path.hasSuffix(".jpg"))
        #expect(EvidenceError.unsupportedType.status == 415)
    }

    @Test func largeFilesAreRefused() throws {
        let project = try F.project()
        let evidence = EvidenceStore(root: project.root, limit: 1024)
        let large = Self.png + Array(repeating: 0, count: 1024)
        #expect(throws: EvidenceError.tooLarge(size: large.count, limit: 1024)) {
            try evidence.save(large, partner: "kabar-rinjani", by: F.rina)
        }
        #expect(EvidenceError.tooLarge(size: 1, limit: 0).status == 413)
        #expect(EvidenceStore(root: project.root).limit == 10 * 1024 * 1024)
    }

    @Test func pathsNeverLeaveTheEvidenceFolder() throws {
        let project = try F.project()
        let evidence = EvidenceStore(root: project.root)
        for partner in ["../../etc", "kabar-rinjani/../../x", "/tmp", "..", "Kabar-Rinjani", ""] {
            #expect(throws: EvidenceError.invalidPartner(partner)) { try evidence.save(Self.png, partner: partner, by: F.rina) }
        }
        #expect(throws: EvidenceError.unknownPartner("tidak-ada")) { try evidence.save(Self.png, partner: "tidak-ada", by: F.rina) }
        for placement in ["../../Content/site", ".hidden", "a/b", String(repeating: "x", count: 65)] {
            let file = try evidence.save(Self.png, partner: "kabar-rinjani", placement: placement, by: F.rina)
            #expect(file.path.hasPrefix("Content/evidence/kabar-rinjani/upload-"))
            #expect(file.path.split(separator: "/").count == 4)
        }
        #expect(!FileManager.default.fileExists(atPath: project.path("Content/site.png")))
    }

    @Test func partnerUsersUploadForTheirOwnPartnerOnly() throws {
        let project = try F.project()
        let evidence = EvidenceStore(root: project.root)
        #expect(throws: AccessError.self) { try evidence.save(Self.png, partner: "harian-gumi", by: F.kr) }
        #expect(throws: AccessError.self) { try evidence.save(Self.png, partner: "kabar-rinjani", by: F.vivi) }
    }
}
