import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// Issue 6.3: a build that reuses the previous build's cache and output writes exactly the bytes a clean
/// build writes, and renders only what an edit touched.
@Suite struct IncrementalBuildTests {
    /// One kind of edit between two builds.
    enum Change: String, CaseIterable, Sendable {
        case nothing
        case releaseBody
        case releaseSummary
        case releaseTitle
        case releaseTags
        case releaseDateReorders
        case newRelease
        case deletedRelease
        case linkTargetSlug
        case draftPublished
        case templateEdit
        case labelEdit
        case assetEdit
        case siteTitle
        case regionName
        case pageSize
        case unsafeHTML
        case partnerFile
        case ledgerRow
        case evidenceRemoved
        case placedReleaseTitle
        case imageAdded

        /// Applies the edit to `project` (a ``IncrementalBuildTests/project()``).
        func apply(to project: ProjectCopy) throws {
            let edited = GeneratedRelease(20)
            switch self {
            case .nothing:
                break
            case .releaseBody:
                try project.write(edited.path, edited.text(extraParagraph: "Kalimat tambahan di akhir siaran."))
            case .releaseSummary:
                try project.write(edited.path, edited.text(firstParagraph: "Paragraf pembuka yang baru."))
            case .releaseTitle:
                try project.write(edited.path, edited.text(title: "Judul Baru Siaran Dua Puluh"))
            case .releaseTags:
                try project.write(edited.path, edited.text(tags: ["Tag Baru", "SPBE"]))
            case .releaseDateReorders:
                try project.remove(edited.path)
                let moved = GeneratedRelease(20, day: CalendarDay(year: 2025, month: 5, day: 30)!)
                try project.write(moved.path, moved.text())
            case .newRelease:
                let added = GeneratedRelease(99, day: CalendarDay(year: 2024, month: 9, day: 9)!)
                try project.write(added.path, added.text())
            case .deletedRelease:
                try project.remove(edited.path)
            case .linkTargetSlug:
                // Release 31 links to release 30's file; the link's URL follows the new slug.
                let target = GeneratedRelease(30)
                try project.write(target.path, target.text(slug: "siaran-baru-tiga-puluh"))
            case .draftPublished:
                let path = "Content/releases/2025/2025-02-01-draf.md"
                try project.write(path, try project.read(path).replacingOccurrences(of: "draft: true", with: "draft: false"))
            case .templateEdit:
                let path = "Templates/partials/release-card.mustache"
                try project.write(
                    path,
                    try project.read(path).replacingOccurrences(of: "<article class=\"card\">", with: "<article class=\"card card-x\">"))
            case .labelEdit:
                let path = "Templates/i18n/id.yml"
                try project.write(
                    path, try project.read(path).replacingOccurrences(of: "related: Siaran Pers Terkait", with: "related: Berita Terkait"))
            case .assetEdit:
                try project.write(
                    "Templates/assets/siar.css", try project.read("Templates/assets/siar.css") + "\n.card-x { color: red; }\n")
            case .siteTitle:
                try project.replace("Content/site.yml", "title: \"Siaran Pers Uji\"", with: "title: \"Siaran Pers Uji Baru\"")
            case .regionName:
                try project.replace("Content/site.yml", "name: \"Kota Bima\"", with: "name: \"Kota Bima (Mbojo)\"")
            case .pageSize:
                try project.replace("Content/site.yml", "page_size: 2", with: "page_size: 3")
            case .unsafeHTML:
                try project.write("Content/site.yml", try project.read("Content/site.yml") + "unsafe_html: true\n")
            case .partnerFile:
                try project.replace("Content/partners/suara-ntb.yml", "target: 40", with: "target: 35")
            case .ledgerRow:
                let row =
                    "S25-99,suara-ntb,,news,rakor-bima,2025-03-03,,https://www.suarantb.com/berita/99,"
                    + "https://web.archive.org/x,2025-03-04,verified,Ni Made Sutari,2025-03-05,\n"
                try project.write("Content/placements/2025.csv", try project.read("Content/placements/2025.csv") + row)
            case .evidenceRemoved:
                // The row now cites a URL instead, so the copied file must disappear from the site.
                try project.replace(
                    "Content/placements/2024.csv", "evidence/kabar-dompu/K24-02.pdf", with: "https://arsip.example.id/K24-02.pdf")
                try project.remove("Content/evidence/kabar-dompu/K24-02.pdf")
            case .placedReleaseTitle:
                // A release the ledger names: the partner pages show its title.
                try project.replace(
                    "Content/releases/2024/2024-03-05-rakor-bima.md", "title: \"Rakor Kominfo se-NTB di Kota Bima\"",
                    with: "title: \"Rakor Kominfo se-NTB di Bima\"")
            case .imageAdded:
                try project.write("Content/images/baru.png", bytes: [0x89, 0x50, 0x4E, 0x47, 1, 2, 3])
                try project.write(edited.path, edited.text(image: "images/baru.png"))
            }
        }
    }

