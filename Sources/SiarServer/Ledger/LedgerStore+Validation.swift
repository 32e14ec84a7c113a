import SiarContent

/// Step 4 of a change: the rules of `siar check`, plus the few the service adds for what arrives from the web.
extension LedgerStore {
    /// The check of the ledger with `change` applied; throws the errors it would add.
    func validate(_ change: Change, in snapshot: LedgerSnapshot) throws -> LedgerValidator.Result {
        var ledgers = snapshot.ledgers
        ledgers[change.ledger.path] = change.ledger
        let after = snapshot.check(ledgers)
        let before = Set(snapshot.result.diagnostics.map { moved($0, by: change) })
        // The service's own wording of a column wins over the loader's for the same cell: one message a field.
        let own = change.checks.compactMap { column, reason in reason.map { (column: column, reason: $0) } }
        let ownColumns = Set(own.map(\.column))
        var added = after.diagnostics.filter { diagnostic in
            diagnostic.severity == .error && !before.contains(diagnostic)
                && !ownColumns.contains(field(of: diagnostic, in: change) ?? "")
        }
        added += own.map { Diagnostic($0.reason, at: location(of: $0.column, in: change), severity: .error) }
        if added.isEmpty, !after.placements.contains(where: { $0.id == change.id }) {
            // The loader skips, without a diagnostic of its own, rows that name a partner whose file is broken.
            let partnerFile = SitePaths.partnerFile(change.row.value("partner"))
            added = after.diagnostics.filter { $0.severity == .error && $0.location.path == partnerFile }
            if added.isEmpty { added = after.diagnostics.filter { $0.severity == .error } }
        }
        guard added.isEmpty else {
            throw ValidationFailure(added.map { ValidationFailure.Problem(diagnostic: $0, field: field(of: $0, in: change)) })
        }
        return after
    }

    /// A diagnostic of the ledger before the change, moved to where it is after it: rows below a replaced
    /// row move when the new row spans fewer or more lines.
    func moved(_ diagnostic: Diagnostic, by change: Change) -> Diagnostic {
        guard let replaced = change.replaced, diagnostic.location.path == change.ledger.path,
            diagnostic.location.line > replaced.line
        else { return diagnostic }
        var moved = diagnostic
        moved.location.line += change.row.lineCount - replaced.lineCount
        return moved
    }

    /// Where a column of the changed row starts.
    func location(of column: String, in change: Change) -> SourceLocation {
        let index = Placement.ledgerColumns.firstIndex(of: column) ?? 0
        return SourceLocation(path: change.ledger.path, line: change.row.line, column: Self.columnStarts(change.row)[index])
    }

    /// The ledger column of the changed row a diagnostic points at, if it points at that row.
    func field(of diagnostic: Diagnostic, in change: Change) -> String? {
        guard diagnostic.location.path == change.ledger.path, diagnostic.location.line == change.row.line else { return nil }
        let starts = Self.columnStarts(change.row)
        guard let index = starts.lastIndex(where: { $0 <= diagnostic.location.column }) else { return nil }
        return index < Placement.ledgerColumns.count ? Placement.ledgerColumns[index] : nil
    }

    /// The 1-based character column where each cell of a row written by ``CSVText/line(_:)`` starts.
    static func columnStarts(_ row: LedgerText.Row) -> [Int] {
        (0..<row.cells.count).map { index in index == 0 ? 1 : CSVText.line(Array(row.cells[..<index])).count + 2 }
    }

    /// A value a spreadsheet would run as a formula (CSV injection), in a column the ledger rules leave free;
    /// decided by the first Unicode scalar, so an `=` under a combining mark or before a zero-width joiner
    /// is caught too.
    static func formulaProblem(_ value: String, column: String) -> Diagnostic.Reason? {
        guard CSVText.startsLikeFormula(value) else { return nil }
        return .wrongType(
            key: column,
            expected: "text that does not start with '=', '+', '-', '@', a tab or a line break (a spreadsheet would run it as a formula)")
    }

    /// The most characters a column written through the service may hold; the ledger stays small enough
    /// to be rewritten on every change. (`published` and `quantity` are bounded by the loader's rules, `NumberLimits`.)
    static let lengthLimits = [
        "partner": 64, "contract": 128, "service": 64, "release": 128, "url": 2_048, "evidence": 2_048, "note": 2_000,
        "review_note": 2_000,
    ]

    /// A value longer than ``lengthLimits`` allows for `column`.
    static func lengthProblem(_ value: String, column: String) -> Diagnostic.Reason? {
        guard let limit = lengthLimits[column], value.count > limit else { return nil }
        return .wrongType(key: column, expected: "at most \(limit) characters long (it has \(value.count)); shorten it")
    }

    /// Every rule of the service for the columns a person fills in, by column (nil: fine).
    func inputProblems(_ values: [String: String]) -> [(column: String, problem: Diagnostic.Reason?)] {
        var problems: [(column: String, problem: Diagnostic.Reason?)] = []
        for column in Placement.ledgerColumns {
            guard let value = values[column], !value.isEmpty else { continue }
            problems.append((column, Self.lengthProblem(value, column: column)))
            if ["contract", "release", "url", "evidence", "note", "review_note"].contains(column) {
                problems.append((column, Self.formulaProblem(value, column: column)))
            }
        }
        let evidence = values["evidence"] ?? ""
        if Self.lengthProblem(evidence, column: "evidence") == nil {
            problems.append(("evidence", EvidenceRule.problem(evidence, partner: values["partner"] ?? "", files: files)))
        }
        return problems
    }
}
