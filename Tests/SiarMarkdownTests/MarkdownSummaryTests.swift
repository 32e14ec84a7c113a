import SiarMarkdown
import Testing

/// What the pages take from the syntax tree besides HTML: summary, word count, first image.
@Suite("MarkdownRenderer: summary, words and image")
struct MarkdownSummaryTests {
    @Test(arguments: [
        ("Isi pertama.\n\nIsi kedua.", "Isi pertama."),
        ("# Judul\n\nParagraf setelah judul.", "Paragraf setelah judul."),
        (
            "**Mataram** – Dinas *Kominfotik* [NTB](https://ntbprov.go.id)\nmenggelar `rakor` hari ini.",
            "Mataram – Dinas Kominfotik NTB menggelar rakor hari ini."
        ),
        ("Baris satu  \nbaris dua", "Baris satu baris dua"),
        ("teks <b>tebal</b> akhir", "teks tebal akhir"),
        ("\"Kutipan\" -- katanya", "“Kutipan” – katanya"),
        ("> Kutipan di blok.\n\nParagraf utama.", "Paragraf utama."),
        ("- butir daftar\n\nParagraf utama.", "Paragraf utama."),
        ("```\nkode\n```\n\nParagraf utama.", "Paragraf utama."),
        ("![Foto *rakor*](a.jpg)", "Foto rakor"),
        ("A &amp; B", "A & B"),
        ("# Hanya judul", ""),
        ("", ""),
    ])
    func firstParagraph(markdown: String, text: String) {
        #expect(MarkdownRenderer().render(markdown).firstParagraph == text)
    }

    @Test(arguments: [
        ("", 0),
        ("Satu dua tiga.", 3),
        ("# Judul Rilis\n\nSatu dua *tiga* empat.", 6),
        ("Satu\ndua  \ntiga", 3),
        ("Jalankan `siar build` lalu\n\n```\nsiar check --root .\n```", 8),
        ("\"kutipan\" itu", 2),
        ("Kominfo's data", 2),
        ("se-*NTB* dan **SP4N**-Lapor", 3),
        ("2024--2025 dan ya---tidak", 3),
        ("[tautan rilis](https://x.id) dan ![foto rakor](a.jpg)", 5),
        ("- satu\n- dua\n\n> tiga empat", 4),
        ("teks <b>tebal</b>", 2),
    ])
    func wordCount(markdown: String, words: Int) {
        #expect(MarkdownRenderer().render(markdown).wordCount == words)
    }

    @Test(arguments: [(0, 1), (1, 1), (199, 1), (200, 1), (201, 2), (400, 2), (401, 3), (1_000, 5)])
    func readingMinutes(words: Int, minutes: Int) {
        let markdown = Array(repeating: "kata", count: words).joined(separator: " ")
        let rendered = MarkdownRenderer().render(markdown)
        #expect(rendered.wordCount == words)
        #expect(rendered.readingMinutes == minutes)
    }

    @Test func firstImageURLAndPlainAlt() throws {
        let rendered = MarkdownRenderer().render(
            "Isi.\n\n![Foto *rakor* SPBE](images/rakor.jpg \"Judul\")\n\n![kedua](images/b.jpg)")
        let image = try #require(rendered.firstImage)
        #expect(image.url == "images/rakor.jpg")
        #expect(image.alt == "Foto rakor SPBE")
    }

    @Test func firstImageInsideALinkOrList() throws {
        let rendered = MarkdownRenderer().render("- [![Logo NTB](https://ntbprov.go.id/logo.png)](https://ntbprov.go.id)")
        #expect(rendered.firstImage?.url == "https://ntbprov.go.id/logo.png")
        #expect(rendered.firstImage?.alt == "Logo NTB")
    }

    @Test func noImage() {
        #expect(MarkdownRenderer().render("Tanpa gambar. [tautan](a.jpg)").firstImage == nil)
    }
}