    /// The portal fixture plus ``generatedCount`` releases, so that one edit touches a small share of the site.
    static func project() throws -> ProjectCopy {
        let project = try ProjectCopy(fixture: "portal")
        for number in 0..<generatedCount {
            let release = GeneratedRelease(number)
            try project.write(release.path, release.text())
        }
        return project
    }

    static let generatedCount = 48

    /// A clean build (no cache) of a fresh project with `change` applied.
    static func cleanTree(after change: Change, options: BuildOptions = BuildOptions(asOf: ProjectCopy.asOf)) throws -> FileTree {
        let project = try project()
        try change.apply(to: project)
        var clean = options
        clean.cache = .off
        let result = project.build(clean)
        #expect(result.succeeded, "\(result.diagnostics.rendered)")
        #expect(result.report?.reusedPages == 0)
        return try project.siteTree()
    }

    /// Expects `actual` to equal `expected` file for file, naming the first differences.
    static func expectSameTree(
        _ actual: FileTree, _ expected: FileTree, _ comment: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let differences = actual.differences(from: expected)
        let shown = differences.prefix(8).joined(separator: "\n")
        #expect(differences.count == 0, "\(comment)\n\(shown)", sourceLocation: sourceLocation)
    }

    @Test(arguments: Change.allCases)
    func incrementalBuildEqualsCleanBuild(_ change: Change) throws {
        let project = try Self.project()
        let first = project.build()
        #expect(first.succeeded, "\(first.diagnostics.rendered)")
        #expect(first.report?.reusedPages == 0)
        // Unchanged: every page comes from the previous output.
        let unchanged = project.build()
        #expect(unchanged.report?.renderedPages == 0)
        // A third build recycles the tree the second build swapped out.
        #expect(project.build().report?.renderedPages == 0)

        try change.apply(to: project)
        let incremental = project.build()
        #expect(incremental.succeeded, "\(incremental.diagnostics.rendered)")
        let clean = try Self.cleanTree(after: change)
        Self.expectSameTree(try project.siteTree(), clean, "after \(change)")
        // And once more, with nothing changed since.
        let again = project.build()
        #expect(again.report?.renderedPages == 0)
        Self.expectSameTree(try project.siteTree(), clean, "after \(change), rebuilt")
    }

