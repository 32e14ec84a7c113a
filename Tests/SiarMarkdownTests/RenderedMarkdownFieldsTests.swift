import SiarMarkdown
import Testing

/// SiarSite's build cache (`MarkdownCache`) stores every field of a render but its HTML; a new field must be
/// added to that encoding too, then the count below raised.
@Suite struct RenderedMarkdownFieldsTests {
    @Test func buildCacheKnowsEveryField() {
        let rendered = MarkdownRenderer().render("# Judul\n\nIsi [tautan](x.md) ![gambar](a.png)")
        #expect(Mirror(reflecting: rendered).children.count == 6)
        #expect(Mirror(reflecting: rendered.headings[0]).children.count == 3)
        #expect(rendered.firstImage.map { Mirror(reflecting: $0).children.count } == 2)
        #expect(Mirror(reflecting: RenderedMarkdown.LinkProblem(kind: .unsafeLink, target: "", line: 1)).children.count == 3)
    }
}
