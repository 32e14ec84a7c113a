/// The role rules of the management service, in one place. The stores enforce them (defence in depth);
/// the HTTP layer uses them to answer 403 early and to show only the actions a user may take.
extension User {
    /// Everyone signed in reads the placements of every partner, except partner users, who see only their own.
    public func mayRead(partner: String) -> Bool { role != .partner || self.partner == partner }

    /// Managers and writers record placements for any partner; partner users for their own partner only.
    public func mayAdd(partner: String) -> Bool {
        switch role {
        case .manager, .writer: true
        case .partner: self.partner == partner
        case .viewer: false
        }
    }

    /// Only managers verify or reject, and never a placement they submitted themselves.
    ///
    /// - Parameter submitter: who added the placement through the service (from the audit trail); nil
    ///   for rows written by hand.
    public func mayReview(submittedBy submitter: String?) -> Bool { role == .manager && submitter != name }
}
