import SiarContent
import Testing

/// The RFC 4180 writer of ledger and audit rows reads back through the loader's CSV reader unchanged.
@Suite struct CSVTextTests {
    static let awkward = [
        "plain", "", " spaced ", "comma, inside", "quote \" inside", "\"quoted\"", "line\nbreak",
        "semi;colon", "ünïcödé — Bahasa", "trailing,", ",leading", "\"",
    ]

    @Test func quotesOnlyWhatNeedsQuoting() {
        #expect(CSVText.line(["a", "b,c", "say \"hi\"", ""]) == #"a,"b,c","say ""hi""","#)
    }

    @Test(arguments: awkward)
    func everyValueRoundTrips(_ value: String) {
        let cells = ["x", value, "y"]
        let parsed = CSVText.records(CSVText.line(cells) + "\n", path: "t.csv")
        #expect(parsed.problem == nil)
        #expect(parsed.records == [cells])
    }
}

/// Rows appended or replaced in memory sit where reading the text again finds them.
@Suite struct LedgerTextTests {
    @Test func editedRowsMatchAFreshRead() throws {
        let header = Placement.ledgerColumns.joined(separator: ",")
        let text = header + "\nA,x,,news,,2025-01-01,,,,,submitted,,,\"two\nlines\"\n\nB,x,,news,,2025-01-02,,,,,submitted,,,\nC,x"
        var ledger = try LedgerText(path: "Content/placements/2025.csv", bytes: Array(text.utf8))
        #expect(ledger.rows.map(\.line) == [2, 5, 6])
        let a = try #require(ledger.row(id: "A"))
        let replaced = try ledger.replace(
            a, with: ["A", "x", "", "news", "", "2025-01-01", "", "", "", "", "verified", "r", "2025-01-03", "one, line"])
        let added = try ledger.append(["D", "y", "", "news", "", "2025-01-04", "", "", "", "", "submitted", "", "", "say \"hi\""])
        #expect(replaced.line == 2 && added.line == 6)
        let reread = try LedgerText(path: ledger.path, bytes: ledger.bytes)
        #expect(reread.rows == ledger.rows)
        #expect(reread.text == ledger.text)
        #expect(ledger.rows.map(\.line) == [2, 4, 5, 6])
    }

    @Test func anEmptyFileBecomesAHeader() throws {
        var ledger = try LedgerText(path: "Content/placements/2026.csv", bytes: [])
        #expect(ledger.problem == nil)
        try ledger.append(["P26-0001"] + Array(repeating: "", count: 13))
        #expect(ledger.text == Placement.ledgerColumns.joined(separator: ",") + "\nP26-0001,,,,,,,,,,,,,\n")
    }

    @Test func aWrongHeaderStopsChanges() throws {
        var ledger = try LedgerText(path: "Content/placements/2025.csv", bytes: Array("id,partner\n".utf8))
        #expect(ledger.problem != nil)
        #expect(throws: Diagnostic.self) { try ledger.append(["x"]) }
    }
}
