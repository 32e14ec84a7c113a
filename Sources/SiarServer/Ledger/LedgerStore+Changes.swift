import SiarContent

extension LedgerStore {
    /// Records a new placement with a fresh id, `submitted` today and status `submitted`.
    ///
    /// - Throws: ``AccessError`` (403) when the user may not record placements for the partner;
    ///   ``ValidationFailure`` (422) when the row would have errors.
    public func add(_ draft: PlacementDraft, by user: User) throws -> Placement {
        var values = draft.cells
        if user.role == .partner, values["partner"]?.isEmpty ?? true { values["partner"] = user.partner }
        let partner = values["partner"] ?? ""
        guard user.mayAdd(partner: partner) else {
            throw AccessError.forbidden(
                user.role == .viewer
                    ? "user '\(user.name)' is a viewer and cannot record placements"
                    : "user '\(user.name)' can only record placements for partner '\(user.partner ?? "")'")
        }
        return try commit { snapshot, now in try addition(values, by: user, in: snapshot, now: now) }
    }

    /// Marks a submitted placement verified by `user` today.
    ///
    /// - Throws: ``AccessError``: 403 unless a manager other than the submitter, 404 for an unknown id,
    ///   409 when the placement is not `submitted` or its row has errors.
    public func verify(id: String, by user: User) throws -> Placement {
        try review(id: id, status: .verified, note: nil, by: user)
    }

    /// Marks a submitted placement rejected by `user` today, with the reason in `review_note` (required);
    /// the submitter's `note` stays as it was.
    ///
    /// - Throws: like ``verify(id:by:)``, and ``ValidationFailure`` when `note` is empty.
    public func reject(id: String, note: String, by user: User) throws -> Placement {
        try review(id: id, status: .rejected, note: PlacementDraft.clean(note), by: user)
    }

    private func review(id: String, status: Placement.Status, note: String?, by user: User) throws -> Placement {
        let verb = status == .verified ? "verify" : "reject"
        guard user.role == .manager else {
            throw AccessError.forbidden("only managers can \(verb) placements; user '\(user.name)' is a \(user.role.rawValue)")
        }
        return try commit { snapshot, now in
            try reviewing(id: id, status: status, note: note, by: user, in: snapshot, now: now)
        }
    }

    // MARK: Steps

    /// The new row of ``add(_:by:)``: a fresh id, `submitted` today, status `submitted`.
    private func addition(_ draft: [String: String], by user: User, in snapshot: LedgerSnapshot, now: Timestamp) throws
        -> Change
    {
        var values = draft
        let checks = inputProblems(values)
        let year = Self.day(values["published"] ?? "")?.year ?? now.localDay.year
        let id = PlacementID.next(year: year, taken: snapshot.takenIDs)
        values["id"] = id
        values["submitted"] = now.localDay.description
        values["status"] = Placement.Status.submitted.rawValue
        let cells = Placement.ledgerColumns.map { values[$0] ?? "" }
        var ledger = try snapshot.ledger(Placement.ledgerPath(year: year))
        let row: LedgerText.Row
        do { row = try ledger.append(cells) } catch { throw ValidationFailure([error]) }
        let written = zip(Placement.ledgerColumns, cells).dropFirst().filter { !$0.1.isEmpty }
        let entry = AuditEntry(
            time: now.iso8601, user: user.name, action: .add, placement: id,
            fields: written.map { AuditEntry.Field(key: $0.0, value: $0.1) })
        return Change(ledger: ledger, row: row, replaced: nil, id: id, entry: entry, checks: checks)
    }