    @Test func bodyEditRendersFewPages() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        try Change.releaseBody.apply(to: project)
        let report = try #require(project.build().report)
        #expect(report.reusedPages > 0)
        #expect(report.renderedPages * 5 < report.pageCount, "rendered \(report.renderedPages) of \(report.pageCount) pages")
        // The release page itself is new: its body grew.
        #expect(try project.read("Site/" + GeneratedRelease(20).page).contains("Kalimat tambahan di akhir siaran."))
    }

    @Test func buildOptionChangesInvalidateWhatTheyMust() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        let variants = [
            BuildOptions(includeDrafts: true, asOf: ProjectCopy.asOf),
            BuildOptions(includeDrafts: true, includeFuture: true, asOf: ProjectCopy.asOf),
            BuildOptions(asOf: ProjectCopy.asOf, baseURL: "https://staging.example.go.id/"),
            BuildOptions(asOf: ProjectCopy.asOf, preview: true),
            // The embargoed fixture release is public from 2025-12-31.
            BuildOptions(asOf: .day(CalendarDay(year: 2026, month: 1, day: 2)!)),
            BuildOptions(asOf: ProjectCopy.asOf),
        ]
        for options in variants {
            let result = project.build(options)
            #expect(result.succeeded, "\(result.diagnostics.rendered)")
            Self.expectSameTree(try project.siteTree(), try Self.cleanTree(after: .nothing, options: options), "\(options)")
        }
    }

    @Test func deletedCacheGivesTheSameOutput() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        let before = try project.siteTree()
        try FileManager.default.removeItem(atPath: project.root + "/.siar-cache")
        let rebuilt = project.build()
        #expect(rebuilt.report?.reusedPages == 0)
        #expect(try project.siteTree() == before)
        #expect(project.build().report?.renderedPages == 0)
    }

    @Test(arguments: ["truncated", "random", "empty", "flipped"])
    func damagedCacheIsIgnored(_ damage: String) throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        #expect(project.build().succeeded)
        let cache = project.root + "/.siar-cache/Site/build.cache"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))
        switch damage {
        case "truncated": bytes = Array(bytes.prefix(bytes.count / 2))
        case "random":
            var generator = SplitMix64(seed: 0x5349_4152_4341_4348)
            bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        case "empty": bytes = []
        default: bytes[bytes.count / 3] ^= 0x40
        }
        try Data(bytes).write(to: URL(fileURLWithPath: cache))
        try Change.releaseBody.apply(to: project)
        let result = project.build()
        #expect(result.succeeded)
        #expect(result.report?.reusedPages == 0, "a damaged cache is not used")
        Self.expectSameTree(try project.siteTree(), try Self.cleanTree(after: .releaseBody))
        #expect(project.build().report?.renderedPages == 0, "the cache was rewritten")
    }

    @Test func noCacheModeRebuildsEverythingAndRewritesTheCache() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        var options = BuildOptions(asOf: ProjectCopy.asOf)
        options.cache = .refresh
        let refreshed = project.build(options)
        #expect(refreshed.report?.reusedPages == 0)
        #expect(project.build().report?.renderedPages == 0)
    }

    @Test func failedBuildAfterAnIncrementalOneLeavesTheSiteAndACacheThatStillWorks() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        try Change.releaseBody.apply(to: project)
        #expect(project.build().succeeded)
        let before = try project.siteTree()
        let broken = "Content/releases/2025/2025-03-01-rusak.md"
        try project.write(broken, "---\ntitle: \"Rusak\"\ndate: 2025-02-30\nauthor: x\n---\nIsi.\n")
        let failed = project.build()
        #expect(!failed.succeeded)
        #expect(try project.siteTree() == before)
        #expect(try project.topLevelNames() == [".siar-cache", "Content", "Site", "Templates"])
        try project.remove(broken)
        try Change.releaseTitle.apply(to: project)
        let fixed = project.build()
        #expect(fixed.succeeded)
        #expect((fixed.report?.reusedPages ?? 0) > 0, "the cache survived the failed build")
        Self.expectSameTree(try project.siteTree(), try Self.cleanTree(after: .releaseTitle))
    }

    @Test func handEditedOutputFileIsReplaced() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        #expect(project.build().succeeded)
        let expected = try project.siteTree()
        // Edits in place, as an editor or `echo >>` would; the build must not keep the edited file.
        let page = project.output + "/" + GeneratedRelease(5).page
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: page))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited -->".utf8))
        try handle.close()
        try project.write("Site/stray.html", "not from siar")
        #expect(project.build().succeeded)
        #expect(try project.siteTree() == expected)
        #expect(project.build().succeeded)
        #expect(try project.siteTree() == expected)
    }

    /// The spare tree (the output the last swap replaced) is recycled as the next staging tree: whatever
    /// it holds that the build does not vouch for is replaced or removed.
    @Test func spareTreeIsCheckedBeforeItIsRecycled() throws {
        let project = try Self.project()
        for _ in 0..<2 { #expect(project.build().succeeded) }
        let spare = project.root + "/.siar-cache/Site/spare"
        #expect(FileManager.default.fileExists(atPath: spare + "/index.html"))
        let expected = try project.siteTree()
        try Data("stray".utf8).write(to: URL(fileURLWithPath: spare + "/stray.html"))
        try FileManager.default.createDirectory(atPath: spare + "/berita/hapus", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: spare + "/berita/hapus/index.html"))
        let page = spare + "/" + GeneratedRelease(6).page
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: page))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited -->".utf8))
        try handle.close()
        #expect(project.build().succeeded)
        #expect(try project.siteTree() == expected)
        #expect(!FileManager.default.fileExists(atPath: project.output + "/berita/hapus"))
    }

    @Test func unusableSpareTreeFallsBackToAFreshOne() throws {
        let project = try Self.project()
        for _ in 0..<2 { #expect(project.build().succeeded) }
        let spare = project.root + "/.siar-cache/Site/spare"
        // A folder where the search page must go: the recycled tree cannot take the page.
        try FileManager.default.removeItem(atPath: spare + "/cari/index.html")
        try FileManager.default.createDirectory(atPath: spare + "/cari/index.html", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: spare + "/cari/index.html/x"))
        try Change.releaseBody.apply(to: project)
        #expect(project.build().succeeded)
        Self.expectSameTree(try project.siteTree(), try Self.cleanTree(after: .releaseBody))
        #expect(try project.topLevelNames() == [".siar-cache", "Content", "Site", "Templates"])
    }

    /// A symbolic link in the spare tree could lead the build's writes out of it: such a tree is not used.
    @Test func spareTreeWithASymbolicLinkIsNotRecycled() throws {
        let project = try Self.project()
        for _ in 0..<2 { #expect(project.build().succeeded) }
        let spare = project.root + "/.siar-cache/Site/spare"
        let outside = project.root + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.removeItem(atPath: spare + "/berita")
        try FileManager.default.createSymbolicLink(atPath: spare + "/berita", withDestinationPath: outside)
        try Change.releaseBody.apply(to: project)
        #expect(project.build().succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        Self.expectSameTree(try project.siteTree(), try Self.cleanTree(after: .releaseBody))
        // The same for the spare folder itself.
        try FileManager.default.removeItem(atPath: spare)
        try FileManager.default.createSymbolicLink(atPath: spare, withDestinationPath: outside)
        try Change.releaseTitle.apply(to: project)
        #expect(project.build().succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        Self.expectSameTree(try project.siteTree(), try Self.cleanTree(after: .releaseTitle))
    }

    @Test func warningsArePrintedOnEveryBuild() throws {
        let project = try Self.project()
        let release = GeneratedRelease(7)
        try project.write(release.path, release.text().replacingOccurrences(of: "author:", with: "titel: x\nauthor:"))
        for _ in 0..<3 {
            let result = project.build()
            #expect(result.succeeded)
            #expect(result.diagnostics.diagnostics.map(\.message).contains { $0.hasPrefix("unknown key 'titel'") })
        }
    }

    /// A file edited to the same size with its modification time set back is still noticed (the
    /// status-change time moves), also once the cache trusts stamps without reading files.
    @Test func sameSizeEditWithRestoredModificationTimeIsNoticed() throws {
        let project = try Self.project()
        // Let every file's stamp settle, so the cache trusts stamps.
        Thread.sleep(forTimeInterval: Double(FileStamp.settlingNanoseconds) / 1e9 + 0.3)
        #expect(project.build().succeeded)
        #expect(project.build().report?.renderedPages == 0)
        let release = GeneratedRelease(11)
        let path = project.root + "/" + release.path
        let original = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let text = try project.read(release.path)
        try project.write(release.path, text.replacingOccurrences(of: "Paragraf pertama", with: "Paragraf PERTAMA"))
        try FileManager.default.setAttributes([.modificationDate: original as Any], ofItemAtPath: path)
        #expect(project.build().succeeded)
        #expect(try project.read("Site/" + release.page).contains("Paragraf PERTAMA"))
    }

    @Test func releaseChangedBackIsBuiltAsBefore() throws {
        let project = try Self.project()
        #expect(project.build().succeeded)
        let original = try project.siteTree()
        try Change.releaseTitle.apply(to: project)
        #expect(project.build().succeeded)
        let release = GeneratedRelease(20)
        try project.write(release.path, release.text())
        #expect(project.build().succeeded)
        #expect(try project.siteTree() == original)
    }
}

