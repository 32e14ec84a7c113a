import SiarMarkdown
import Testing

/// Ink-style cases: Markdown in, the exact HTML out.
@Suite("MarkdownRenderer: HTML")
struct MarkdownRendererTests {
    @Test(arguments: [
        ("", ""),
        ("Rakor *Kominfo* se-NTB", "<p>Rakor <em>Kominfo</em> se-NTB</p>\n"),
        ("**Mataram** – Dinas", "<p><strong>Mataram</strong> – Dinas</p>\n"),
        ("Baris satu\nbaris dua", "<p>Baris satu\nbaris dua</p>\n"),
        ("Baris satu  \nbaris dua", "<p>Baris satu<br />\nbaris dua</p>\n"),
        ("A & B < C > D", "<p>A &amp; B &lt; C &gt; D</p>\n"),
        ("Perintah `siar build <dir>`", "<p>Perintah <code>siar build &lt;dir&gt;</code></p>\n"),
        ("```\nkode <b>\n```", "<pre><code>kode &lt;b&gt;\n</code></pre>\n"),
        ("```swift\nlet x = 1\n```", "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n"),
        ("- SPBE\n- Srikandi", "<ul>\n<li>SPBE</li>\n<li>Srikandi</li>\n</ul>\n"),
        ("1. Satu\n2. Dua", "<ol>\n<li>Satu</li>\n<li>Dua</li>\n</ol>\n"),
        ("> Kutipan Kadis", "<blockquote>\n<p>Kutipan Kadis</p>\n</blockquote>\n"),
        ("Satu\n\n---\n\nDua", "<p>Satu</p>\n<hr />\n<p>Dua</p>\n"),
        (
            "[Diskominfotik](https://diskominfotik.ntbprov.go.id/ \"Situs\")",
            "<p><a href=\"https://diskominfotik.ntbprov.go.id/\" title=\"Situs\">Diskominfotik</a></p>\n"
        ),
        ("<https://ntbprov.go.id>", "<p><a href=\"https://ntbprov.go.id\">https://ntbprov.go.id</a></p>\n"),
        ("![Foto rakor](images/rakor.jpg)", "<p><img src=\"images/rakor.jpg\" alt=\"Foto rakor\" /></p>\n"),
        ("[tautan](<a b.html>)", "<p><a href=\"a%20b.html\">tautan</a></p>\n"),
        ("Rp1.000&nbsp;juta", "<p>Rp1.000\u{A0}juta</p>\n"),
    ])
    func html(markdown: String, html: String) {
        #expect(MarkdownRenderer().html(from: markdown) == html)
    }

    @Test(arguments: [
        ("\"kutipan\"", "<p>“kutipan”</p>\n"),
        ("'tunggal'", "<p>‘tunggal’</p>\n"),
        ("Kominfo's", "<p>Kominfo’s</p>\n"),
        ("2024--2025", "<p>2024–2025</p>\n"),
        ("ya---tidak", "<p>ya—tidak</p>\n"),
        ("dan seterusnya...", "<p>dan seterusnya…</p>\n"),
        ("kata Kadis, \"ini 'penting' sekali\" -- tegasnya", "<p>kata Kadis, “ini ‘penting’ sekali” – tegasnya</p>\n"),
        ("`\"kode\" -- tetap`", "<p><code>&quot;kode&quot; -- tetap</code></p>\n"),
    ])
    func smartPunctuation(markdown: String, html: String) {
        #expect(MarkdownRenderer().html(from: markdown) == html)
    }

