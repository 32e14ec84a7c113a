import SiarContent
import Testing

@Suite("FrontMatter.split")
struct FrontMatterTests {
    private func split(_ text: String) throws -> FrontMatter {
        try FrontMatter.split(text).get()
    }

    @Test func splitsYAMLAndBody() throws {
        let parts = try split("---\ntitle: A\ndate: 2024-03-05\n---\nIsi.\n\nParagraf dua.\n")
        #expect(parts.yaml == "title: A\ndate: 2024-03-05\n")
        #expect(parts.yamlFirstLine == 2)
        #expect(parts.body == "Isi.\n\nParagraf dua.\n")
        #expect(parts.bodyFirstLine == 5)
    }

    @Test func crlfFileSplitsOnceDecoded() throws {
        let text = try SourceText.decode(Array("---\r\ntitle: A\r\n---\r\nIsi.\r\n".utf8), path: "p").get()
        let parts = try split(text)
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "Isi.\n")
        #expect(parts.bodyFirstLine == 4)
    }

    @Test func byteOrderMarkFileSplitsOnceDecoded() throws {
        let text = try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n---\nIsi.\n".utf8), path: "p").get()
        let parts = try split(text)
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "Isi.\n")
    }

    /// `split` expects decoded text: a raw BOM or CR is not a fence, and says so.
    @Test func undecodedTextIsNotAFence() {
        #expect(FrontMatter.split("\u{FEFF}---\ntitle: A\n---\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("---\r\ntitle: A\r\n---\r\n") == .failure(.missingOpening))
    }

    @Test func dotsCloseTheFrontMatter() throws {
        let parts = try split("---\ntitle: A\n...\nIsi.\n")
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "Isi.\n")
        #expect(parts.bodyFirstLine == 4)
    }

    @Test func dotsDoNotOpenTheFrontMatter() {
        #expect(FrontMatter.split("...\ntitle: A\n---\n") == .failure(.missingOpening))
    }

    @Test func trailingSpacesAndTabsOnFencesAreAllowed() throws {
        let parts = try split("---  \ntitle: A\n--- \t\nIsi.\n")
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "Isi.\n")
    }

    @Test func leadingSpaceOrMoreDashesIsNotAFence() {
        #expect(FrontMatter.split(" ---\ntitle: A\n---\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("----\ntitle: A\n---\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("---\ntitle: A\n ---\n----\n") == .failure(.unclosed))
    }

    @Test func emptyFrontMatter() throws {
        let parts = try split("---\n---\nIsi.\n")
        #expect(parts.yaml == "")
        #expect(parts.yamlFirstLine == 2)
        #expect(parts.body == "Isi.\n")
        #expect(parts.bodyFirstLine == 3)
    }

    @Test func closingFenceAtEndOfFileWithoutNewline() throws {
        let parts = try split("---\ntitle: A\n---")
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "")
        #expect(parts.bodyFirstLine == 4)
    }

    @Test(arguments: ["", "title: A\n---\nIsi.\n", "Isi saja.\n", "\n---\ntitle: A\n---\n", "-- -\n"])
    func missingOpening(text: String) {
        #expect(FrontMatter.split(text) == .failure(.missingOpening))
    }

    @Test(arguments: ["---", "--- ", "---\n", "---\ntitle: A\n", "---\ntitle: A\nIsi tanpa penutup.", "---\ntitle: A\n-- -\n"])
    func unclosed(text: String) {
        #expect(FrontMatter.split(text) == .failure(.unclosed))
    }

    @Test func onlyTheFirstClosingFenceCounts() throws {
        let parts = try split("---\ntitle: A\n---\nIsi.\n\n---\n\nSetelah garis.\n...\n")
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "Isi.\n\n---\n\nSetelah garis.\n...\n")
        #expect(parts.bodyFirstLine == 4)
    }

    @Test func bodyFirstLineCountsEveryYAMLLine() throws {
        let yaml = (1...17).map { "k\($0): v" }.joined(separator: "\n") + "\n"
        let parts = try split("---\n" + yaml + "---\nbaris pertama isi\n")
        // Line 1 is the opening fence, 2…18 the keys, 19 the closing fence.
        #expect(parts.bodyFirstLine == 20)
        #expect(parts.body == "baris pertama isi\n")
    }

    @Test func blankLinesBeforeTheBodyKeepTheirLines() throws {
        let parts = try split("---\ntitle: A\n---\n\n\nIsi.\n")
        #expect(parts.bodyFirstLine == 4)
        #expect(parts.body == "\n\nIsi.\n")
    }

    @Test func multibyteTextAroundFences() throws {
        let parts = try split("---\njudul: \"Peluncuran — “Satu Data” 🇮🇩\"\n---\nRakor é\u{301}\n")
        #expect(parts.yaml == "judul: \"Peluncuran — “Satu Data” 🇮🇩\"\n")
        #expect(parts.body == "Rakor é\u{301}\n")
    }
}
