import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// docs/ARCHITECTURE.md#safe-html: nothing an author writes becomes live markup.
@Suite struct SafeHTMLTests {
    @Test func hostileReleaseRendersInert() throws {
        let project = try ProjectCopy(fixture: "portal")
        try project.write(
            "Content/releases/2025/2025-03-01-xss.md",
            """
            ---
            title: "<script>alert('judul')</script> <img src=x onerror=alert(2)>"
            date: 2025-03-01
            author: "<b>Penulis</b>"
            summary: "\\"><script>alert(3)</script>"
            tags: ["<i>tag</i>"]
            ---
            <script>alert(1)</script>

            Teks <img src="x" onerror="alert(4)"> dan [klik](javascript:alert(5)) serta [vb](vbscript:msgbox) <a href="javascript:alert(6)">a</a>.

            """)
        let result = project.build()
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        #expect(result.diagnostics.diagnostics.contains { $0.description.contains("link 'javascript:alert(5)' is not allowed") })
        let tree = try project.siteTree()
        for (path, bytes) in tree.files where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            for tag in HTMLTag.starts(in: html) {
                let handlers = tag.attributes.keys.filter { $0.hasPrefix("on") }
                #expect(handlers.isEmpty, "live \(handlers) on <\(tag.name)> in \(path):\(tag.line)")
                #expect(!["b", "i"].contains(tag.name), "author markup became <\(tag.name)> in \(path)")
                if tag.name == "script" {
                    #expect(
                        tag["type"] == "application/ld+json" || tag["src"]?.hasPrefix("/assets/") == true,
                        "live script in \(path):\(tag.line)")
                }
                for attribute in ["href", "src"] {
                    let url = tag[attribute]?.lowercased() ?? ""
                    #expect(!url.hasPrefix("javascript:") && !url.hasPrefix("vbscript:"), "\(url) in \(path):\(tag.line)")
                }
            }
            #expect(!html.contains("</script><"), "a value closed a script element in \(path)")
        }
        let page = try project.read("Site/berita/xss/index.html")
        #expect(
            page.contains("&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt;")
                || page.contains("&lt;script&gt;alert('judul')&lt;/script&gt;"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func unsafeHTMLOptionPassesRawHTMLThrough() throws {
        let project = try ProjectCopy(fixture: "portal")
        let site = try project.read("Content/site.yml")
        try project.write("Content/site.yml", site + "unsafe_html: true\n")
        try project.write(
            "Content/releases/2025/2025-03-01-embed.md",
            "---\ntitle: Embed\ndate: 2025-03-01\nauthor: x\n---\n<div class=\"video\">video</div>\n")
        #expect(project.build().succeeded)
        #expect(try project.read("Site/berita/embed/index.html").contains("<div class=\"video\">video</div>"))
    }
}
