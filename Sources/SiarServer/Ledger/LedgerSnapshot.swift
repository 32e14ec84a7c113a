import SiarContent

/// The ledger as the store last read it, and the checks made on it.
///
/// The stamps say when it must be read again: any change to `Content/site.yml`, a partner or a release
/// file means a new ``LedgerValidator``; any change to a ledger file or the audit trail means reading
/// the ledger again.
struct LedgerSnapshot: Sendable {
    var contextStamps: [String: FileStamp?]
    var validator: LedgerValidator
    var ledgerStamps: [String: FileStamp?]
    /// The ledger files that are UTF-8, by project path.
    var ledgers: [String: LedgerText]
    /// The diagnostics of ledger files that are not UTF-8 (they cannot be changed).
    var unreadable: [String: Diagnostic]
    var audit: [AuditEntry]
    /// ``check(_:)`` of ``ledgers``.
    var result: LedgerValidator.Result

    init(
        contextStamps: [String: FileStamp?], validator: LedgerValidator, ledgerStamps: [String: FileStamp?],
        ledgers: [String: LedgerText], unreadable: [String: Diagnostic], audit: [AuditEntry]
    ) {
        self.contextStamps = contextStamps
        self.validator = validator
        self.ledgerStamps = ledgerStamps
        self.ledgers = ledgers
        self.unreadable = unreadable
        self.audit = audit
        self.result = Self.check(ledgers, validator: validator, unreadable: unreadable)
    }

    /// The rules of `siar check` over `ledgers` (and the unreadable files).
    func check(_ ledgers: [String: LedgerText]) -> LedgerValidator.Result {
        Self.check(ledgers, validator: validator, unreadable: unreadable)
    }

    private static func check(
        _ ledgers: [String: LedgerText], validator: LedgerValidator, unreadable: [String: Diagnostic]
    ) -> LedgerValidator.Result {
        var result = validator.check(ledgers.mapValues(\.text))
        result.diagnostics += unreadable.values
        return result
    }

    /// The loaded placement with `id` (rows with errors have none).
    func placement(_ id: String) -> Placement? { result.placements.first { $0.id == id } }

    /// The first row with `id`, in file and line order, and its file.
    func row(id: String) -> (LedgerText, LedgerText.Row)? {
        for path in ledgers.keys.sorted() {
            if let ledger = ledgers[path], let row = ledger.row(id: id) { return (ledger, row) }
        }
        return nil
    }

    /// The partner of every row, by id.
    var partners: [String: String] {
        var partners: [String: String] = [:]
        for ledger in ledgers.values {
            for row in ledger.rows where partners[row.value("id")] == nil { partners[row.value("id")] = row.value("partner") }
        }
        return partners
    }

    /// Ids of every row and every audit entry.
    var takenIDs: Set<String> {
        Set(ledgers.values.flatMap { $0.rows.map { $0.value("id") } }).union(audit.map(\.placement))
    }

    /// Who added each placement through the service, from the audit trail.
    var submitters: [String: String] {
        var submitters: [String: String] = [:]
        for entry in audit where entry.action == .add && submitters[entry.placement] == nil {
            submitters[entry.placement] = entry.user
        }
        return submitters
    }
}
