import Foundation
import SiarTestSupport
import Testing

/// `siar compliance --format html --output DIR`: the `/mitra/` pages alone, for internal use.
@Suite struct ComplianceHTMLCommandTests {
    @Test func writesThePagesAndPrintsTheFolder() throws {
        let project = try CLIProject()
        let output = project.root + "/Laporan"
        let outcome = try project.siar("compliance", "--format", "html", "--output", output, "--as-of", "2025-06-30")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == output + "\n")
        let tree = try FileTree(root: output)
        #expect(
            tree.paths.filter { $0.hasSuffix(".html") } == [
                "mitra/index.html", "mitra/kabar-dompu/index.html", "mitra/radio-rinjani/index.html", "mitra/suara-ntb/index.html",
            ])
        #expect(tree.files["assets/siar.css"] != nil)
        #expect(!FileManager.default.fileExists(atPath: project.root + "/Site"), "the site itself is not built")
    }

    @Test func partnerOptionLimitsThePages() throws {
        let project = try CLIProject()
        let output = project.root + "/Laporan"
        let outcome = try project.siar(
            "compliance", "--format", "html", "--output", output, "--partner", "suara-ntb", "--as-of", "2025-06-30")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileTree(root: output).paths.filter { $0.hasSuffix(".html") } == ["mitra/index.html", "mitra/suara-ntb/index.html"])
        let unknown = try project.siar("compliance", "--format", "html", "--output", output, "--partner", "suara-nt")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown partner 'suara-nt'; did you mean 'suara-ntb'?"))
    }

    @Test func outputAndHTMLGoTogether() throws {
        let project = try CLIProject()
        let missing = try project.siar("compliance", "--format", "html")
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--format html needs --output DIR"))
        let stray = try project.siar("compliance", "--output", project.root + "/Laporan")
        #expect(stray.status == 64)
        #expect(stray.stderr.contains("--output is only used with --format html"))
    }

    @Test func refusesAFolderOfOtherFiles() throws {
        let project = try CLIProject()
        try project.write("Dokumen/catatan.txt", Array("jangan dihapus".utf8))
        let outcome = try project.siar("compliance", "--format", "html", "--output", project.root + "/Dokumen")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("holds other files; choose a new or empty folder"))
        #expect(FileManager.default.fileExists(atPath: project.root + "/Dokumen/catatan.txt"))
    }
}
