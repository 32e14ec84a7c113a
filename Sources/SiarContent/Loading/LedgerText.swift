/// One ledger file as text, changed one row at a time so that every other row keeps its bytes.
///
/// The management service appends a row or replaces one in place; the quoting, spacing and blank lines of
/// the rows it does not touch stay as the last editor left them. The text is held as ``SourceText`` decodes
/// it (LF line ends, no byte-order mark); ``bytes`` puts the byte-order mark and CRLF line ends back when
/// the file had them. Rows are found with the same CSV reading as the loader's.
///
/// A file written before the `review_note` column existed is read with the column added: the header gets
/// it, every row an empty cell, and a rejected row's `note` (which then held the reason) moves into it. So
/// the next write migrates the file; until then the loader reads the old layout with the same meaning.
public struct LedgerText: Sendable, Hashable {
    /// One record of the file and where it is.
    public struct Row: Sendable, Hashable {
        /// The file line where the record starts.
        public let line: Int
        /// The values as written (untrimmed), in file order.
        public let cells: [String]

        /// The lines the record spans: more than 1 when a quoted value holds line breaks.
        public var lineCount: Int { 1 + cells.reduce(0) { $0 + $1.utf8.count { $0 == UInt8(ascii: "\n") } } }

        /// The trimmed value of a ledger column (``Placement/ledgerColumns``), or "" when the row is short.
        public func value(_ column: String) -> String {
            guard let index = Placement.ledgerColumns.firstIndex(of: column), index < cells.count else { return "" }
            return cells[index].trimmingWhitespace
        }
    }

    /// The project path, e.g. `Content/placements/2024.csv`.
    public let path: String
    /// LF line ends, without a byte-order mark.
    public private(set) var text: String
    /// The data rows (after the header), in file order.
    public private(set) var rows: [Row] = []
    /// Why rows cannot be added or replaced safely, if so: broken quoting (the rows after it would be lost)
    /// or a header that is not the ledger's (a new row could not be checked).
    public private(set) var problem: Diagnostic?
    private let hasByteOrderMark: Bool
    private let usesCRLF: Bool

    /// Decodes the bytes of the file at `path`; throws the diagnostic when they are not UTF-8.
    public init(path: String, bytes: [UInt8]) throws(Diagnostic) {
        self.path = path
        self.text = try SourceText.decode(bytes, path: path).get()
        hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        usesCRLF = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } ?? false
        if text.isBlank { text = Self.headerLine }
        read()
    }

    /// A file that does not exist yet: the header row only.
    public init(newFileAt path: String) {
        self.path = path
        self.text = Self.headerLine
        hasByteOrderMark = false
        usesCRLF = false
        read()
    }

    /// The bytes to write, with the byte-order mark and CRLF line ends the file was read with.
    public var bytes: [UInt8] {
        let body = Array((usesCRLF ? text.replacing("\n", with: "\r\n") : text).utf8)
        return hasByteOrderMark ? [0xEF, 0xBB, 0xBF] + body : body
    }

    /// The first row whose `id` is `id`.
    public func row(id: String) -> Row? { rows.first { $0.value("id") == id } }

    /// Adds `cells` as the last row and returns it.
    @discardableResult
    public mutating func append(_ cells: [String]) throws(Diagnostic) -> Row {
        if let problem { throw problem }
        if !text.hasSuffix("\n") { text += "\n" }
        // The new record starts on the line after the last line break; no need to read the file again.
        let row = Row(line: 1 + text.utf8.count { $0 == UInt8(ascii: "\n") }, cells: cells)
        text += CSVText.line(cells) + "\n"
        rows.append(row)
        return row
    }

    /// Writes `cells` over the lines of `row` and returns the new row.
    @discardableResult
    public mutating func replace(_ row: Row, with cells: [String]) throws(Diagnostic) -> Row {
        if let problem { throw problem }
        guard let index = rows.firstIndex(of: row) else { return try append(cells) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = row.line - 1
        lines.replaceSubrange(first..<min(lines.count, first + row.lineCount), with: [Substring(CSVText.line(cells))])
        text = lines.joined(separator: "\n")
        let new = Row(line: row.line, cells: cells)
        let shift = new.lineCount - row.lineCount
        rows[index] = new
        for later in rows.indices where later > index {
            rows[later] = Row(line: rows[later].line + shift, cells: rows[later].cells)
        }
        return new
    }

    private static var headerLine: String { LedgerParser.header + "\n" }

    private mutating func read() {
        let csv = LocatedCSV(text, path: path)
        var diagnostics: [Diagnostic] = []
        problem = csv.problem
        if let header = csv.rows.first, problem == nil,
            !LedgerParser.checkHeader(header, path: path, diagnostics: &diagnostics)
        {
            problem = diagnostics.first
        }
        if problem == nil, let header = csv.rows.first, header.fields.count == Placement.legacyLedgerColumns.count {
            migrate(csv.rows)
            return read()
        }
        rows = csv.rows.dropFirst().map { Row(line: $0.line, cells: $0.fields.map(\.value)) }
    }

    /// Adds `review_note` to the header and to every row of the old width, last row first so that the
    /// line numbers of the rows still to change stay right.
    private mutating func migrate(_ records: [LocatedCSV.Row]) {
        let width = Placement.legacyLedgerColumns.count
        let status = Placement.ledgerColumns.firstIndex(of: "status") ?? 0
        let note = Placement.ledgerColumns.firstIndex(of: "note") ?? 0
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, record) in records.enumerated().reversed() where record.fields.count == width {
            var cells = record.fields.map(\.value)
            if index == 0 {
                cells = Placement.ledgerColumns
            } else if cells[status].trimmingWhitespace == Placement.Status.rejected.rawValue {
                cells.append(cells[note])
                cells[note] = ""
            } else {
                cells.append("")
            }
            let old = Row(line: record.line, cells: record.fields.map(\.value))
            let first = record.line - 1
            lines.replaceSubrange(first..<min(lines.count, first + old.lineCount), with: [Substring(CSVText.line(cells))])
        }
        text = lines.joined(separator: "\n")
    }
}
