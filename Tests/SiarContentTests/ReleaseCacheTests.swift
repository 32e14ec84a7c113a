import Foundation
import SiarContent
import SiarTestSupport
import Testing

/// The pieces of incremental loading: a hash that never changes, a binary format that rejects damage, a
/// directory walk equal to ``ProjectFiles/files(under:suffix:)``, and ``ContentLoader/load(reusing:)``
/// giving what ``ContentLoader/load()`` gives.
@Suite struct ReleaseCacheTests {
    @Test func stableHasherIsTheSameEverywhere() {
        // Fixed values: the hash keys files on disk, so it must not depend on the process or the machine.
        #expect(StableHasher.hash([]) == 0x4acb_a878_a423_ace6)
        #expect(StableHasher.hash(Array("siar".utf8)) == 0xc02d_db94_e438_c7f9)
        var hasher = StableHasher()
        hasher.combine("berita/x/index.html")
        hasher.combine(42)
        hasher.combine(true)
        #expect(hasher.finalize() == 0xe02e_2ea0_ebb7_159c)
    }

    @Test func stableHasherSeparatesValues() {
        var ab = StableHasher()
        ab.combine("ab")
        ab.combine("c")
        var abc = StableHasher()
        abc.combine("a")
        abc.combine("bc")
        #expect(ab.finalize() != abc.finalize())
        var none = StableHasher()
        none.combine(nil as String?)
        var empty = StableHasher()
        empty.combine("" as String?)
        #expect(none.finalize() != empty.finalize())
        // Every length around the 8- and 16-byte steps, and every single-byte change, hash apart.
        var seen = Set<UInt64>()
        for length in 0..<40 {
            let bytes = [UInt8](repeating: 7, count: length)
            #expect(seen.insert(StableHasher.hash(bytes)).inserted)
            for index in 0..<length {
                var changed = bytes
                changed[index] = 8
                #expect(seen.insert(StableHasher.hash(changed)).inserted)
            }
        }
    }

    @Test func binaryCodingRoundTripsAndRejectsDamage() throws {
        var writer = BinaryWriter()
        writer.write(UInt64.max)
        writer.write(-12_345)
        writer.write(true)
        writer.writeFixed(0x0102_0304_0506_0708)
        writer.write("Rakor Kominfo se-NTB — Bima")
        writer.write(nil as String?)
        writer.write(["a", "", "ü"])
        let sealed = BinaryCoding.seal(writer.bytes, magic: "test-1")
        var reader = try #require(BinaryCoding.open(sealed, magic: "test-1"))
        #expect(try reader.readUInt64() == UInt64.max)
        #expect(try reader.readInt() == -12_345)
        #expect(try reader.readBool())
        #expect(try reader.readFixed() == 0x0102_0304_0506_0708)
        #expect(try reader.readString() == "Rakor Kominfo se-NTB — Bima")
        #expect(try reader.readOptionalString() == nil)
        #expect(try reader.readStrings() == ["a", "", "ü"])
        #expect(reader.isAtEnd)
        #expect(throws: BinaryReader.Malformed.self) { try reader.readBool() }

        #expect(BinaryCoding.open(sealed, magic: "test-2") == nil)
        #expect(BinaryCoding.open(Array(sealed.dropLast()), magic: "test-1") == nil)
        #expect(BinaryCoding.open(sealed + [0], magic: "test-1") == nil)
        #expect(BinaryCoding.open([], magic: "test-1") == nil)
        for index in sealed.indices {
            var flipped = sealed
            flipped[index] ^= 0x10
            #expect(BinaryCoding.open(flipped, magic: "test-1") == nil, "byte \(index)")
        }
        // A count larger than what is left is damage, not an allocation.
        var huge = BinaryReader([0xFF, 0xFF, 0xFF, 0xFF, 0x0F])
        #expect(throws: BinaryReader.Malformed.self) { _ = try huge.readStrings() }
    }

