import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

/// The preview at `/`: the site as the public will see it, drafts and embargoed releases included and
/// marked, the reload script in HTML, and the diagnostics instead of a stale page while a build fails.
@Suite struct PreviewTests {
    static let draft = (
        path: "Content/releases/2025/2025-03-01-rapat-koordinasi.md",
        text:
            "---\ntitle: \"Rapat Koordinasi Humas\"\ndate: 2025-03-01T10:00:00+08:00\nauthor: \"Tim Uji\"\ndraft: true\n---\nMasih draf.\n"
    )
    static let embargoed = TemporaryProject.release(slug: "rencana-2099", date: "2099-01-05", title: "Rencana Jauh")

    static func fixture() async throws -> HTTPFixture {
        try await HTTPFixture.make(files: [draft.path: draft.text, embargoed.path: embargoed.text], users: false) { configuration in
            configuration.preview = true
        }
    }

    @Test func pagesCarryTheReloadScriptAndOtherFilesDoNot() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(home.headers[.cacheControl] == "no-store")
            let script = try #require(home.text.range(of: "<script data-siar-preview>"))
            #expect(home.text[script.upperBound...].contains("new EventSource(\"/_siar/events\")"))
            #expect(home.text.hasSuffix("</script>\n</body>\n</html>\n"))
            #expect(home.text.contains("class=\"preview-banner\""))

