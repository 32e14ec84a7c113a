import SiarCompliance
import SiarContent

/// The content as the management pages show it: loaded with ``ContentLoader`` and kept until a file under
/// `Content/` changes (the ledger included, so a placement written by the service shows at once).
///
/// Loading reads every release; the actor runs it on a queue of its own, off the threads that serve requests.
package actor ContentCache {
    let root: String
    private var cache = FileStampCache<ContentLoader.Result>()
    /// The UTC offset of the last `Content/site.yml` that loaded, kept while the file is broken.
    private var lastOffset: Int?
    private let executor = QueueExecutor(label: "siar.content")
    package nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    init(root: String) {
        self.root = root
    }

    /// The content and its diagnostics as on disk now.
    package func current() -> ContentLoader.Result {
        let files = ProjectFiles(root: root)
        let stamps = FileStamp.of(files.files(under: SitePaths.contentFolder, suffix: ""), root: root)
        if let kept = cache.value(at: stamps) { return kept }
        let result = ContentLoader(root: root).load()
        cache.store(result, at: stamps)
        if let site = result.parsed?.site { lastOffset = site.utcOffset }
        return result
    }

    /// The site's UTC offset: from `Content/site.yml`, or the last one that loaded while it is broken;
    /// nil only when it never loaded.
    package func utcOffset() -> Int? {
        current().parsed?.site.utcOffset ?? lastOffset
    }

    /// The compliance report for `asOf`, when the content loads without errors.
    ///
    /// - Throws: ``ContentErrors`` (409) when the content has errors, as `siar compliance` refuses to report then.
    package func report(asOf: CalendarDay) throws -> ComplianceReport {
        let result = current()
        guard let content = result.content, !result.hasErrors else {
            throw ContentErrors(diagnostics: DiagnosticReport(result.diagnostics.filter { $0.severity == .error }).diagnostics)
        }
        return ComplianceReport(content: content, asOf: asOf)
    }
}
