import SiarMarkdown
import Testing

/// Relative links between release files become the releases' public URLs.
@Suite("ReleaseLinks")
struct ReleaseLinksTests {
    static let links = ReleaseLinks(urlByPath: [
        "Content/releases/2024/2024-03-05-peran-kominfo-ntb.md": "/berita/peran-kominfo-ntb/",
        "Content/releases/2025/2025-02-13-rakortek-spbe.md": "/berita/rakortek-spbe/",
        "Content/releases/2025/rilis dengan spasi.md": "/berita/rilis-dengan-spasi/",
    ])
    static let from = "Content/releases/2025/2025-03-18-command-center.md"

    @Test(arguments: [
        ("../2024/2024-03-05-peran-kominfo-ntb.md", "/berita/peran-kominfo-ntb/"),
        ("2025-02-13-rakortek-spbe.md", "/berita/rakortek-spbe/"),
        ("./2025-02-13-rakortek-spbe.md", "/berita/rakortek-spbe/"),
        ("../2025/2025-02-13-rakortek-spbe.md", "/berita/rakortek-spbe/"),
        ("../../releases/2024/2024-03-05-peran-kominfo-ntb.md", "/berita/peran-kominfo-ntb/"),
        ("2025-02-13-rakortek-spbe.md#bagian", "/berita/rakortek-spbe/#bagian"),
        ("../2024/2024-03-05-peran-kominfo-ntb.md#latar-belakang", "/berita/peran-kominfo-ntb/#latar-belakang"),
        ("rilis%20dengan%20spasi.md", "/berita/rilis-dengan-spasi/"),
        ("%32025-02-13-rakortek-spbe.md", "/berita/rakortek-spbe/"),
    ])
    func resolves(link: String, url: String) {
        #expect(Self.links.url(for: link, from: Self.from) == url)
    }

    @Test(arguments: [
        "tidak-ada.md", "../2024/2024-03-06-lain.md", "../../../../../x.md", "../../../../../../../x.md",
        "2025-02-13-rakortek-spbe", "../2024/2024-03-05-peran-kominfo-ntb.MD", "%zz.md",
    ])
    func missingTargets(link: String) {
        #expect(Self.links.url(for: link, from: Self.from) == nil)
    }

    private func render(_ markdown: String) -> RenderedMarkdown {
        MarkdownRenderer().render(markdown) { Self.links.url(for: $0, from: Self.from) }
    }

    @Test func rendererRewritesLinksToReleases() {
        let rendered = render("Lihat [rilis 2024](../2024/2024-03-05-peran-kominfo-ntb.md#bagian) dan [ini](2025-02-13-rakortek-spbe.md).")
        #expect(
            rendered.html
                == "<p>Lihat <a href=\"/berita/peran-kominfo-ntb/#bagian\">rilis 2024</a> dan <a href=\"/berita/rakortek-spbe/\">ini</a>.</p>\n"
        )
        #expect(rendered.linkProblems.isEmpty)
    }

    @Test func rendererDecodesPercentEscapesBeforeLookingUp() {
        let rendered = render("[spasi](rilis%20dengan%20spasi.md) [kurung](<rilis dengan spasi.md>)")
        #expect(
            rendered.html
                == "<p><a href=\"/berita/rilis-dengan-spasi/\">spasi</a> <a href=\"/berita/rilis-dengan-spasi/\">kurung</a></p>\n")
    }

    @Test func brokenReleaseLinkIsReportedWithItsBodyLineAndLeftAsWritten() {
        let rendered = render("Paragraf satu.\n\nParagraf dua\nmenaut [rilis hilang](../2024/tidak-ada.md#x) di baris empat.")
        #expect(rendered.html.contains("<a href=\"../2024/tidak-ada.md#x\">rilis hilang</a>"))
        #expect(rendered.linkProblems.count == 1)
        #expect(rendered.linkProblems.first?.kind == .brokenReleaseLink)
        #expect(rendered.linkProblems.first?.target == "../2024/tidak-ada.md#x")
        #expect(rendered.linkProblems.first?.line == 4)
    }

    @Test func everyBrokenLinkIsReportedInOrder() {
        let rendered = render("[a](a.md)\n\n- [b](b.md)\n\n> [c](c.md#d)")
        #expect(rendered.linkProblems.map(\.target) == ["a.md", "b.md", "c.md#d"])
        #expect(rendered.linkProblems.map(\.line) == [1, 3, 5])
    }

    @Test(arguments: [
        "https://contoh.go.id/rilis.md", "http://contoh.go.id/a.md#b", "/berita/x/", "/arsip/x.md", "#latar-belakang",
        "mailto:humas@ntbprov.go.id", "images/rakor.jpg", "dokumen/laporan.pdf", "",
    ])
    func otherLinksAreUntouched(url: String) {
        let rendered = MarkdownRenderer().render("[x](<\(url)>)") { _ in
            Issue.record("asked to resolve '\(url)'")
            return nil
        }
        #expect(rendered.linkProblems.isEmpty)
        #expect(rendered.html == "<p><a href=\"\(url)\">x</a></p>\n")
    }

    @Test func resolverIsAskedOncePerLinkInOrder() {
        var asked: [String] = []
        _ = MarkdownRenderer().render("[a](a.md) [b](b.md#c) [a lagi](a.md)") { link in
            asked.append(link)
            return "/berita/\(link.prefix(1))/"
        }
        #expect(asked == ["a.md", "b.md#c", "a.md"])
    }
}
