/// Why a release is not on the public site at a given time.
public enum ReleaseVisibility: Sendable, Hashable {
    case published
    case draft
    /// Dated after the as-of time; public from `date`.
    case embargoed
    /// Past its `expires` day.
    case expired
}

extension Release {
    /// Whether the release is public at `asOf`, given the build's `--drafts` and `--future` flags.
    ///
    /// `expires` is inclusive: the release is shown through that day in its own timezone.
    public func visibility(asOf: Timestamp, includeDrafts: Bool = false, includeFuture: Bool = false) -> ReleaseVisibility {
        if draft && !includeDrafts { return .draft }
        if date > asOf && !includeFuture { return .embargoed }
        if let expires, asOf.at(offset: date.utcOffset).localDay > expires { return .expired }
        return .published
    }
}
