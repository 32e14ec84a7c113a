import Foundation
import SiarTestSupport
import Testing

/// `Templates/assets/search.js` run by Node against a stub DOM: the query is folded like the index, every
/// word must match, title hits come first, and nothing becomes markup.
///
/// `Scripts/bootstrap.sh` installs Node. Without it these tests are skipped on a developer's machine, but
/// run (and fail) on CI, so that CI is never green with `search.js` untested.
@Suite(.enabled(if: NodeRuntime.path != nil || NodeRuntime.isCI, "needs Node.js on PATH: run bash Scripts/bootstrap.sh"))
struct SearchScriptTests {

    /// What the script showed: the status line and each result as (href, title, meta, summary).
    struct Outcome: Decodable {
        struct Result: Decodable {
            var href: String
            var title: String
            var meta: String
            var summary: String?
            var childCount: Int
        }
        var status: String
        var results: [Result]
    }

    @Test func findsReleasesOfTheBuiltIndexWhateverTheAccentsAndCase() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let site = try fixture.build(asOf: SiteFixture.standardAsOf)
        let index = site.output + "/search-index.json"

        let accented = try run(query: "SÉLONG jum’at", index: index)
        #expect(accented.status == "1 hasil")
        #expect(accented.results.map(\.href) == ["/berita/literasi-digital-selong/"])
        #expect(accented.results.first?.title == "Literasi Digital di Sélong: Jum'at Bersama Pelajar")
        #expect(accented.results.first?.meta == "Senin, 4 Maret 2024 · Literasi Digital")
        #expect(accented.results.first?.summary?.isEmpty == false)