    /// The changed row of ``verify(id:by:)`` and ``reject(id:note:by:)``.
    private func reviewing(
        id: String, status: Placement.Status, note: String?, by user: User, in snapshot: LedgerSnapshot, now: Timestamp
    ) throws -> Change {
        let verb = status == .verified ? "verify" : "reject"
        guard let (found, row) = snapshot.row(id: id) else { throw AccessError.notFound("no placement '\(id)'") }
        guard let placement = snapshot.placement(id) else {
            throw AccessError.conflict("placement '\(id)' has errors in its ledger row; fix them first (see 'siar check')")
        }
        guard placement.status == .submitted else {
            let by = placement.reviewedBy.map { " by '\($0)'" } ?? ""
            throw AccessError.conflict(
                "placement '\(id)' is already \(placement.status.rawValue)\(by); only submitted placements can be reviewed")
        }
        guard user.mayReview(submittedBy: snapshot.submitters[id]) else {
            throw AccessError.forbidden("user '\(user.name)' submitted placement '\(id)'; another manager must \(verb) it")
        }
        var changed: [(key: String, value: String)] = [
            ("status", status.rawValue), ("reviewed_by", user.name), ("reviewed_at", now.localDay.description),
        ]
        if let note { changed.append(("review_note", note)) }
        var cells = row.cells + Array(repeating: "", count: max(0, Placement.ledgerColumns.count - row.cells.count))
        for (column, value) in changed {
            if let index = Placement.ledgerColumns.firstIndex(of: column) { cells[index] = value }
        }
        var ledger = found
        let written: LedgerText.Row
        do { written = try ledger.replace(row, with: cells) } catch { throw ValidationFailure([error]) }
        var checks: [(column: String, problem: Diagnostic.Reason?)] = []
        if let note {
            checks.append((column: "review_note", problem: note.isEmpty ? .rejectedWithoutNote : nil))
            checks += inputProblems(["review_note": note]).filter { $0.column == "review_note" }
        }
        let entry = AuditEntry(
            time: now.iso8601, user: user.name, action: status == .verified ? .verify : .reject, placement: id,
            fields: changed.map { AuditEntry.Field(key: $0.key, value: $0.value) })
        return Change(ledger: ledger, row: written, replaced: row, id: id, entry: entry, checks: checks)
    }

    /// One change, ready to be checked and written.
    struct Change {
        /// The changed ledger file.
        var ledger: LedgerText
        /// The row as it will be written.
        var row: LedgerText.Row
        /// The row it replaces, if it replaces one.
        var replaced: LedgerText.Row?
        var id: String
        var entry: AuditEntry
        /// Rules of the service on top of `siar check`, by column (nil: fine).
        var checks: [(column: String, problem: Diagnostic.Reason?)]
    }

    /// Runs `make` on the current ledger under the lock, checks and writes its change, and returns the
    /// placement as the loader reads it back.
    private func commit(_ make: (LedgerSnapshot, Timestamp) throws -> Change) throws -> Placement {
        let folder = try PrivateFolder.ensure(root: root)
        return try FileLock(path: folder + "/ledger.lock").withLock {
            for _ in 0..<3 {
                let snapshot = try current()
                let change = try make(snapshot, try clock(snapshot))
                let result = try validate(change, in: snapshot)
                let path = change.ledger.path
                // An editor may have saved the file while the change was being checked: start again from its text.
                guard FileStamp(path: files.fileSystemPath(path)) == snapshot.ledgerStamps[path] ?? nil else { continue }
                try write(change, checked: result, over: snapshot)
                guard let placement = result.placements.first(where: { $0.id == change.id }) else {
                    throw AccessError.notFound("placement '\(change.id)' was written but cannot be read back; see 'siar check'")
                }
                return placement
            }
            throw AccessError.conflict("the ledger keeps changing on disk; try again in a moment")
        }
    }

    /// Writes the audit entry, then the ledger file, and keeps what was written as the new snapshot.
    ///
    /// The entry goes first so that no change is ever saved without its record: when the append fails
    /// nothing is written; when the ledger write fails after it, the trail holds an entry whose change the
    /// ledger lacks (an attempt, visible as such), never the reverse.
    private func write(_ change: Change, checked result: LedgerValidator.Result, over snapshot: LedgerSnapshot) throws {
        let path = change.ledger.path
        try AtomicFile.makeFolders(files.fileSystemPath(Placement.ledgerFolder))
        try trail.append(change.entry)
        var next = snapshot
        next.audit.append(change.entry)
        next.ledgerStamps[AuditTrail.path] = FileStamp(path: files.fileSystemPath(AuditTrail.path))
        self.snapshot = next
        try AtomicFile.write(change.ledger.bytes, to: files.fileSystemPath(path))
        next.ledgers[path] = change.ledger
        next.result = result
        next.ledgerStamps[path] = FileStamp(path: files.fileSystemPath(path))
        self.snapshot = next
    }

    /// A `YYYY-MM-DD` day, read as the ledger reads it.
    static func day(_ text: String) -> CalendarDay? {
        guard text.utf8.count == 10, case .success(let stamp) = DateParser.parse(text, defaultOffset: 0), !stamp.hasTime
        else { return nil }
        return stamp.localDay
    }
}

extension LedgerSnapshot {
    /// The text of a ledger file to change: as read, or a new file; throws for a file that is not UTF-8.
    func ledger(_ path: String) throws -> LedgerText {
        if let diagnostic = unreadable[path] { throw ValidationFailure([diagnostic]) }
        return ledgers[path] ?? LedgerText(newFileAt: path)
    }
}