            let css = try await client.execute(uri: "/assets/siar.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(!css.text.contains("siar-preview"))
            for uri in ["/feed.xml", "/feed.json", "/sitemap.xml", "/search-index.json"] {
                let file = try await client.execute(uri: uri, method: .get)
                #expect(file.status == .ok, "\(uri)")
                #expect(!file.text.contains("_siar/events"), "\(uri)")
            }
            #expect(try await client.execute(uri: "/feed.json", method: .get).headers[.contentType] == "application/json; charset=utf-8")

            let folder = try await client.execute(uri: "/berita/peran-kominfo-ntb", method: .get)
            #expect(folder.status == .movedPermanently)
            #expect(folder.headers[.location] == "/berita/peran-kominfo-ntb/")
            let release = try await client.execute(uri: "/berita/peran-kominfo-ntb/", method: .get)
            #expect(release.status == .ok)
            #expect(release.text.contains("data-siar-preview"))

            let doubled = try await client.execute(uri: "//berita", method: .get)
            #expect(doubled.headers[.location] == "/berita/")
            let head = try await client.execute(uri: "/assets/siar.css", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)

            let missing = try await client.execute(uri: "/tidak-ada/", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("data-siar-preview"))
            #expect(missing.text.contains("<h1>"))
        }
    }

    @Test func draftsAndEmbargoedReleasesAreShownAndMarked() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let draft = try await client.execute(uri: "/berita/rapat-koordinasi/", method: .get)
            #expect(draft.status == .ok)
            #expect(draft.text.contains("badge badge-draft"))
            let embargoed = try await client.execute(uri: "/berita/rencana-2099/", method: .get)
            #expect(embargoed.status == .ok)
            #expect(embargoed.text.contains("badge badge-embargo"))
        }
        // `siar build` leaves both out, and never adds the preview's script.
        let output = fixture.project.path("Site")
        let build = try SiarExecutable.run(["build", "--root", fixture.project.root, "--output", output])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output + "/berita/rapat-koordinasi"))
        #expect(!FileManager.default.fileExists(atPath: output + "/berita/rencana-2099"))
        let files = try #require(FileManager.default.enumerator(atPath: output)?.allObjects as? [String])
        for file in files where file.hasSuffix(".html") {
            let html = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
            #expect(!html.contains("data-siar-preview") && !html.contains("/_siar/events"), "\(file)")
        }
    }

    @Test func aFailedBuildShowsItsDiagnosticsUntilTheNextGoodOne() async throws {
        let fixture = try await Self.fixture()
        let preview = try #require(fixture.services.preview)
        try await fixture.test { client in
            let before = try await client.execute(uri: "/", method: .get)
            #expect(before.status == .ok)
            let release = ServerFixture.release
            try fixture.project.write(
                release.path, release.text.replacingOccurrences(of: "title: \"Siaran uji\"\n", with: "regions: [kota-mtaram]\n"))
            await preview.rebuild()

            for uri in ["/", "/berita/peran-kominfo-ntb/", "/tidak-ada/"] {
                let overlay = try await client.execute(uri: uri, method: .get)
                #expect(overlay.status == .internalServerError, "\(uri)")
                #expect(overlay.text.contains("Pratinjau gagal dibangun"))
                #expect(overlay.text.contains("<code>Content/releases/2025/2025-02-03-peran-kominfo-ntb.md:"))
                #expect(overlay.text.contains(": error: "))
                #expect(overlay.text.contains("did you mean &#39;kota-mataram&#39;?"))
                #expect(overlay.text.contains("data-siar-preview"))
            }
            // The assets of the last good build still load, so the overlay is not the only thing that works.
            #expect(try await client.execute(uri: "/assets/siar.css", method: .get).status == .ok)

            try fixture.project.write(release.path, release.text)
            await preview.rebuild()
            let after = try await client.execute(uri: "/", method: .get)
            #expect(after.status == .ok)
            #expect(!after.text.contains("Pratinjau gagal dibangun"))
            #expect(after.text.contains("Siaran uji"))
        }
    }

    @Test func theWatcherRebuildsWhenContentOrTemplatesChange() async throws {
        let fixture = try await HTTPFixture.make(users: false) { configuration in
            configuration.preview = true
            configuration.watch = true
            configuration.watchInterval = .milliseconds(50)
        }
        let preview = try #require(fixture.services.preview)
        try await fixture.test { client in
            let first = await preview.status().tag
            func waitForBuild(after tag: String) async throws -> String {
                for _ in 0..<400 {
                    let current = await preview.status().tag
                    if current != tag { return current }
                    try await Task.sleep(for: .milliseconds(25))
                }
                Issue.record("no rebuild after \(tag)")
                return tag
            }
            let release = ServerFixture.release
            try fixture.project.write(release.path, release.text.replacingOccurrences(of: "Siaran uji", with: "Siaran uji yang diperbarui"))
            let second = try await waitForBuild(after: first)
            #expect(try await client.execute(uri: "/", method: .get).text.contains("Siaran uji yang diperbarui"))
            try fixture.project.write("Templates/partials/footer.mustache", "<footer>kaki halaman pratinjau</footer>\n")
            _ = try await waitForBuild(after: second)
            #expect(try await client.execute(uri: "/", method: .get).text.contains("kaki halaman pratinjau"))
        }
    }

    /// The tag of the build after the one tagged `tag` (`<boot>-<n>` becomes `<boot>-<n + 1>`).
    static func tag(after tag: String) -> String? {
        guard let dash = tag.lastIndex(of: "-"), let generation = Int(tag[tag.index(after: dash)...]) else { return nil }
        return tag[..<dash] + "-" + String(generation + 1)
    }

    @Test(arguments: [("k3x-1", "k3x-2"), ("k3x-9", "k3x-10"), ("a-b-99", "a-b-100"), ("k3x-", nil), ("k3x", nil)])
    func nextBuildTag(tag: String, next: String?) {
        #expect(Self.tag(after: tag) == next)
    }

    @Test func openPagesHearOfEveryBuild() async throws {
        let fixture = try await Self.fixture()
        let preview = try #require(fixture.services.preview)
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            let home = try await client.execute(uri: "/", method: .get)
            let tag = try #require(home.text.components(separatedBy: "var t=\"").dropFirst().first?.prefix { $0 != "\"" })
            let stream = try LoopbackConnection(port: port)
            stream.send("GET /_siar/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            let first = await stream.read(until: "data: \(tag)\n\n")
            #expect(first.contains("Content-Type: text/event-stream; charset=utf-8"))
            // The body comes in HTTP/1.1 chunks: each event is one chunk.
            #expect(first.contains("retry: 1000\n\n"))
            #expect(first.contains("event: build\ndata: \(tag)\n\n"))
            #expect(await preview.subscriberCount == 1)

            await preview.rebuild()
            let next = try #require(Self.tag(after: String(tag)))
            let second = await stream.read(until: "data: \(next)\n\n")
            #expect(second.contains("event: build\ndata: \(next)\n\n"))
        }
    }
}