    @Test(arguments: [
        ("## Latar Belakang", "<h2 id=\"latar-belakang\">Latar Belakang</h2>\n"),
        ("# Judul", "<h1 id=\"judul\">Judul</h1>\n"),
        ("Judul Setext\n===", "<h1 id=\"judul-setext\">Judul Setext</h1>\n"),
        (
            "## Hasil *Rakor* & Tindak Lanjut",
            "<h2 id=\"hasil-rakor-tindak-lanjut\">Hasil <em>Rakor</em> &amp; Tindak Lanjut</h2>\n"
        ),
        ("### Café Déjà-vu", "<h3 id=\"cafe-deja-vu\">Café Déjà-vu</h3>\n"),
        ("##", "<h2 id=\"bagian-1\"></h2>\n"),
        ("## !!!", "<h2 id=\"bagian-1\">!!!</h2>\n"),
        ("> ## Kutipan", "<blockquote>\n<h2 id=\"kutipan\">Kutipan</h2>\n</blockquote>\n"),
        ("## A\n\n## A\n\n## A", "<h2 id=\"a\">A</h2>\n<h2 id=\"a-2\">A</h2>\n<h2 id=\"a-3\">A</h2>\n"),
        ("## Satu\n\n##\n\n## Tiga", "<h2 id=\"satu\">Satu</h2>\n<h2 id=\"bagian-2\"></h2>\n<h2 id=\"tiga\">Tiga</h2>\n"),
    ])
    func headingIDs(markdown: String, html: String) {
        #expect(MarkdownRenderer().html(from: markdown) == html)
    }

    /// Ids stay unique even when a heading's own text looks like a numbered duplicate.
    @Test func headingIDsNeverCollide() {
        let rendered = MarkdownRenderer().render("## A\n\n## A\n\n## A 2\n\n## Bagian 2\n\n##")
        #expect(rendered.headings.map(\.id) == ["a", "a-2", "a-2-2", "bagian-2", "bagian-5"])
        #expect(Set(rendered.headings.map(\.id)).count == rendered.headings.count)
    }

    @Test func headingsAreListedWithLevelTextAndID() {
        let rendered = MarkdownRenderer().render("# Judul\n\nIsi.\n\n## Latar *Belakang*\n\n### Rincian `kode`\n\n## Latar Belakang")
        #expect(
            rendered.headings.map { "\($0.level) \($0.text) #\($0.id)" } == [
                "1 Judul #judul", "2 Latar Belakang #latar-belakang", "3 Rincian kode #rincian-kode",
                "2 Latar Belakang #latar-belakang-2",
            ])
    }

    /// The marker the renderer uses for ids cannot be typed by an author: safe mode drops raw comments.
    @Test func authorCannotForgeTheHeadingMarker() {
        #expect(
            MarkdownRenderer().html(from: "## <!--siar:heading--> Judul\n\nteks <!--siar:heading-->")
                == "<h2 id=\"judul\"><!-- raw HTML omitted --> Judul</h2>\n<p>teks <!-- raw HTML omitted --></p>\n")
    }

    @Test func htmlFromAndRenderGiveTheSameExpectedHTML() {
        let markdown = "# Judul\n\nIsi *penting*.\n"
        let expected = "<h1 id=\"judul\">Judul</h1>\n<p>Isi <em>penting</em>.</p>\n"
        #expect(MarkdownRenderer().html(from: markdown) == expected)
        #expect(MarkdownRenderer().render(markdown).html == expected)
    }

    @Test func invalidUTF8IsReplacedNotPassedThrough() {
        let text = String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self)
        #expect(MarkdownRenderer().html(from: text) == "<p>a\u{FFFD}b</p>\n")
    }

    /// cmark's nodes never escape one call, so one renderer serves many tasks at once.
    @Test func concurrentRendersAreIdentical() async {
        let markdown = """
            # Rakor SPBE

            **Mataram** – "Kominfo" menggelar rakor -- lihat [rilis lalu](../2024/x.md#bagian) dan ![foto](a.jpg).

            ## Latar Belakang

            ## Latar Belakang

            <script>alert(1)</script> [x](javascript:alert(1))
            """
        let renderer = MarkdownRenderer()
        let resolve: @Sendable (String) -> String? = { $0.hasPrefix("../2024/x.md") ? "/berita/x/#bagian" : nil }
        let expected = renderer.render(markdown, resolveLink: resolve)
        let results = await withTaskGroup(of: [RenderedMarkdown].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<100).map { _ in renderer.render(markdown, resolveLink: resolve) } }
            }
            var all: [RenderedMarkdown] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 800)
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.html.contains("<h2 id=\"latar-belakang-2\">"))
        #expect(expected.html.contains("href=\"/berita/x/#bagian\""))
    }
}
