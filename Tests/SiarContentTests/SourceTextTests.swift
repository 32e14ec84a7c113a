import SiarContent
import Testing

@Suite("SourceText.decode")
struct SourceTextTests {
    private func decoded(_ bytes: [UInt8]) throws -> String {
        try SourceText.decode(bytes, path: "Content/x.md").get()
    }

    @Test func plainUTF8IsKeptAsWritten() throws {
        #expect(try decoded(Array("Rakor SPBE — Mataram, ½ hari 🇮🇩\n".utf8)) == "Rakor SPBE — Mataram, ½ hari 🇮🇩\n")
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array("---\n".utf8)) == "---\n")
        #expect(try decoded([0xEF, 0xBB, 0xBF]) == "")
    }

    @Test func onlyALeadingByteOrderMarkIsDropped() throws {
        #expect(try decoded(Array("a".utf8) + [0xEF, 0xBB, 0xBF]) == "a\u{FEFF}")
    }

    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\rb", "a\n\nb"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("\r\n", "\n"),
        ("tanpa akhir baris", "tanpa akhir baris"),
    ])
    func lineEndsBecomeLF(input: String, expected: String) throws {
        #expect(try decoded(Array(input.utf8)) == expected)
    }

    @Test func byteOrderMarkAndCRLFTogether() throws {
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: x\r\n---\r\n".utf8)) == "---\ntitle: x\n---\n")
    }

    @Test func invalidByteIsReportedWithItsLineAndOffset() {
        let bytes = Array("baris 1\nbaris 2\nbar".utf8) + [0xFF] + Array("is 3\n".utf8)
        let result = SourceText.decode(bytes, path: "Content/releases/2024/x.md")
        #expect(
            result.failure?.description
                == "Content/releases/2024/x.md:3: error: the file is not valid UTF-8 (first bad byte at offset 19); save it as UTF-8")
    }

    /// The offset counts bytes of the file as stored, BOM included, so a hex editor finds the byte.
    @Test func offsetCountsTheByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xC3]
        let diagnostic = SourceText.decode(bytes, path: "p")
        #expect(diagnostic.failure?.location == SourceLocation(path: "p", line: 2))
        #expect(diagnostic.failure?.reason == .invalidUTF8(byteOffset: 5))
    }

    @Test(arguments: [
        [0xFF] as [UInt8],
        [0xC0, 0x80],  // overlong NUL
        [0xED, 0xA0, 0x80],  // UTF-16 surrogate
        [0xE2, 0x82],  // truncated at the end of the file
        [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
        [0x80],  // a lone continuation byte
        [0xF0, 0x9F, 0x98, 0x41],  // a truncated emoji: repaired to one U+FFFD, three bytes like the bad ones
    ])
    func invalidSequencesAreRefused(bad: [UInt8]) {
        let result = SourceText.decode(Array("ok\n".utf8) + bad, path: "p")
        #expect(result.failure == Diagnostic(.invalidUTF8(byteOffset: 3), at: SourceLocation(path: "p", line: 2)))
    }

    /// U+FFFD written in the file is valid text, not a sign of a bad byte.
    @Test func replacementCharacterInTheFileIsKept() throws {
        #expect(try decoded(Array("tanda \u{FFFD} asli\r\n".utf8)) == "tanda \u{FFFD} asli\n")
    }

    @Test func crlfLinesCountOnceForTheBadByte() {
        let bytes = Array("a\r\nb\r\n".utf8) + [0xFF]
        #expect(SourceText.decode(bytes, path: "p").failure?.location.line == 3)
    }

    /// Lone CR is a line end too (old Mac editors), so the bad byte's line must count it.
    @Test func loneCRLinesCountForTheBadByte() {
        let bytes = Array("a\rb\rc\r".utf8) + [0xFF]
        #expect(SourceText.decode(bytes, path: "p").failure?.location.line == 4)
    }
}

extension Result {
    /// The error of a failed result, for `#expect` comparisons.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
