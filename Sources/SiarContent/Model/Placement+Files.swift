extension Placement {
    /// The folder of the ledger files, `Content/placements`.
    public static let ledgerFolder = LedgerParser.folder

    /// The audit trail of the management service, `Content/placements/audit.csv`: beside the ledger, but
    /// never read as a ledger year.
    public static let auditTrailPath = ledgerFolder + "/audit.csv"

    /// The year a ledger path names (`Content/placements/2024.csv` → 2024); nil for any other file.
    public static func ledgerYear(path: String) -> Int? {
        path.hasPrefix(ledgerFolder + "/") ? LedgerParser.year(path: path) : nil
    }
}
