import Mustache
import Testing

@testable import SiarSite

/// Labels written into templates at load time must render exactly as the lookups they replace.
@Suite struct LabelInlinerTests {
    static let labels = [
        "author": "Penulis", "quote": "Kata \"kunci\" & <b>", "braces": "a {{b}}", "lines": "dua\nbaris", "empty": "",
    ]

    @Test(arguments: [
        ("<dt>{{t.author}}</dt>", "<dt>Penulis</dt>"),
        ("{{t.quote}}", "Kata &quot;kunci&quot; &amp; &lt;b&gt;"),
        ("{{{t.quote}}}", "Kata \"kunci\" & <b>"),
        ("{{t.empty}}|", "|"),
        // Left for the renderer: unknown keys, spaced or section tags, labels with braces or line breaks.
        ("{{t.missing}}", "{{t.missing}}"),
        ("{{ t.author }}", "{{ t.author }}"),
        ("{{#t.author}}x{{/t.author}}", "{{#t.author}}x{{/t.author}}"),
        ("{{t.braces}}", "{{t.braces}}"),
        ("{{t.lines}}", "{{t.lines}}"),
        ("{{t.author.x}}", "{{t.author.x}}"),
        ("{{site.title}} {{t.author}} {{{body}}}", "{{site.title}} Penulis {{{body}}}"),
        ("{{t.author", "{{t.author"),
    ])
    func replacesOnlyPlainLabelTags(template: String, expected: String) {
        #expect(LabelInliner.inline(Self.labels, into: template) == expected)
    }

    @Test func renderingIsUnchanged() throws {
        let source = "{{% CONTENT_TYPE: SIAR_HTML}}\n<p>{{t.author}} · {{{t.quote}}} · {{t.quote}}</p>\n{{#items}}{{t.author}}{{/items}}"
        FastHTMLContentType.register()
        let context: [String: Any] = ["t": Self.labels, "items": [["x": 1], ["x": 2]]]
        let plain = try MustacheTemplate(string: source)
        let inlined = try MustacheTemplate(string: LabelInliner.inline(Self.labels, into: source))
        let expected = "<p>Penulis · Kata \"kunci\" & <b> · Kata &quot;kunci&quot; &amp; &lt;b&gt;</p>\nPenulisPenulis"
        #expect(plain.render(context) == expected)
        #expect(inlined.render(context) == expected)
    }
}
