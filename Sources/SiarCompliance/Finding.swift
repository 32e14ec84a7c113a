import SiarContent

/// Why a placement does not count (in full) toward its quota line, or a warning about it.
///
/// Every placement gets at most one finding that stops it counting (docs/COMPLIANCE.md#counting-order, rules 2–7, first failing
/// rule wins); `NOT_VERIFIED_MEDIA` is a warning on top and never changes a figure. The wording, in
/// Indonesian for the public `/mitra/` pages, lives in `Finding+Reason.swift`.
public struct Finding: Sendable, Hashable {
    /// The stable code of a finding, as printed in JSON and CSV.
    public enum Code: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
        case outOfPeriod = "OUT_OF_PERIOD"
        case pending = "PENDING"
        case rejected = "REJECTED"
        case missingEvidence = "MISSING_EVIDENCE"
        case lateEvidence = "LATE_EVIDENCE"
        case duplicate = "DUPLICATE"
        case unknownRelease = "UNKNOWN_RELEASE"
        case beforeRelease = "BEFORE_RELEASE"
        case overTarget = "OVER_TARGET"
        case notVerifiedMedia = "NOT_VERIFIED_MEDIA"

        /// True for a warning that leaves the placement's count unchanged.
        public var isWarning: Bool { self == .notVerifiedMedia }

        /// Codes sort in rule order.
        public static func < (lhs: Code, rhs: Code) -> Bool {
            let order = allCases
            return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
        }
    }

    /// What was found, with the values its message needs.
    public enum Reason: Sendable, Hashable {
        case outOfPeriod(start: CalendarDay, end: CalendarDay)
        case pending
        case rejected(note: String?)
        case missingEvidence
        case lateEvidence(submitted: CalendarDay, deadline: CalendarDay)
        /// A second record of the placement with this id.
        case duplicate(of: String)
        case unknownRelease(String)
        case beforeRelease(slug: String, released: CalendarDay)
        /// `excess` units beyond the line's `target`.
        case overTarget(target: Int, excess: Int)
        case notVerifiedMedia
    }

    public let reason: Reason
    /// The placement id.
    public let placement: String
    public let partner: String
    public let contract: String
    public let service: QuotaLine.Service
    public let published: CalendarDay
    /// The units that do not count because of this finding; 0 for a warning.
    public let quantity: Int

    public init(
        _ reason: Reason, placement: String, partner: String, contract: String, service: QuotaLine.Service,
        published: CalendarDay, quantity: Int
    ) {
        self.reason = reason
        self.placement = placement
        self.partner = partner
        self.contract = contract
        self.service = service
        self.published = published
        self.quantity = quantity
    }

    /// The finding about `placement`, which leaves `quantity` of its units uncounted.
    init(_ reason: Reason, about placement: Placement, quantity: Int) {
        self.init(
            reason, placement: placement.id, partner: placement.partner, contract: placement.contract,
            service: placement.service, published: placement.published, quantity: quantity)
    }

    public var code: Code { reason.code }
    /// One Indonesian sentence for the public.
    public var message: String { reason.message }

    /// By day published, then placement id, then code: the order of every list of findings.
    public static func inOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.published != b.published { return a.published < b.published }
        if a.placement != b.placement { return a.placement < b.placement }
        return a.code < b.code
    }
}