    @Test func stampedFilesEqualFilesUnder() throws {
        let project = try TemporaryProject(files: [
            "Content/releases/2024/2024-01-01-a.md": "a", "Content/releases/2024/.hidden/2024-01-02-b.md": "b",
            "Content/releases/.2024-01-03-c.md": "c", "Content/releases/2025/notes.txt": "d",
            "Content/releases/2025/deep/er/2025-01-01-e.md": "e", "Content/elsewhere/2024-01-04-f.md": "f",
        ])
        let root = project.path("Content/releases")
        try FileManager.default.createDirectory(atPath: root + "/folder.md", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/linked", withDestinationPath: "../elsewhere")
        try FileManager.default.createSymbolicLink(atPath: root + "/2024/link.md", withDestinationPath: "2024-01-01-a.md")
        try FileManager.default.createSymbolicLink(atPath: root + "/2024/broken.md", withDestinationPath: "nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: root + "/2024/dir.md", withDestinationPath: "../folder.md")
        let files = ProjectFiles(root: project.root)
        let stamped = files.stampedFiles(under: "Content/releases", suffix: ".md")
        #expect(stamped.map(\.path) == files.files(under: "Content/releases", suffix: ".md"))
        for (path, stamp) in stamped {
            #expect(stamp == FileStamp(path: files.fileSystemPath(path)), "\(path)")
        }
        #expect(files.stampedFiles(under: "Content/missing", suffix: ".md").isEmpty)
    }

    /// The cache stores every field of a release but its body: a new field must be added to
    /// ``ReleaseCache``'s encoding (and to the full release below), then this count raised.
    @Test func releaseCacheKnowsEveryFieldOfARelease() {
        let release = Release(
            path: "x.md", title: "t", date: Timestamp(secondsSinceEpoch: 0, utcOffset: 0), author: "a", slug: "x", body: "")
        #expect(Mirror(reflecting: release).children.count == 18)
    }

    @Test func loadReusingACacheGivesWhatLoadGives() throws {
        var texts: [String: String] = [:]
        for day in 1...9 {
            texts["Content/releases/2024/2024-03-0\(day)-rilis-\(day).md"] = """
                ---
                title: "Rilis \(day)"
                date: 2024-03-0\(day)T10:00:00+08:00
                author: "Tim Kominfotik NTB"
                regions: [kota-bima]
                \(day == 4 ? "titel: salah\n" : "")---
                Isi rilis \(day).

                """
        }
        // Every front-matter key at once.
        texts["Content/images/foto.png"] = "PNG"
        texts["Content/releases/2024/2024-04-01-lengkap.md"] = """
            ---
            title: "Rilis Lengkap"
            date: 2024-04-01
            author: "Humas"
            slug: rilis-lengkap
            number: "005/SP/2024"
            dateline: Bima
            category: SPBE
            tags: [SPBE, "SP4N Lapor"]
            regions: [kota-bima, ntb]
            summary: "Ringkasan."
            image: images/foto.png
            image_alt: "Foto"
            contact: "Humas, 0370"
            draft: true
            expires: 2025-04-01
            ---
            Isi lengkap.

            """
        let project = try ContentFixture.project(texts)
        let loader = ContentLoader(root: project.root)
        let plain = loader.load()
        let first = loader.load(reusing: nil)
        let second = loader.load(reusing: first.cache)
        for result in [first.result, second.result] {
            #expect(result.diagnostics == plain.diagnostics)
            // Reused releases equal parsed ones, body included.
            #expect(result.content?.releases == plain.content?.releases)
        }
        // The file with a warning is never cached, so its warning comes back on every load.
        #expect(first.cache.entries.count == 9)
        #expect(second.result.diagnostics.contains { $0.message.hasPrefix("unknown key 'titel'") })
        #expect(second.cache.entries.mapValues(\.contentHash) == first.cache.entries.mapValues(\.contentHash))
        // Not vacuous: the loop above compared ten releases each time.
        #expect(plain.content?.releases.count == 10)
    }

    @Test func duplicateSlugsAreReportedWithACacheToo() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/2024-03-05-rakor.md": ContentFixture.validRelease,
            "Content/releases/2024/2024-03-05-lain.md": ContentFixture.validRelease.replacingOccurrences(
                of: "author:", with: "slug: rakor\nauthor:"),
        ])
        let loader = ContentLoader(root: project.root)
        let first = loader.load(reusing: nil)
        let second = loader.load(reusing: first.cache).result
        #expect(second.diagnostics == loader.load().diagnostics)
        #expect(second.diagnostics.contains { $0.message.contains("'rakor'") })
    }

    @Test func changedSiteSettingsVoidTheCache() throws {
        let project = try ContentFixture.project(["Content/releases/2024/2024-03-05-rakor.md": ContentFixture.validRelease])
        let loader = ContentLoader(root: project.root)
        let first = loader.load(reusing: nil)
        #expect(first.cache.entries.count == 1)
        try project.write(
            "Content/site.yml", ContentFixture.siteYAML.replacingOccurrences(of: "  - { id: kota-bima, name: \"Kota Bima\" }\n", with: ""))
        let second = loader.load(reusing: first.cache).result
        #expect(second.content == nil)
        #expect(second.diagnostics.contains { $0.message.hasPrefix("unknown region 'kota-bima'") })
    }

    @Test func changedFileIsParsedAgainWithItsBody() throws {
        let path = "Content/releases/2024/2024-03-05-rakor.md"
        let project = try ContentFixture.project([path: ContentFixture.validRelease])
        let loader = ContentLoader(root: project.root)
        let first = loader.load(reusing: nil)
        try project.write(
            path,
            ContentFixture.validRelease.replacingOccurrences(of: "Rakor SPBE", with: "Rapat SPBE")
                .replacingOccurrences(of: "Isi siaran pers.", with: "Isi baru."))
        let second = loader.load(reusing: first.cache)
        #expect(second.result.content?.releases.first?.title == "Rapat SPBE se-NTB")
        #expect(second.result.content?.releases.first?.body == "Isi baru.\n")
        #expect(second.cache.entries[path]?.contentHash != first.cache.entries[path]?.contentHash)
    }

    /// A reused release still has its body: nothing downstream meets a release whose body is missing.
    @Test func reusedReleaseKeepsItsBody() throws {
        let path = "Content/releases/2024/2024-03-05-rakor.md"
        let project = try ContentFixture.project([path: ContentFixture.validRelease])
        let loader = ContentLoader(root: project.root)
        let first = loader.load(reusing: nil)
        #expect(first.cache.entries[path]?.release.body == "")
        let second = loader.load(reusing: first.cache)
        #expect(second.result.content?.releases.first?.body == "Isi siaran pers.\n")
    }
}
