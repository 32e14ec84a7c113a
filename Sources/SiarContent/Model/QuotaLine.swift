/// One deliverable of a contract (rincian pekerjaan): a service, its unit, a target volume and a unit price.
public struct QuotaLine: Sendable, Hashable {
    /// What the partner publishes.
    public enum Service: String, Sendable, Hashable, CaseIterable, Codable {
        case advertorial
        case news
        case banner
        case runningText = "running-text"
        case spot
        case talkshow
        case photoGallery = "photo-gallery"
        case subscription
        case socialPost = "social-post"
    }

    /// What one unit of the target is: an item, a day a banner is up, a second of airtime, a spot, an
    /// episode, a copy of a newspaper, or a millimetre-column of print.
    public enum Unit: String, Sendable, Hashable, CaseIterable, Codable {
        case item
        case day
        case second
        case spot
        case episode
        case copy
        case mmColumn = "mm-column"
    }

    public var service: Service
    public var unit: Unit
    /// The volume the contract buys, in `unit`s; above 0.
    public var target: Int
    /// Whole rupiah per unit; above 0.
    public var unitPrice: Int
    /// Days after `published` within which the evidence must be submitted.
    public var evidenceDays: Int

    public init(service: Service, unit: Unit, target: Int, unitPrice: Int, evidenceDays: Int) {
        self.service = service
        self.unit = unit
        self.target = target
        self.unitPrice = unitPrice
        self.evidenceDays = evidenceDays
    }

    /// target × unit price.
    public var value: Int { target * unitPrice }
}
