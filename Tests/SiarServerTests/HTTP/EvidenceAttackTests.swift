import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// A placement's `evidence` is copied into the public site by the build, so the service accepts only an
/// `https://` link or a PNG/JPEG/PDF/WebP file in the row's own partner folder, for every role.
@Suite struct EvidenceAttackTests {
    /// Files of the project a partner must never publish as evidence, and path tricks to reach them.
    static let attacks = [
        ServerFixture.release.path.dropFirst("Content/".count).description, "site.yml", "placements/2025.csv",
        "placements/audit.csv", "partners/harian-gumi.yml", "evidence/harian-gumi/upload-theirs.png",
        "evidence/kabar-rinjani/../harian-gumi/upload-theirs.png", "../Content/site.yml", "evidence/kabar-rinjani/catatan.md",
        "evidence/kabar-rinjani/palsu.png", "evidence/kabar-rinjani/missing.png", "evidence/kabar-rinjani", "/etc/passwd",
        "http://kabarrinjani.id/bukti.png", "evidence/kabar-rinjani/./upload-mine.png",
    ]

    static func fixture() async throws -> HTTPFixture {
        let fixture = try await HTTPFixture.make()
        try fixture.project.write("Content/evidence/harian-gumi/upload-theirs.png", bytes: Multipart.png())
        try fixture.project.write("Content/evidence/kabar-rinjani/upload-mine.png", bytes: Multipart.png())
        try fixture.project.write("Content/evidence/kabar-rinjani/catatan.md", "# bukan bukti\n")
        try fixture.project.write("Content/evidence/kabar-rinjani/palsu.png", "<html>not a png</html>\n")
        return fixture
    }

