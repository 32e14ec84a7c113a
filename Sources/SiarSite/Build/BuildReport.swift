import SiarContent

/// What a build did, for the closing lines of `siar build`.
public struct BuildReport: Sendable {
    /// An embargoed release and the moment it becomes public.
    public struct Embargo: Sendable, Hashable {
        public var title: String
        public var path: String
        public var date: Timestamp
    }

    /// Written pages per kind (`release`, `home`, `taxonomy`, …), sorted by kind.
    public var pagesByKind: [(kind: String, count: Int)]
    /// All files of the output, pages, feeds and copied assets included (kept ones too).
    public var filesWritten: Int
    public var skippedDrafts: Int
    public var expired: Int
    /// Embargoed releases, soonest first.
    public var embargoed: [Embargo]
    /// Wall and CPU seconds of one pipeline stage.
    public struct StageTiming: Sendable {
        public var stage: String
        public var seconds: Double
        /// User and system time of the process during the stage (both cores: up to twice `seconds`).
        public var cpuSeconds: Double
    }

    /// The time of each pipeline stage, in pipeline order.
    public var timings: [StageTiming]
    /// The output folder.
    public var output: String
    public var asOf: Timestamp
    /// Pages an incremental build kept from the previous output instead of rendering them again.
    public var reusedPages = 0
    /// Feeds, sitemaps, indexes and copied files kept from the previous output.
    public var reusedFiles = 0

    public var pageCount: Int { pagesByKind.reduce(0) { $0 + $1.count } }
    /// Pages rendered by this build.
    public var renderedPages: Int { pageCount - reusedPages }
    public var totalSeconds: Double { timings.reduce(0) { $0 + $1.seconds } }

    /// The number of pages of each kind in `specs`, sorted by kind.
    static func pagesByKind(_ specs: [PageSpec]) -> [(kind: String, count: Int)] {
        var kinds: [String: Int] = [:]
        for spec in specs { kinds[spec.kind, default: 0] += 1 }
        return kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// The outcome of `SiteBuilder.build()` or `check()`.
public struct BuildResult: Sendable {
    public var diagnostics: DiagnosticReport
    /// Nil when the build stopped on errors (the previous output is untouched).
    public var report: BuildReport?

    public var succeeded: Bool { report != nil && !diagnostics.hasErrors }
}
