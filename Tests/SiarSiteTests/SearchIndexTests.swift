import Foundation
import SiarTestSupport
import Testing

@testable import SiarSite

/// `/search-index.json` and the folding it shares with `assets/search.js`.
@Suite struct SearchIndexTests {
    @Test func eachReleaseHasTheFieldsTheScriptShows() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let index = try #require(try fixture.build(asOf: SiteFixture.standardAsOf).json("search-index.json") as? [[String: Any]])

        #expect(index.count == 3)
        for item in index {
            for key in ["title", "summary", "date", "date_label", "category", "url", "text"] {
                #expect(item[key] is String, "'\(key)' is not a string")
            }
            #expect(item["regions"] is [String])
            #expect(item["tags"] is [String])
            let date = try #require(item["date"] as? String)
            #expect(date.wholeMatch(of: #/\d{4}-\d{2}-\d{2}/#) != nil)
            #expect((item["url"] as? String)?.hasPrefix("/berita/") == true)
        }
        #expect(
            index.compactMap { $0["url"] as? String } == [
                "/berita/rakor-kominfo-bima/", "/berita/literasi-digital-selong/", "/berita/forum-satu-data/",
            ])
        let rakor = try #require(index.first)
        #expect(rakor["date"] as? String == "2024-03-06")
        #expect(rakor["date_label"] as? String == "Rabu, 6 Maret 2024")
        #expect(rakor["category"] as? String == "SPBE")
        #expect(rakor["regions"] as? [String] == ["Kota Bima", "Provinsi NTB"])
        #expect(rakor["tags"] as? [String] == ["SPBE", "Srikandi"])
    }

    @Test func textIsAFoldedCompactKey() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases)
        let index = try #require(try fixture.build(asOf: SiteFixture.standardAsOf).json("search-index.json") as? [[String: Any]])
        let literasi = try #require(index.first { $0["url"] as? String == "/berita/literasi-digital-selong/" })
        let text = try #require(literasi["text"] as? String)
        let words = text.split(separator: " ").map(String.init)

        #expect(text == text.lowercased())
        #expect(words.contains("selong"))
        #expect(words.contains("jumat"))
        #expect(words.contains("cafe"))
        #expect(words.contains("lombok"))
        #expect(!text.contains("é"))
        #expect(Set(words).count == words.count, "each word once")
    }

    @Test func englishSitesGetEnglishDateLabels() throws {
        let fixture = try SiteFixture(releases: SiteFixture.standardReleases, language: "en")
        let index = try #require(try fixture.build(asOf: SiteFixture.standardAsOf).json("search-index.json") as? [[String: Any]])
        #expect(index.first?["date_label"] as? String == "Wednesday, 6 March 2024")
    }

    @Test(arguments: [
        ("Sélong", "selong"), ("Jum'at", "jumat"), ("Qur’an", "quran"), ("SP4N-LAPOR!", "sp4n lapor"),
        ("  Rakor  Kominfo se-NTB: 2024 ", "rakor kominfo se ntb 2024"), ("CAFÉ", "cafe"), ("İzin", "izin"),
        ("005/SP/DISKOMINFOTIK/III/2024", "005 sp diskominfotik iii 2024"),
    ])
    func foldingMatchesTheScript(input: String, folded: String) {
        #expect(SearchKey.fold(input) == folded)
    }

    /// The one-pass fold must agree with the definition applied to the whole text at once (lowercase,
    /// NFD, drop marks, collapse the rest), on random texts mixing ASCII, accented Latin, Greek, Cyrillic,
    /// combining marks, apostrophes, dashes and Hangul.
    @Test func foldAgreesWithTheWholeTextDefinition() {
        let alphabet: [Unicode.Scalar] =
            (0x20...0x7E).compactMap(Unicode.Scalar.init)
            + "ÀÉéÎïÕøÜçÇßẞİıŁłÅǅǈ ΣσςΆάΐ ЁёЙй – — “ ” ’ ʼ ´ … ́ ̈ ̧ 한국 ① ½ ٣".unicodeScalars
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<generator.next(below: 30) { text.append(alphabet[generator.next(below: alphabet.count)]) }
            let input = String(text)
            #expect(SearchKey.fold(input) == Self.referenceFold(input), "\(input.debugDescription)")
        }
    }

    /// The definition of the folding, as `assets/search.js` applies it to a whole query.
    static func referenceFold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if [0x27, 0x2019, 0x2BC, 0x60, 0xB4].contains(scalar.value) { continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            default:
                pendingSpace = true
            }
        }
        return String(out)
    }

    @Test func keyKeepsEachWordOnceInFirstOrder() {
        #expect(SearchKey.key(["SPBE Kota Bima", "spbe", "Kota Mataram"]) == "spbe kota bima mataram")
    }

    @Test func scriptFoldsLikeTheIndex() throws {
        let script = try String(contentsOfFile: RepositoryPaths.templates + "/assets/search.js", encoding: .utf8)
        // The script and SearchKey must strip the same characters; keep these in step with SearchKey.
        #expect(script.contains("normalize('NFD')"))
        #expect(script.contains("\\\\p{M}"))
        #expect(script.contains("[^\\\\p{L}\\\\p{N}]+"))
        #expect(script.contains("['\\u2019\\u02bc`\\u00b4]"))
        #expect(script.contains("/search-index.json"))
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("http://") && !script.contains("https://"), "no third-party requests")
    }
}
