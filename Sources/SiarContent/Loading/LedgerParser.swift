/// Reads one placements ledger, `Content/placements/<yyyy>.csv`, checking every row against the
/// partners, their contracts and the releases.
///
/// Rows are checked one by one; a row with an error yields no placement. Rules that span files (ids
/// unique across years) are the loader's.
struct LedgerParser: Sendable {
    static let folder = SitePaths.placementsFolder
    /// The header, in this order (docs/CONTENT.md#the-placements-ledger).
    static let columns = Placement.ledgerColumns
    static var header: String { columns.joined(separator: ",") }

    /// Partners by id.
    let partners: [String: Partner]
    /// Ids of partner files that exist but could not be read; rows naming them are not checked further,
    /// since the partner file already has its error.
    let unreadablePartners: Set<String>
    /// Every release slug, sorted (for "did you mean").
    let releaseSlugs: [String]
    /// The same slugs, for lookups.
    let releaseSlugSet: Set<String>
    /// Slugs of release files that exist but failed validation; rows naming them get no "unknown release"
    /// warning, since the release's own errors say what to fix.
    let failedReleaseSlugs: Set<String>
    /// Where evidence files are looked up.
    let files: ProjectFiles

    init(
        partners: [Partner], unreadablePartners: Set<String> = [], releaseSlugs: [String],
        failedReleaseSlugs: Set<String> = [], files: ProjectFiles
    ) {
        self.partners = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.unreadablePartners = unreadablePartners
        self.releaseSlugs = releaseSlugs.sorted()
        self.releaseSlugSet = Set(releaseSlugs)
        self.failedReleaseSlugs = failedReleaseSlugs
        self.files = files
    }

    /// The placements of every error-free row, in file order.
    func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [Placement] {
        let year = Self.year(path: path)
        if year == nil {
            let name = String(path.split(separator: "/").last ?? Substring(path))
            diagnostics.append(Diagnostic(.ledgerFileName(name), at: SourceLocation(path: path)))
        }
        let csv = LocatedCSV(text, path: path)
        if let problem = csv.problem { diagnostics.append(problem) }
        guard let header = csv.rows.first else {
            if csv.problem == nil {
                diagnostics.append(Diagnostic(.ledgerHeaderLength(found: 0), at: SourceLocation(path: path, line: 1, column: 1)))
            }
            return []
        }
        guard Self.checkHeader(header, path: path, diagnostics: &diagnostics) else { return [] }
        let width = header.fields.count
        var placements: [Placement] = []
        for row in csv.rows.dropFirst() {
            guard row.fields.count == width else {
                let found = Diagnostic.Reason.wrongColumnCount(found: row.fields.count, expected: width)
                diagnostics.append(Diagnostic(found, at: SourceLocation(path: path, line: row.line, column: 1)))
                continue
            }
            var reader = LedgerRowReader(row: row, parser: self, fileYear: year)
            if let placement = reader.placement() { placements.append(placement) }
            diagnostics += reader.diagnostics
        }
        return placements
    }

    /// True when the first row is exactly the header (or the header of a file written before `review_note`,
    /// ``Placement/legacyLedgerColumns``); otherwise reports the first difference.
    static func checkHeader(_ row: LocatedCSV.Row, path: String, diagnostics: inout [Diagnostic]) -> Bool {
        for (index, expected) in Self.columns.enumerated() {
            guard index < row.fields.count else { break }
            let field = row.fields[index]
            if field.value.trimmingWhitespace != expected {
                diagnostics.append(Diagnostic(.ledgerHeaderColumn(found: field.value, expected: expected), at: field.location))
                return false
            }
        }
        guard row.fields.count == Self.columns.count || row.fields.count == Placement.legacyLedgerColumns.count else {
            diagnostics.append(
                Diagnostic(.ledgerHeaderLength(found: row.fields.count), at: SourceLocation(path: path, line: row.line, column: 1)))
            return false
        }
        return true
    }

    /// `Content/placements/2024.csv` → 2024; nil when the file name is not a four-digit year.
    static func year(path: String) -> Int? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".csv") else { return nil }
        let stem = name.dropLast(4)
        guard stem.count == 4, stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(stem)
    }
}
