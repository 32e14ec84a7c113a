import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// Every `href` and `src` inside the generated site points at a generated file (or an in-page anchor).
@Suite struct SiteLinksTests {
    static func resolve(_ reference: String, from page: String) -> String? {
        var target = reference
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        guard !target.isEmpty else { return nil }  // an in-page anchor or the page itself
        if target.hasPrefix("/") {
            target.removeFirst()
        } else {
            let folder = page.split(separator: "/").dropLast().joined(separator: "/")
            target = folder.isEmpty ? target : folder + "/" + target
        }
        target = target.removingPercentEncoding ?? target
        if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        // `../` and `./` segments, as in the portable links of `siar compliance --format html`.
        var segments: [Substring] = []
        for segment in target.split(separator: "/", omittingEmptySubsequences: false) {
            if segment == ".." {
                guard !segments.isEmpty else { return ".." }  // above the site root: never a file of the tree
                segments.removeLast()
            } else if segment != "." {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    static func brokenLinks(in tree: FileTree) -> [String] {
        var broken: [String] = []
        for (path, bytes) in tree.files where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            let ids = Set(HTMLTag.starts(in: html).compactMap { $0["id"] })
            for tag in HTMLTag.starts(in: html) {
                for attribute in ["href", "src"] {
                    guard let value = tag[attribute], !value.hasPrefix("http://"), !value.hasPrefix("https://"),
                        !value.hasPrefix("mailto:"), !value.hasPrefix("tel:")
                    else { continue }
                    if value.hasPrefix("#") {
                        if !ids.contains(String(value.dropFirst())) { broken.append("\(path):\(tag.line): \(value) (no such id)") }
                        continue
                    }
                    guard let target = resolve(value, from: path) else { continue }
                    if tree.files[target] == nil { broken.append("\(path):\(tag.line): \(value)") }
                }
            }
        }
        return broken.sorted()
    }

    @Test func fixtureSiteHasNoBrokenLinks() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let broken = Self.brokenLinks(in: try project.siteTree())
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
    }

    /// 2026-11-30 has the sample's 2026-12-15 release embargoed; 2026-12-20 builds, links and checks its page.
    @Test(arguments: [30, 20])
    func sampleSiteHasNoBrokenLinks(day: Int) throws {
        let asOf = try #require(CalendarDay(year: 2026, month: day == 30 ? 11 : 12, day: day))
        let output = FileManager.default.temporaryDirectory.path + "/siar-sample-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = SiteBuilder(root: RepositoryPaths.root, options: BuildOptions(output: output, asOf: .day(asOf))).build()
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.rendered)")
        let tree = try FileTree(root: output)
        let broken = Self.brokenLinks(in: tree)
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
        let december = tree.files["berita/rakor-kominfo-se-ntb-2026/index.html"]
        #expect((december != nil) == (asOf.month == 12), "the 2026-12-15 release is built only after its date")
        var problems: [String] = []
        for (path, bytes) in tree.files where path.hasSuffix(".html") {
            problems += AccessibilityTests.problems(in: String(decoding: bytes, as: UTF8.self), page: path)
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func sampleSiteRendersEveryPageKindOfDesignSection4() throws {
        let output = FileManager.default.temporaryDirectory.path + "/siar-sample-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(
            SiteBuilder(
                root: RepositoryPaths.root, options: BuildOptions(output: output, asOf: .day(CalendarDay(year: 2026, month: 11, day: 30)!))
            ).build().succeeded)
        let tree = try FileTree(root: output)
        for path in [
            "index.html", "halaman/2/index.html", "berita/peran-kominfo-ntb/index.html", "kategori/spbe/index.html",
            "tag/srikandi/index.html", "wilayah/kota-bima/index.html", "penulis/tim-kominfotik-ntb/index.html",
            "arsip/index.html", "arsip/2024/03/index.html", "cari/index.html", "search-index.json", "feed.xml",
            "atom.xml", "feed.json", "kategori/spbe/atom.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html",
        ] {
            #expect(tree.files[path] != nil, "missing \(path)")
        }
    }
}
