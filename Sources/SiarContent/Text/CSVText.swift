/// CSV text as the ledger and the audit trail use it: RFC 4180 quoting, read with the same library as the
/// loader.
public enum CSVText {
    /// One record, without a line end: a value is quoted only when it holds `"`, `,`, CR or LF, and a `"`
    /// inside it is doubled.
    ///
    /// `["a", "b,c", "say \"hi\""]` → `a,"b,c","say ""hi"""`.
    public static func line(_ cells: [String]) -> String {
        cells.map { cell in
            let needsQuotes = cell.unicodeScalars.contains { $0 == "\"" || $0 == "," || $0 == "\n" || $0 == "\r" }
            guard needsQuotes else { return cell }
            return "\"" + cell.replacing("\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// True when a spreadsheet would run `value` as a formula: its first Unicode scalar (not its first
    /// character, which may hide an `=` under a combining mark or a zero-width joiner) is `=`, `+`, `-`,
    /// `@`, a tab or a carriage return.
    public static func startsLikeFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    /// `value` made safe for a spreadsheet: prefixed with `'` when it ``startsLikeFormula(_:)``.
    public static func neutralised(_ value: String) -> String { startsLikeFormula(value) ? "'" + value : value }

    /// ``line(_:)`` for an export: every cell ``neutralised(_:)`` first. The ledger files themselves are
    /// written with ``line(_:)``, unchanged, since they are data, not a download.
    public static func exportLine(_ cells: [String]) -> String { line(cells.map(neutralised)) }

    /// The records of `text` (LF line ends, as ``SourceText`` returns it), blank lines skipped, up to the
    /// first broken quoting, which is returned as a diagnostic at `path`.
    public static func records(_ text: String, path: String) -> (records: [[String]], problem: Diagnostic?) {
        let csv = LocatedCSV(text, path: path)
        return (csv.rows.map { $0.fields.map(\.value) }, csv.problem)
    }
}
