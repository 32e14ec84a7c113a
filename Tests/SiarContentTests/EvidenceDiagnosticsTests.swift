import Foundation
import SiarContent
import SiarTestSupport
import Testing

/// The `evidence` column names only `https://` URLs or real files of the row's own partner: anything else
/// would be copied into the public site by the build.
@Suite struct EvidenceDiagnosticsTests {
    typealias Ledger = LedgerDiagnosticsTests
    static let at = "Content/placements/2024.csv:2:93: error: "

    static func notAllowed(_ value: String) -> String {
        at
            + "'evidence' must be an https:// URL or a file of this partner such as 'evidence/kabar-rinjani/p-1.png' (PNG, JPEG, PDF or WebP), not '\(value)'"
    }

    static let cases: [(String, String)] = [
        ("releases/2024/2024-03-05-peran-kominfo-ntb.md", notAllowed("releases/2024/2024-03-05-peran-kominfo-ntb.md")),
        ("site.yml", notAllowed("site.yml")),
        ("placements/2024.csv", notAllowed("placements/2024.csv")),
        ("placements/audit.csv", notAllowed("placements/audit.csv")),
        ("partners/kabar-rinjani.yml", notAllowed("partners/kabar-rinjani.yml")),
        ("http://kabarrinjani.id/bukti.png", notAllowed("http://kabarrinjani.id/bukti.png")),
        ("ftp://kabarrinjani.id/bukti.png", notAllowed("ftp://kabarrinjani.id/bukti.png")),
        ("evidence/kabar-rinjani/../../site.yml", notAllowed("evidence/kabar-rinjani/../../site.yml")),
        ("evidence/../site.yml", notAllowed("evidence/../site.yml")),
        ("/etc/passwd", notAllowed("/etc/passwd")),
        ("evidence\\kabar-rinjani\\p-1.png", notAllowed("evidence\\kabar-rinjani\\p-1.png")),
        ("evidence/kabar-rinjani/%2e%2e%2fsite.yml", notAllowed("evidence/kabar-rinjani/%2e%2e%2fsite.yml")),
        ("evidence%2fkabar-rinjani%2fp-1.png", notAllowed("evidence%2fkabar-rinjani%2fp-1.png")),
        ("evidence/kabar-rinjani/sub/p-1.png", notAllowed("evidence/kabar-rinjani/sub/p-1.png")),
        ("evidence/kabar-rinjani/.p-1.png", notAllowed("evidence/kabar-rinjani/.p-1.png")),
        ("evidence//p-1.png", notAllowed("evidence//p-1.png")),
        ("Evidence/kabar-rinjani/p-1.png", notAllowed("Evidence/kabar-rinjani/p-1.png")),
        ("evidence/kabar-rinjani/p\u{2024}1.png", notAllowed("evidence/kabar-rinjani/p\u{2024}1.png")),
        ("p-1.png", notAllowed("p-1.png")),
        (
            "evidence/lensa-dompu/p-1.png",
            at
                + "evidence 'evidence/lensa-dompu/p-1.png' is in the folder of partner 'lensa-dompu'; a row of partner 'kabar-rinjani' may only name files under 'evidence/kabar-rinjani/'"
        ),
        (
            "evidence/kabar-rinjani/p-404.png",
            at + "evidence file 'Content/evidence/kabar-rinjani/p-404.png' does not exist; add the file or fix the path"
        ),
        (
            "evidence/kabar-rinjani/folder.png",
            at + "evidence file 'Content/evidence/kabar-rinjani/folder.png' does not exist; add the file or fix the path"
        ),
        (
            "evidence/kabar-rinjani/link.png",
            at + "evidence file 'Content/evidence/kabar-rinjani/link.png' does not exist; add the file or fix the path"
        ),
        (
            "evidence/kabar-rinjani/catatan.txt",
            at
                + "evidence file 'evidence/kabar-rinjani/catatan.txt' is not a PNG, JPEG, PDF or WebP file with a matching extension; save it in one of those formats"
        ),
        (
            "evidence/kabar-rinjani/teks.png",
            at
                + "evidence file 'evidence/kabar-rinjani/teks.png' is not a PNG, JPEG, PDF or WebP file with a matching extension; save it in one of those formats"
        ),
        (
            "evidence/kabar-rinjani/png-as.jpg",
            at
                + "evidence file 'evidence/kabar-rinjani/png-as.jpg' is not a PNG, JPEG, PDF or WebP file with a matching extension; save it in one of those formats"
        ),
    ]

    /// The project of ``LedgerDiagnosticsTests`` plus evidence files of every kind, good and bad.
    static func project(evidence: String) throws -> SiarTestSupport.TemporaryProject {
        let project = try Ledger.project([
            "Content/placements/2024.csv": TemporaryProject.ledger([Ledger.row("evidence", evidence)]),
            "Content/partners/lensa-dompu.yml": Ledger.partner.replacingAll("PKS/01/", with: "PKS/LD/"),
            "Content/evidence/kabar-rinjani/catatan.txt": "bukan gambar\n",
            "Content/evidence/kabar-rinjani/teks.png": "bukan gambar\n",
        ])
        try project.writeEvidence("Content/evidence/lensa-dompu/p-1.png")
        try project.write("Content/evidence/kabar-rinjani/png-as.jpg", bytes: TemporaryProject.evidenceBytes(.png))
        try FileManager.default.createDirectory(
            atPath: project.path("Content/evidence/kabar-rinjani/folder.png"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.path("Content/evidence/kabar-rinjani/link.png"), withDestinationPath: project.path("Content/site.yml"))
        for name in ["p-1.jpg", "p-1.pdf", "p-1.webp"] { try project.writeEvidence("Content/evidence/kabar-rinjani/" + name) }
        return project
    }

    @Test(arguments: cases)
    func refused(_ evidence: String, expected: String) throws {
        let project = try Self.project(evidence: evidence)
        #expect(project.diagnostics() == [expected])
        #expect(project.load().content == nil)
    }

    @Test(arguments: [
        "https://kabarrinjani.id/bukti/p-1", "evidence/kabar-rinjani/p-1.png", "evidence/kabar-rinjani/p-1.jpg",
        "evidence/kabar-rinjani/p-1.pdf", "evidence/kabar-rinjani/p-1.webp",
    ])
    func accepted(_ evidence: String) throws {
        let project = try Self.project(evidence: evidence)
        #expect(project.diagnostics() == [])
        #expect(project.load().content?.placements.first?.evidence == evidence)
    }

    @Test func typesAreKnownByTheirFirstBytes() {
        for type in EvidenceType.allCases {
            #expect(EvidenceType(detecting: TemporaryProject.evidenceBytes(type)) == type)
        }
        #expect(EvidenceType(detecting: Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8)) == nil)
        #expect(EvidenceType(detecting: Array("--- title".utf8)) == nil)
        #expect(EvidenceType(fileExtension: "WEBP") == .webp)
    }

    /// The validator the service uses applies the same rule to a ledger held in memory.
    @Test func validatorRefusesTheSameValues() throws {
        let project = try Self.project(evidence: "site.yml")
        let ledger = TemporaryProject.ledger([Ledger.row("evidence", "site.yml")])
        let result = LedgerValidator(root: project.root).check(["Content/placements/2024.csv": ledger])
        #expect(DiagnosticReport(result.diagnostics).diagnostics.map(\.description) == [Self.notAllowed("site.yml")])
        #expect(result.placements.isEmpty)
    }
}
