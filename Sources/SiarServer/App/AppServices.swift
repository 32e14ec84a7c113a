import SiarContent

/// Everything the handlers share: the stores, the session table, the preview and the views.
///
/// Built once per application; every member is `Sendable` (actors and value types), so the route closures
/// can capture it.
package final class AppServices: Sendable {
    package let configuration: ServerConfiguration
    package let files: ProjectFiles
    package let users: UserStore
    package let ledger: LedgerStore
    package let evidence: EvidenceStore
    package let sessions: SessionStore
    package let throttle: LoginThrottle
    package let content: ContentCache
    package let views: ManagementViews
    /// Nil when the preview is off.
    package let preview: PreviewSite?

    package init(configuration: ServerConfiguration) {
        self.configuration = configuration
        let root = configuration.root
        files = ProjectFiles(root: root)
        users = UserStore(root: root, bcryptCost: configuration.bcryptCost)
        ledger = LedgerStore(root: root, now: configuration.now)
        evidence = EvidenceStore(root: root, limit: configuration.evidenceLimit)
        sessions = SessionStore(
            root: root, idleSeconds: configuration.sessionIdleSeconds, maximumSeconds: configuration.sessionMaximumSeconds,
            now: configuration.now)
        throttle = LoginThrottle(
            attempts: configuration.loginAttempts, addressAttempts: configuration.loginAddressAttempts,
            maximumRecords: configuration.loginRecordLimit, now: configuration.now)
        content = ContentCache(root: root)
        views = ManagementViews(root: root)
        preview = configuration.preview ? PreviewSite(root: root, output: configuration.previewFolder) : nil
    }

    var authenticator: Authenticator { Authenticator(users: users, sessions: sessions) }

    /// Removes uploads no ledger row has named for a day (``EvidenceStore/sweep(keeping:now:)``); run at
    /// start-up and after every upload. A ledger that cannot be read keeps every file.
    @discardableResult
    package func sweepEvidence() async -> [String] {
        guard let referenced = try? await ledger.referencedEvidence() else { return [] }
        return evidence.sweep(keeping: referenced, now: configuration.now())
    }

    /// Today in the site's timezone, also while a release or site.yml has errors (the last timezone that
    /// loaded); UTC only when site.yml never loaded.
    func today() async -> CalendarDay { await now().localDay }

    /// The current time in the site's timezone, as ``today()`` decides it.
    func now() async -> Timestamp {
        Timestamp(secondsSinceEpoch: configuration.now(), utcOffset: await content.utcOffset() ?? 0)
    }
}
