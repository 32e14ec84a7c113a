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

    /// The records of `text` (LF line ends, as ``SourceText`` returns it), blank lines skipped, up to the
    /// first broken quoting, which is returned as a diagnostic at `path`.
    public static func records(_ text: String, path: String) -> (records: [[String]], problem: Diagnostic?) {
        let csv = LocatedCSV(text, path: path)
        return (csv.rows.map { $0.fields.map(\.value) }, csv.problem)
    }
}
