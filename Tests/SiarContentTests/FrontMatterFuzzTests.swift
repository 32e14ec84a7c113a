import Foundation
import SiarTestSupport
import Testing

@testable import SiarContent

/// A fixed-seed corpus of broken release files: mutations of a valid release and random bytes.
///
/// Nothing may crash, and every problem must come back as a diagnostic that points into the file.
@Suite("Front matter fuzzing")
struct FrontMatterFuzzTests {
    static let path = "Content/releases/2024/2024-03-05-rakor-spbe.md"

    static let site = SiteConfig(
        title: "Uji", baseURL: "https://contoh.go.id/",
        regions: [Region(id: "kota-mataram", name: "Kota Mataram"), Region(id: "ntb", name: "Provinsi NTB")])

    static let seedRelease = """
        ---
        title: "Rakor SPBE: \\"Satu Data\\" se-NTB"
        date: 2024-03-05T10:00:00+08:00
        author: 'Tim Kominfotik NTB'
        slug: rakor-spbe
        tags: [SPBE, "SP4N Lapor"]
        regions:
          - kota-mataram
          - ntb
        image: https://contoh.go.id/a.jpg
        expires: 2025-03-05
        draft: false
        ---
        **Mataram** – Isi siaran pers.

        ---

        Paragraf kedua.

        """

    /// Byte runs a mutation inserts: fences, line ends, YAML punctuation and invalid UTF-8.
    static let tokens: [[UInt8]] = [
        Array("---".utf8), Array("...".utf8), Array("---\n".utf8), [0x0D], [0x0A], [0x0D, 0x0A], Array(":".utf8),
        Array(": ".utf8), Array("\"".utf8), Array("'".utf8), Array("[".utf8), Array("]".utf8), Array("{".utf8),
        Array("#".utf8), Array("&a".utf8), Array("*a".utf8), Array("- ".utf8), Array("? ".utf8), Array("|".utf8),
        [0x09], [0x20], [0x00], [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xEF, 0xBB, 0xBF],
        Array("2024-02-30".utf8), Array("title: ".utf8), Array("é".utf8), Array("🇮🇩".utf8),
    ]

    /// The 5,000 inputs; the same on every run.
    static func corpus() -> [[UInt8]] {
        var rng = SplitMix64(seed: 20_240_305)
        let seed = Array(seedRelease.utf8)
        return (0..<5_000).map { _ in
            if rng.next(below: 10) == 0 { return (0..<rng.next(below: 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) } }
            var bytes = seed
            for _ in 0...rng.next(below: 4) { mutate(&bytes, rng: &rng) }
            return bytes
        }
    }

    static func mutate(_ bytes: inout [UInt8], rng: inout SplitMix64) {
        let position = rng.next(below: bytes.count + 1)
        switch rng.next(below: 6) {
        case 0, 1: bytes.insert(contentsOf: tokens[rng.next(below: tokens.count)], at: position)
        case 2: bytes.removeSubrange(position..<min(bytes.count, position + 1 + rng.next(below: 12)))
        case 3: bytes.removeSubrange(position...)  // truncation
        case 4 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: rng.next())
        default:
            let copied = Array(bytes[position..<min(bytes.count, position + rng.next(below: 40))])
            bytes.insert(contentsOf: copied, at: rng.next(below: bytes.count + 1))
        }
    }

    /// The number of lines an editor shows for `bytes`, counting CRLF once and a lone CR as a line end.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (i, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && bytes[safe: i + 1] != 0x0A) { lines += 1 }
        return lines
    }

    @Test func corpusIsDeterministicAndMostlyBroken() {
        let corpus = Self.corpus()
        #expect(corpus.count == 5_000)
        #expect(corpus == Self.corpus())
        #expect(corpus.filter { $0 == Array(Self.seedRelease.utf8) }.count < 100)
    }

    @Test func parserNeverCrashesAndAlwaysPointsIntoTheFile() {
        let parser = ReleaseParser(site: Self.site, fileExists: { _ in true })
        var parsedCount = 0
        var reasons: Set<String> = []
        for bytes in Self.corpus() {
            var diagnostics: [Diagnostic] = []
            var release: (Release, SourceLocation)?
            switch SourceText.decode(bytes, path: Self.path) {
            case .failure(let diagnostic): diagnostics = [diagnostic]
            case .success(let text):
                if case .success(let parts) = FrontMatter.split(text) {
                    #expect(parts.bodyFirstLine >= 2 && parts.bodyFirstLine <= text.utf8.count { $0 == 0x0A } + 2)
                }
                release = parser.parse(text, path: Self.path, diagnostics: &diagnostics)
            }
            if release != nil { parsedCount += 1 }
            let lines = Self.lineCount(bytes)
            for diagnostic in diagnostics {
                #expect(diagnostic.location.path == Self.path)
                #expect((1...lines + 1).contains(diagnostic.location.line), "\(diagnostic) in \(lines) lines")
                #expect(diagnostic.location.column >= 0)
                #expect(!diagnostic.message.isEmpty)
            }
            reasons.formUnion(diagnostics.map { String(String(describing: $0.reason).prefix { $0 != "(" }) })
            let hasError = diagnostics.contains { $0.severity == .error }
            #expect(hasError == (release == nil), "\(diagnostics)")
        }
        // The mutations are small, so a good share of files still parse, and every early exit is exercised.
        #expect(parsedCount > 250)
        #expect(reasons.isSuperset(of: ["invalidUTF8", "missingFrontMatter", "unclosedFrontMatter", "yamlSyntax", "missingKey"]))
    }

    /// A few hundred of the broken files through the real loader, in one project: parallel parsing,
    /// duplicate slugs and all; loading twice gives the same diagnostics.
    @Test func loaderReportsEveryBrokenFileWithALine() throws {
        let corpus = Array(Self.corpus().prefix(300))
        let project = try ContentFixture.project()
        var linesByPath: [String: Int] = [:]
        for (index, bytes) in corpus.enumerated() {
            let day = CalendarDay(dayNumber: CalendarDay(year: 2024, month: 1, day: 1)!.dayNumber + index)
            let path = "Content/releases/\(day.year)/\(day)-berkas-\(index).md"
            try project.write(path, bytes: bytes)
            linesByPath[path] = Self.lineCount(bytes)
        }
        let first = project.load()
        for diagnostic in first.diagnostics {
            let lines = try #require(linesByPath[diagnostic.location.path], "\(diagnostic)")
            #expect((1...lines + 1).contains(diagnostic.location.line), "\(diagnostic)")
        }
        #expect(first.hasErrors)
        #expect(first.content == nil)
        #expect(first.diagnostics.count >= 300 / 2)
        #expect(project.load().diagnostics == first.diagnostics)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