    static func body(_ evidence: String) -> ByteBuffer {
        let value = String(decoding: (try? JSONEncoder().encode(evidence)) ?? Data(), as: UTF8.self)
        return ByteBuffer(
            text: #"{"partner": "kabar-rinjani", "service": "news", "published": "2025-03-03", "evidence": \#(value)}"#)
    }

    @Test(arguments: ["kr", "rina"])
    func theAPIRefusesEvidenceOutsideThePartnersFolder(user: String) async throws {
        let fixture = try await Self.fixture()
        let ledger = try fixture.project.read("Content/placements/2025.csv")
        try await fixture.test { client in
            for attack in Self.attacks {
                let answer = try await client.execute(
                    uri: "/api/placements", method: .post, headers: fixture.json(user), body: Self.body(attack))
                #expect(answer.status == .unprocessableContent, "\(user) \(attack): \(answer.text)")
                let errors = answer.object["errors"] as? [[String: Any]] ?? []
                #expect(errors.contains { $0["field"] as? String == "evidence" }, "\(attack): \(answer.text)")
                if user == "kr" {
                    // Partners see the field and what to do, never a file path or position.
                    let diagnostics = answer.object["diagnostics"] as? [[String: Any]] ?? []
                    #expect(diagnostics.allSatisfy { $0["path"] == nil && $0["line"] == nil })
                    #expect(!answer.text.contains("Content/placements"))
                }
            }
            #expect(try fixture.project.read("Content/placements/2025.csv") == ledger)
            #expect(try AuditTrail(root: fixture.project.root).entries().isEmpty)
            // The allowed forms still work.
            for good in ["evidence/kabar-rinjani/upload-mine.png", "https://kabarrinjani.id/bukti/1"] {
                let answer = try await client.execute(
                    uri: "/api/placements", method: .post, headers: fixture.json(user), body: Self.body(good))
                #expect(answer.status == .created, "\(good): \(answer.text)")
            }
        }
    }

    @Test(arguments: ["kr", "rina"])
    func theFormRefusesEvidenceOutsideThePartnersFolder(user: String) async throws {
        let fixture = try await Self.fixture()
        let ledger = try fixture.project.read("Content/placements/2025.csv")
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: user)
            for attack in Self.attacks {
                let answer = try await browser.postMultipart(
                    "/kelola/penayangan", PlacementFormTests.with(["evidence_url": attack, "release": ""]))
                #expect(answer.status == .unprocessableContent, "\(user) \(attack)")
                #expect(HTML.fieldError("evidence", in: answer.text) != nil, "\(user) \(attack)")
            }
        }
        #expect(try fixture.project.read("Content/placements/2025.csv") == ledger)
    }

    @Test func uploadsLandInTheUploadersPartnerFolder() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in
            var headers = fixture.bearer("kr")
            headers[.contentType] = "image/png"
            // A partner user need not name its partner; it cannot name another.
            let own = try await client.execute(
                uri: "/api/evidence", method: .post, headers: headers, body: ByteBuffer(bytes: Multipart.png()))
            #expect(own.status == .created, "\(own.text)")
            #expect((own.object["evidence"] as? String)?.hasPrefix("evidence/kabar-rinjani/upload-") == true)
            let other = try await client.execute(
                uri: "/api/evidence?partner=harian-gumi", method: .post, headers: headers, body: ByteBuffer(bytes: Multipart.png()))
            #expect(other.status == .forbidden)
            // A manager uploads into the partner's folder it names.
            headers = fixture.bearer("rina")
            headers[.contentType] = "image/png"
            let managed = try await client.execute(
                uri: "/api/evidence?partner=harian-gumi", method: .post, headers: headers, body: ByteBuffer(bytes: Multipart.png()))
            #expect((managed.object["evidence"] as? String)?.hasPrefix("evidence/harian-gumi/upload-") == true)
        }
    }

    @Test func unreferencedUploadsAreRemovedAfterADay() async throws {
        let fixture = try await HTTPFixture.make()
        let project = fixture.project
        for name in ["upload-orphan.png", "upload-named.png", "P25-0009.png"] {
            try project.write("Content/evidence/kabar-rinjani/\(name)", bytes: Multipart.png())
        }
        try project.write(
            "Content/placements/2025.csv",
            TemporaryProject.currentLedger(
                ServerFixture.ledgerRows + [
                    "P25-0003,kabar-rinjani,,news,,2025-03-01,,,evidence/kabar-rinjani/upload-named.png,2025-03-02,submitted,,,,"
                ]))
        func age(_ name: String, hours: Int) throws {
            let date = Date(timeIntervalSince1970: TimeInterval(fixture.clock.now - hours * 3600))
            try FileManager.default.setAttributes(
                [.modificationDate: date], ofItemAtPath: project.path("Content/evidence/kabar-rinjani/\(name)"))
        }
        func exists(_ name: String) -> Bool {
            FileManager.default.fileExists(atPath: project.path("Content/evidence/kabar-rinjani/\(name)"))
        }
        for name in ["upload-orphan.png", "upload-named.png", "P25-0009.png"] { try age(name, hours: 23) }
        #expect(await fixture.services.sweepEvidence().isEmpty)
        #expect(exists("upload-orphan.png"))
        fixture.clock.advance(by: 2 * 3600)
        #expect(await fixture.services.sweepEvidence() == ["Content/evidence/kabar-rinjani/upload-orphan.png"])
        // Named by a row, or put there by hand (not an upload's name): kept.
        #expect(!exists("upload-orphan.png"))
        #expect(exists("upload-named.png"))
        #expect(exists("P25-0009.png"))
    }

    @Test func evidenceIsServedOnlyAsItsTypeToThoseWhoMaySeeThePartner() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let kr = try await Browser.signIn(client, as: "kr")
            let png = try await kr.get("/kelola/bukti/kabar-rinjani/upload-mine.png")
            #expect(png.status == .ok)
            #expect(png.headers[.contentType] == "image/png")
            #expect(try await kr.get("/kelola/bukti/kabar-rinjani/palsu.png").status == .notFound)
            #expect(try await kr.get("/kelola/bukti/kabar-rinjani/catatan.md").status == .notFound)
            #expect(try await kr.get("/kelola/bukti/kabar-rinjani/..%2F..%2Fsite.yml").status == .notFound)
            #expect(try await kr.get("/kelola/bukti/harian-gumi/upload-theirs.png").status == .forbidden)
            let rina = try await Browser.signIn(client, as: "rina")
            #expect(try await rina.get("/kelola/bukti/harian-gumi/upload-theirs.png").status == .ok)
        }
    }
}
