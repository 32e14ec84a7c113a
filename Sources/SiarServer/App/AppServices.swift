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

    /// Today in the site's timezone (UTC when site.yml cannot be read).
    func today() async -> CalendarDay {
        let offset = await content.current().content?.site.utcOffset ?? 0
        return Timestamp(secondsSinceEpoch: configuration.now(), utcOffset: offset).localDay
    }
}