/// A generated release of ``IncrementalBuildTests/project()``: every seventh day from 2024-01-01, with
/// tags, categories and regions drawn in turn, some with headings, one linking to another.
struct GeneratedRelease {
    let number: Int
    let day: CalendarDay

    init(_ number: Int, day: CalendarDay? = nil) {
        self.number = number
        self.day = day ?? CalendarDay(year: 2024, month: 1, day: 1)!.adding(days: 7 * number)
    }

    var stem: String { "siaran-uji-\(number)" }
    var path: String { "Content/releases/\(day.year)/\(day)-\(stem).md" }
    /// The page of the release in the output, for the default slug.
    var page: String { "berita/\(stem)/index.html" }

    static let tags = ["SPBE", "Srikandi", "PPID", "Literasi Digital", "Statistik", "Hoaks", "Pelatihan", "Wi-Fi Publik"]
    static let categories = ["SPBE", "Informasi Publik", "Statistik", "Keamanan Informasi"]
    static let regions = ["kota-mataram", "kota-bima", "ntb"]

    func text(
        title: String? = nil, tags: [String]? = nil, firstParagraph: String? = nil, extraParagraph: String? = nil,
        slug: String? = nil, image: String? = nil
    ) -> String {
        let tags = tags ?? [Self.tags[number % 8], Self.tags[(number * 3 + 1) % 8]]
        var lines = [
            "---", "title: \"\(title ?? "Siaran Uji Nomor \(number)")\"", "date: \(day)T09:00:00+08:00",
            "author: \"\(number % 3 == 0 ? "Tim Kominfotik NTB" : "Humas PPID")\"",
            "category: \(Self.categories[number % 4])", "tags: [\(tags.map { "\"\($0)\"" }.joined(separator: ", "))]",
            "regions: [\(Self.regions[number % 3])]",
        ]
        if let slug { lines.append("slug: \(slug)") }
        if let image { lines.append("image: \(image)") }
        lines.append("---")
        lines.append(firstParagraph ?? "Paragraf pertama siaran nomor \(number) tentang layanan publik di NTB.")
        lines.append("")
        if number % 4 == 0 {
            for heading in ["Latar", "Kegiatan", "Tindak Lanjut"] {
                lines += ["## \(heading)", "", "Isi bagian \(heading.lowercased()) siaran \(number).", ""]
            }
        }
        if number == 31 {
            let target = GeneratedRelease(30)
            lines += ["Lihat juga [siaran sebelumnya](../\(target.day.year)/\(target.day)-\(target.stem).md).", ""]
        }
        lines.append("Paragraf penutup siaran \(number).")
        if let extraParagraph { lines += ["", extraParagraph] }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ProjectCopy {
    /// Replaces `old` by `new` in a project file, which must contain it.
    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try read(relative)
        #expect(text.contains(old), "\(relative) lacks \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }
}
