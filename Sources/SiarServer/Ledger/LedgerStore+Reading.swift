import SiarContent

extension LedgerStore {
    /// Every placement without errors, in ledger order; partner users get only their own partner's.
    public func all(by user: User) throws -> [Placement] {
        try current().result.placements.filter { user.mayRead(partner: $0.partner) }
    }

    /// The placements of `partner`, in ledger order.
    public func placements(partner: String, by user: User) throws -> [Placement] {
        guard user.mayRead(partner: partner) else {
            throw AccessError.forbidden("user '\(user.name)' can only see the placements of partner '\(user.partner ?? "")'")
        }
        return try current().result.placements.filter { $0.partner == partner }
    }

    /// The placement with `id`.
    public func placement(id: String, by user: User) throws -> Placement {
        guard let placement = try current().placement(id), user.mayRead(partner: placement.partner) else {
            throw AccessError.notFound("no placement '\(id)'")
        }
        return placement
    }

    /// Who added the placement through the service (from the audit trail); nil for rows written by hand.
    ///
    /// With ``User/mayReview(submittedBy:)`` it tells whether to offer a user the verify and reject actions.
    public func submitter(of id: String) throws -> String? { try current().submitters[id] }

    /// The audit trail, oldest first; partner users get only the entries of their partner's placements.
    public func auditTrail(by user: User) throws -> [AuditEntry] {
        let snapshot = try current()
        guard user.role == .partner else { return snapshot.audit }
        let partners = snapshot.partners
        return snapshot.audit.filter { partners[$0.placement].map(user.mayRead(partner:)) ?? false }
    }

    /// The `evidence` of every ledger row, rows with errors included, so that no named file is swept away.
    public func referencedEvidence() throws -> Set<String> {
        Set(try current().ledgers.values.flatMap { $0.rows.map { $0.value("evidence") } })
    }

    /// What `siar check` reports about the ledger and the partner files now, sorted; for managers.
    public func problems(by user: User) throws -> [Diagnostic] {
        guard user.role == .manager else { throw AccessError.forbidden("only managers see the problems of the ledger") }
        return DiagnosticReport(try current().result.diagnostics).diagnostics
    }
}
