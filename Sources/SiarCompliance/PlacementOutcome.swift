import SiarContent

/// What the rules made of one placement: how many of its units count, and the finding that stopped the
/// rest.
///
/// Exactly one outcome per placement: either everything counts (`finding` is nil), or `finding` names
/// the first rule that failed. Only `OVER_TARGET` can leave part of a placement counted (the part that
/// still fitted the target).
public struct PlacementOutcome: Sendable, Hashable {
    public let placement: Placement
    /// Units counted toward the line; `placement.quantity` minus the finding's quantity.
    public let counted: Int
    /// The finding that stopped (part of) the placement from counting.
    public let finding: Finding?
    /// The partner's Dewan Pers status when the placement appeared.
    public let pressCouncil: Partner.PressCouncil

    public init(placement: Placement, counted: Int, finding: Finding?, pressCouncil: Partner.PressCouncil) {
        self.placement = placement
        self.counted = counted
        self.finding = finding
        self.pressCouncil = pressCouncil
    }

    /// The warning about the press company, when it is not verified by Dewan Pers.
    public var warning: Finding? {
        guard pressCouncil == .notVerified else { return nil }
        return Finding(.notVerifiedMedia, about: placement, quantity: 0)
    }
}
