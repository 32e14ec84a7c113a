import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// A pure-Swift accessibility and HTML structure check of every page of the default theme: the rules a
/// WCAG audit checks first (language, title, landmarks, one h1, heading order, alternative text, labelled
/// controls and navigation, a working skip link) and balanced elements.
@Suite struct AccessibilityTests {
    static func problems(in html: String, page: String) -> [String] {
        var problems: [String] = []
        let tags = HTMLTag.starts(in: html)
        func count(_ name: String) -> Int { tags.count { $0.name == name } }
        // Inline SVG has its own <title> elements (the chart of /mitra/); the document title is in <head>.
        let head = HTMLTag.starts(in: String(html.split(separator: "</head>", maxSplits: 1).first ?? ""))
        guard html.hasPrefix("<!DOCTYPE html>") else { return ["\(page): no <!DOCTYPE html>"] }
        if tags.first(where: { $0.name == "html" })?["lang"]?.isEmpty != false { problems.append("\(page): <html> without lang") }
        let titles = head.count { $0.name == "title" }
        if titles != 1 { problems.append("\(page): \(titles) <title> elements in <head>") }
        if count("main") != 1 { problems.append("\(page): \(count("main")) <main> landmarks") }
        if count("h1") != 1 { problems.append("\(page): \(count("h1")) <h1> elements") }
        if tags.first(where: { $0.name == "meta" && $0["name"] == "viewport" }) == nil { problems.append("\(page): no viewport") }
        let ids = tags.compactMap { $0["id"] }
        if Set(ids).count != ids.count { problems.append("\(page): duplicate ids \(ids.filter { id in ids.count { $0 == id } > 1 })") }
        if let skip = tags.first(where: { $0["class"] == "skip-link" })?["href"], !ids.contains(String(skip.dropFirst())) {
            problems.append("\(page): skip link target \(skip) missing")
        }
        var lastLevel = 0
        for tag in tags {
            if tag.name.count == 2, tag.name.hasPrefix("h"), let level = Int(tag.name.dropFirst()), (1...6).contains(level) {
                if lastLevel > 0 && level > lastLevel + 1 { problems.append("\(page):\(tag.line): <\(tag.name)> after <h\(lastLevel)>") }
                lastLevel = level
            }
            if tag.name == "img" && tag["alt"] == nil { problems.append("\(page):\(tag.line): <img> without alt") }
            if tag.name == "nav" && (tag["aria-label"] ?? "").isEmpty { problems.append("\(page):\(tag.line): <nav> without aria-label") }
            if tag.name == "input" && tag["type"] != "hidden" {
                let labelled = tags.contains { $0.name == "label" && $0["for"] == tag["id"] } || tag["aria-label"] != nil
                if !labelled { problems.append("\(page):\(tag.line): <input> without a label") }
            }
            if tag.name == "a" && (tag["href"] ?? "").isEmpty { problems.append("\(page):\(tag.line): <a> without href") }
            if tag.name == "svg" && tag["aria-hidden"] != "true" && (tag["role"] != "img" || tag["aria-labelledby"] == nil) {
                problems.append("\(page):\(tag.line): <svg> neither hidden nor a labelled image")
            }
            for id in (tag["aria-labelledby"] ?? "").split(separator: " ") where !ids.contains(String(id)) {
                problems.append("\(page):\(tag.line): aria-labelledby names missing id \(id)")
            }
            if tag.name == "th" && tag["scope"] == nil { problems.append("\(page):\(tag.line): <th> without scope") }
        }
        for (position, tag) in tags.enumerated() where tag.name == "table" && tags.dropFirst(position + 1).first?.name != "caption" {
            problems.append("\(page):\(tag.line): <table> without <caption>")
        }
        problems += HTMLTag.nestingProblems(in: html).map { "\(page): \($0)" }
        return problems
    }

    @Test(arguments: [SiteConfig.Language.id, .en])
    func everyPagePasses(language: SiteConfig.Language) throws {
        let project = try ProjectCopy(fixture: "portal")
        if language == .en {
            try project.write(
                "Content/site.yml", try project.read("Content/site.yml").replacingOccurrences(of: "language: id", with: "language: en"))
        }
        #expect(project.build().succeeded)
        var problems: [String] = []
        for (path, bytes) in try project.siteTree().files where path.hasSuffix(".html") {
            problems += Self.problems(in: String(decoding: bytes, as: UTF8.self), page: path)
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func checkerCatchesDefects() {
        let bad = """
            <!DOCTYPE html>
            <html><head></head><body><div><h1>A</h1><h3>B</h3><img src="x.png"><nav></nav><input id="q"><table><tr><th>x</th></tr></table><svg></svg></body></html>
            """
        let found = Self.problems(in: bad, page: "x.html")
        #expect(found.contains("x.html: <html> without lang"))
        #expect(found.contains("x.html: 0 <main> landmarks"))
        #expect(found.contains("x.html:2: <h3> after <h1>"))
        #expect(found.contains("x.html:2: <img> without alt"))
        #expect(found.contains("x.html:2: <nav> without aria-label"))
        #expect(found.contains("x.html:2: <input> without a label"))
        #expect(found.contains("x.html: line 2: <div> not closed before </body>"))
        #expect(found.contains("x.html:2: <table> without <caption>"))
        #expect(found.contains("x.html:2: <th> without scope"))
        #expect(found.contains("x.html:2: <svg> neither hidden nor a labelled image"))
    }
}
