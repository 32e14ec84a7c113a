import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// The fixture `Tests/Fixtures/portal` built at a fixed as-of date must equal `Tests/Fixtures/portal.expected`
/// byte for byte. Re-record with `SIAR_RECORD_GOLDENS=1 swift test --filter GoldenSiteTests` (refused on CI).
@Suite struct GoldenSiteTests {
    static let expected = RepositoryPaths.fixture("portal.expected")

    @Test func portalMatchesGoldenTree() throws {
        let project = try ProjectCopy(fixture: "portal")
        let result = project.build()
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        // Assets are verbatim copies of Templates/assets; they are checked for presence, not recorded.
        let actual = try FileTree(root: project.output) { $0.hasPrefix("assets/") }
        #expect(FileManager.default.fileExists(atPath: project.output + "/assets/siar.css"))

        switch GoldenFiles.mode {
        case .refused:
            Issue.record("SIAR_RECORD_GOLDENS is set on CI; goldens are never re-recorded there")
        case .record:
            try actual.write(to: Self.expected)
            Issue.record("recorded \(actual.files.count) golden files in \(Self.expected); run again without SIAR_RECORD_GOLDENS")
        case .compare:
            let expected = try FileTree(root: Self.expected)
            #expect(!expected.files.isEmpty, "no golden tree; record it with SIAR_RECORD_GOLDENS=1")
            let differences = actual.differences(from: expected)
            #expect(differences.isEmpty, "\(differences.prefix(10).joined(separator: "\n"))")
        }
    }

    @Test func goldenTreeHasEveryPageKind() throws {
        let expected = try FileTree(root: Self.expected)
        for path in [
            "index.html", "halaman/2/index.html", "berita/rakor-bima/index.html", "kategori/index.html",
            "kategori/spbe/index.html", "tag/srikandi/index.html", "wilayah/kota-bima/index.html",
            "penulis/tim-kominfotik-ntb/index.html", "arsip/index.html", "arsip/2024/03/index.html", "404.html",
            "cari/index.html", "images/banner.png", "mitra/index.html", "mitra/suara-ntb/index.html",
            "bukti/evidence/suara-ntb/S25-01.png",
        ] {
            #expect(expected.files[path] != nil, "golden tree lacks \(path)")
        }
        #expect(expected.files["berita/draf/index.html"] == nil)
        #expect(expected.files["berita/embargo/index.html"] == nil)
    }
}