        #expect(try run(query: "caf", index: index).results.map(\.href) == ["/berita/literasi-digital-selong/"])
        #expect(try run(query: "ntb", index: index).results.map(\.href) == ["/berita/rakor-kominfo-bima/", "/berita/forum-satu-data/"])
        #expect(try run(query: "ntb pelajar", index: index).results.isEmpty)
        #expect(try run(query: "tidak-ada-sama-sekali", index: index).status == "Tidak ada siaran pers yang cocok.")
    }

    @Test func ranksTitleHitsFirstThenNewerAndRendersTextOnly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("siar-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let items: [[String: Any]] = [
            [
                "title": "Rapat SPBE", "summary": "Koordinasi.", "date": "2024-03-06", "date_label": "Rabu, 6 Maret 2024",
                "category": "SPBE", "regions": [String](), "tags": [String](), "url": "/berita/rapat/", "text": "rapat spbe koordinasi",
            ],
            [
                "title": "Koordinasi Data <img src=x onerror=alert(1)>", "summary": "<b>tebal</b>", "date": "2024-03-01",
                "date_label": "Jumat, 1 Maret 2024", "category": "", "regions": [String](), "tags": [String](),
                "url": "javascript:alert(1)", "text": "koordinasi data img src x onerror alert 1",
            ],
            [
                "title": "Koordinasi Lama", "summary": "Lama.", "date": "2023-01-01", "date_label": "Minggu, 1 Januari 2023",
                "category": "Umum", "regions": [String](), "tags": [String](), "url": "/berita/lama/", "text": "koordinasi lama",
            ],
        ]
        let index = directory.appendingPathComponent("search-index.json")
        try JSONSerialization.data(withJSONObject: items).write(to: index)

        let outcome = try run(query: "koordinasi", index: index.path)
        #expect(outcome.status == "3 hasil")
        #expect(outcome.results.map(\.title) == ["Koordinasi Data <img src=x onerror=alert(1)>", "Koordinasi Lama", "Rapat SPBE"])
        let hostile = try #require(outcome.results.first)
        #expect(hostile.href == "#")
        #expect(hostile.summary == "<b>tebal</b>")
        #expect(hostile.meta == "Jumat, 1 Maret 2024")
        #expect(hostile.childCount == 3, "a link, the meta line and the summary, no parsed markup")
    }

    /// Runs the script for `?q=query` against the index file and reports what it rendered.
    func run(query: String, index: String) throws -> Outcome {
        let node = try #require(NodeRuntime.path, "Node.js is not on PATH; run bash Scripts/bootstrap.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", Self.harness, RepositoryPaths.templates + "/assets/search.js", index, query]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode(Outcome.self, from: data)
    }

    /// A stub DOM with just what the script touches; it prints the outcome as JSON.
    static let harness = #"""
        const fs = require('fs');
        const [script, indexPath, query] = process.argv.slice(1).filter(a => a !== '-e').slice(-3);
        class Element {
          constructor(tag) { this.tagName = tag; this.children = []; this.attributes = {}; this.text = ''; this.className = ''; this.href = ''; }
          get textContent() { return this.text; }
          set textContent(value) { this.text = String(value); this.children = []; }
          appendChild(child) { if (child.fragment) this.children.push(...child.children); else this.children.push(child); return child; }
          getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
          addEventListener() {}
          set innerHTML(value) { throw new Error('innerHTML used'); }
        }
        const elements = { q: new Element('input'), 'search-status': new Element('p'), 'search-results': new Element('ol') };
        elements.q.value = '';
        elements.q.form = null;
        global.document = {
          getElementById: id => elements[id] || null,
          createElement: tag => new Element(tag),
          createDocumentFragment: () => Object.assign(new Element('#fragment'), { fragment: true }),
          documentElement: { getAttribute: () => 'id' },
        };
        global.fetch = async url => {
          if (url !== '/search-index.json') throw new Error('unexpected fetch ' + url);
          return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(indexPath, 'utf8')) };
        };
        global.window = { fetch: global.fetch, location: { search: '?q=' + encodeURIComponent(query), href: 'https://siar.test/cari/' } };
        global.history = undefined;
        require('vm').runInThisContext(fs.readFileSync(script, 'utf8'), { filename: script });
        setTimeout(() => {
          const list = elements['search-results'];
          console.log(JSON.stringify({
            status: elements['search-status'].textContent,
            results: list.children.map(li => ({
              href: li.children[0].href, title: li.children[0].textContent, meta: li.children[1].textContent,
              summary: li.children[2] ? li.children[2].textContent : null, childCount: li.children.length,
            })),
          }));
        }, 50);
        """#
}

/// Where Node.js is installed, if it is: the first `node` on `PATH`, else a usual place (test runners
/// started from an IDE may get a short `PATH`).
enum NodeRuntime {
    static let path: String? = find(searchPath: ProcessInfo.processInfo.environment["PATH"])

    /// True on CI (the variable `CI` is set and not empty), where a missing Node.js is a failure.
    static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    static let usualPlaces = ["/usr/local/bin/node", "/opt/homebrew/bin/node", "/usr/bin/node"]

    static func find(searchPath: String?, usualPlaces: [String] = usualPlaces) -> String? {
        let folders = (searchPath ?? "").split(separator: ":").map(String.init)
        let candidates = folders.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "node" } + usualPlaces
        return candidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: candidate)
        }
    }
}

/// Finding Node.js, and the rule that CI fails without it.
@Suite struct NodeRuntimeTests {
    @Test func nodeIsFoundOnPATHBeforeTheUsualPlaces() throws {
        let project = try TemporaryProject(site: nil)
        try project.write("plain/node", "not executable")
        try project.write("bin/node", "#!/bin/sh\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: project.path("bin/node"))
        try project.write("folder/node/x", "a folder named node")
        let searchPath = [project.path("missing"), project.path("plain"), project.path("folder"), project.path("bin") + "/"]
            .joined(separator: ":")
        #expect(NodeRuntime.find(searchPath: searchPath, usualPlaces: []) == project.path("bin") + "/node")
        #expect(NodeRuntime.find(searchPath: project.path("plain"), usualPlaces: [project.path("bin/node")]) == project.path("bin/node"))
        #expect(NodeRuntime.find(searchPath: nil, usualPlaces: [project.path("plain/node")]) == nil)
        #expect(NodeRuntime.find(searchPath: "", usualPlaces: []) == nil)
    }

    @Test(.enabled(if: NodeRuntime.isCI, "only on CI, where a missing Node.js must fail"))
    func nodeIsInstalledOnCI() {
        #expect(NodeRuntime.path != nil, "Node.js is not on PATH; the test command 'bash Scripts/bootstrap.sh && swift test' installs it")
    }
}
