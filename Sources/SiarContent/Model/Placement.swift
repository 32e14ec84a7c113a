/// One row of the placements ledger (penayangan): something a partner published under a quota line.
///
/// The loader resolves an empty `contract` column to the one contract covering `published`, so
/// ``contract`` always names a contract of the partner.
public struct Placement: Sendable, Hashable {
    /// Where the review of the placement stands.
    public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
        /// Recorded, waiting for a reviewer.
        case submitted
        case verified
        case rejected
    }

    /// Unique across all ledger files.
    public var id: String
    /// A partner id.
    public var partner: String
    /// A contract number of the partner.
    public var contract: String
    /// A quota line of the contract.
    public var service: QuotaLine.Service
    /// The slug of the press release it carried, if any.
    public var release: String?
    /// The day it first appeared.
    public var published: CalendarDay
    /// Units of the line's unit (days for a banner, spots for a spot); 1 unless written.
    public var quantity: Int
    /// Where it appeared.
    public var url: String?
    /// The evidence (bukti tayang): a path under `Content/` or a URL.
    public var evidence: String?
    /// The day the evidence was submitted.
    public var submitted: CalendarDay?
    public var status: Status
    public var reviewedBy: String?
    public var reviewedAt: CalendarDay?
    /// The submitter's remark.
    public var note: String?
    /// The reviewer's remark: the reason of a rejection.
    public var reviewNote: String?
    /// The ledger file and the line where the row starts (column 1).
    public var location: SourceLocation

    public init(
        id: String, partner: String, contract: String, service: QuotaLine.Service, release: String? = nil,
        published: CalendarDay, quantity: Int = 1, url: String? = nil, evidence: String? = nil,
        submitted: CalendarDay? = nil, status: Status, reviewedBy: String? = nil, reviewedAt: CalendarDay? = nil,
        note: String? = nil, reviewNote: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.partner = partner
        self.contract = contract
        self.service = service
        self.release = release
        self.published = published
        self.quantity = quantity
        self.url = url
        self.evidence = evidence
        self.submitted = submitted
        self.status = status
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.note = note
        self.reviewNote = reviewNote
        self.location = location ?? SourceLocation(path: Self.ledgerPath(year: published.year))
    }

    /// The columns of a ledger file, in the order of its header row (docs/CONTENT.md#the-placements-ledger).
    public static let ledgerColumns = [
        "id", "partner", "contract", "service", "release", "published", "quantity", "url", "evidence", "submitted",
        "status", "reviewed_by", "reviewed_at", "note", "review_note",
    ]

    /// The columns of a ledger file written before `review_note` was added: still read, with the reason
    /// of a rejection in `note`; the service adds the column when it next writes the file.
    public static let legacyLedgerColumns = Array(ledgerColumns.dropLast())

    /// The ledger file a placement belongs in: the year of `published`.
    public static func ledgerPath(year: Int) -> String { SitePaths.ledgerFile(year: year) }
}
