import SiarContent
import Testing

@Suite("Slug and Suggestion")
struct SlugTests {
    @Test(arguments: [
        ("peran-kominfo-ntb", true),
        ("sp4n-lapor", true),
        ("2024", true),
        ("a", true),
        ("forum--satu-data", true),  // docs/CONTENT.md#slugs: `[a-z0-9-]+`; doubled inner hyphens are allowed
        ("Peran-Kominfo", false),
        ("peran-kominfo-NTB", false),
        ("-rakor", false),
        ("rakor-", false),
        ("-", false),
        ("rakor/spbe", false),
        ("..", false),
        ("../rakor", false),
        ("rakor.html", false),
        ("rakor spbe", false),
        (" rakor", false),
        ("rakor_spbe", false),
        ("", false),
        ("kabupaten-ñ", false),
        ("café", false),
        ("ｒａｋｏｒ", false),
        ("rakor\n", false),
    ])
    func isValid(slug: String, valid: Bool) {
        #expect(Slug.isValid(slug) == valid)
    }

    @Test(arguments: [
        ("SP4N Lapor", "sp4n-lapor"),
        ("Keamanan Informasi", "keamanan-informasi"),
        ("Café Déjà-vu", "cafe-deja-vu"),
        ("SPBE", "spbe"),
        ("Satu Data — NTB!!", "satu-data-ntb"),
        ("  ...Rakor,   SPBE & Srikandi?!  ", "rakor-spbe-srikandi"),
        ("Lombok_Timur", "lombok-timur"),
        ("e-Government 2.0", "e-government-2-0"),
        ("Ñusa Ténggara Bárat", "nusa-tenggara-barat"),
        ("ＳＰＢＥ", "spbe"),
        ("2024", "2024"),
        ("!!!", ""),
        ("", ""),
    ])
    func make(term: String, slug: String) {
        #expect(Slug.make(from: term) == slug)
    }

    /// Whatever `make` returns is either empty or a valid slug.
    @Test(arguments: ["SP4N Lapor", "Café Déjà-vu", "---", "中文 ok", "Ünïcödé  -- test ", "🇮🇩 NTB 🇮🇩"])
    func madeSlugsAreValidOrEmpty(term: String) {
        let slug = Slug.make(from: term)
        #expect(slug.isEmpty || Slug.isValid(slug), "\(slug)")
    }

    static let regionIDs = ["kota-mataram", "lombok-barat", "lombok-timur", "kota-bima", "bima", "ntb"]
    static let releaseKeys = ["author", "category", "contact", "date", "draft", "expires", "image", "image_alt", "title"]

    @Test(
        arguments: [
            ("kota-mtaram", regionIDs, "kota-mataram"),
            ("kota-bim", regionIDs, "kota-bima"),
            ("lombok-timr", regionIDs, "lombok-timur"),
            ("NTB", regionIDs, "ntb"),
            ("sumbawa", regionIDs, nil),
            ("titel", releaseKeys, "title"),
            ("Title", releaseKeys, "title"),
            ("dat", releaseKeys, "date"),
            ("imagealt", releaseKeys, "image_alt"),
            ("auhtor", releaseKeys, "author"),
            ("catgory", releaseKeys, "category"),
            ("penyunting", releaseKeys, nil),
            ("title", releaseKeys, nil),
            ("x", ["a", "b"], "a"),
            ("ind", ["id", "en"], "id"),
            ("fr", ["id", "en"], nil),
            ("", ["a"], "a"),
            ("anything", [], nil),
        ] as [(String, [String], String?)])
    func closest(word: String, candidates: [String], suggestion: String?) {
        #expect(Suggestion.closest(to: word, in: candidates) == suggestion)
    }

    @Test func tiesGoToTheEarlierCandidate() {
        #expect(Suggestion.closest(to: "cat", in: ["bat", "hat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", in: ["hat", "bat"]) == "hat")
    }

    /// The allowed distance is a third of the word, at least 1 and at most 3.
    @Test func distanceLimitGrowsWithTheWordButStopsAtThree() {
        #expect(Suggestion.closest(to: "abcdef", in: ["abcdxy"]) == "abcdxy")
        #expect(Suggestion.closest(to: "abcde", in: ["abcxy"]) == nil)
        #expect(Suggestion.closest(to: "abcdefghijklmnop", in: ["abcdefghijklmxyz"]) == "abcdefghijklmxyz")
        #expect(Suggestion.closest(to: "abcdefghijklmnop", in: ["abcdefghijklwxyz"]) == nil)
    }
}
