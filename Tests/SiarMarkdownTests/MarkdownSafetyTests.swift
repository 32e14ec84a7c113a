import SiarMarkdown
import Testing

/// Safe mode (docs/ARCHITECTURE.md#safe-html): raw HTML and script-capable URLs never reach the page unless `unsafe_html`.
@Suite("MarkdownRenderer: safe mode")
struct MarkdownSafetyTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "<!-- raw HTML omitted -->\n"),
        ("teks <b>x</b> akhir", "<p>teks <!-- raw HTML omitted -->x<!-- raw HTML omitted --> akhir</p>\n"),
        ("<img src=x onerror=alert(1)>", "<!-- raw HTML omitted -->\n"),
        ("teks <img src=x onerror=alert(1)> inline", "<p>teks <!-- raw HTML omitted --> inline</p>\n"),
        ("<a href=\"javascript:alert(1)\">x</a>", "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"),
        (
            "<div onclick=\"x()\">\n\n**tebal**\n\n</div>",
            "<!-- raw HTML omitted -->\n<p><strong>tebal</strong></p>\n<!-- raw HTML omitted -->\n"
        ),
        ("<iframe src=\"https://contoh.com\"></iframe>", "<!-- raw HTML omitted -->\n"),
        ("<!-- catatan redaksi -->", "<!-- raw HTML omitted -->\n"),
    ])
    func rawHTMLIsOmitted(markdown: String, html: String) {
        #expect(MarkdownRenderer().html(from: markdown) == html)
    }

    @Test(arguments: [
        ("[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n", "javascript:alert(1)"),
        ("[x](JavaScript:alert(1))", "<p><a href=\"\">x</a></p>\n", "JavaScript:alert(1)"),
        ("[x](javascript&#58;alert(1))", "<p><a href=\"\">x</a></p>\n", "javascript:alert(1)"),
        ("[x](vbscript:msgbox)", "<p><a href=\"\">x</a></p>\n", "vbscript:msgbox"),
        ("[x](file:///etc/passwd)", "<p><a href=\"\">x</a></p>\n", "file:///etc/passwd"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><a href=\"\">x</a></p>\n", "data:text/html;base64,PHNjcmlwdD4="),
        ("<javascript:alert(1)>", "<p><a href=\"\">javascript:alert(1)</a></p>\n", "javascript:alert(1)"),
        ("[x][r]\n\n[r]: javascript:alert(1)", "<p><a href=\"\">x</a></p>\n", "javascript:alert(1)"),
    ])
    func unsafeLinksAreEmptiedAndReported(markdown: String, html: String, target: String) {
        let rendered = MarkdownRenderer().render(markdown)
        #expect(rendered.html == html)
        #expect(rendered.linkProblems.map(\.kind) == [.unsafeLink])
        #expect(rendered.linkProblems.map(\.target) == [target])
        #expect(rendered.linkProblems.map(\.line) == [1])
    }

    @Test func unsafeLinkProblemCarriesItsBodyLine() {
        let rendered = MarkdownRenderer().render("Paragraf satu.\n\nBaris tiga\nbaris empat [x](javascript:alert(1))\n\n[y](vbscript:z)")
        #expect(rendered.linkProblems.map(\.line) == [4, 6])
        #expect(rendered.linkProblems.map(\.target) == ["javascript:alert(1)", "vbscript:z"])
    }

    /// cmark keeps `data:` images of the common raster types; those are not reported as removed.
    @Test func dataImageURLsAreKeptAndNotReported() {
        let rendered = MarkdownRenderer().render("[x](data:image/png;base64,iVBORw0KGgo=)")
        #expect(rendered.html == "<p><a href=\"data:image/png;base64,iVBORw0KGgo=\">x</a></p>\n")
        #expect(rendered.linkProblems.isEmpty)
    }

    @Test func unsafeImageIsEmptiedReportedAndNeverTheFirstImage() {
        let rendered = MarkdownRenderer().render("![x](javascript:alert(1))\n\n![foto](images/a.jpg)")
        #expect(rendered.html == "<p><img src=\"\" alt=\"x\" /></p>\n<p><img src=\"images/a.jpg\" alt=\"foto\" /></p>\n")
        #expect(rendered.linkProblems.map(\.kind) == [.unsafeLink])
        #expect(rendered.linkProblems.map(\.target) == ["javascript:alert(1)"])
        #expect(rendered.firstImage?.url == "images/a.jpg")
    }

    @Test func safeLinksAreNotReported() {
        let rendered = MarkdownRenderer().render(
            "[a](https://ntbprov.go.id) [b](mailto:humas@ntbprov.go.id) [c](/berita/x/) [d](#bagian) [e](tel:0370123)")
        #expect(rendered.linkProblems.isEmpty)
        #expect(
            rendered.html
                == "<p><a href=\"https://ntbprov.go.id\">a</a> <a href=\"mailto:humas@ntbprov.go.id\">b</a> "
                + "<a href=\"/berita/x/\">c</a> <a href=\"#bagian\">d</a> <a href=\"tel:0370123\">e</a></p>\n")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script>alert(1)</script>\n"),
        ("teks <b>x</b> akhir", "<p>teks <b>x</b> akhir</p>\n"),
        ("<figure><img src=\"a.jpg\"></figure>", "<figure><img src=\"a.jpg\"></figure>\n"),
        ("[x](javascript:alert(1))", "<p><a href=\"javascript:alert(1)\">x</a></p>\n"),
    ])
    func unsafeHTMLPassesRawHTMLThrough(markdown: String, html: String) {
        let rendered = MarkdownRenderer(unsafeHTML: true).render(markdown)
        #expect(rendered.html == html)
        #expect(rendered.linkProblems.isEmpty)
    }

    @Test func unsafeHTMLStillGivesHeadingIDs() {
        #expect(MarkdownRenderer(unsafeHTML: true).html(from: "## Latar Belakang") == "<h2 id=\"latar-belakang\">Latar Belakang</h2>\n")
    }
}
