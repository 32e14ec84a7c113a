import ServiceLifecycle
import SiarContent

/// The service that builds the preview when the server starts, then polls `Content/` and `Templates/`
/// (sizes, times and inodes of every file, every ``interval``) and rebuilds on any change.
///
/// Polling needs no platform API and sees edits from editors, `git checkout` and the service's own ledger
/// writes alike; two stats per file twice a second cost nothing at press-office sizes.
struct PreviewWatcher: Service {
    let preview: PreviewSite
    let root: String
    let watch: Bool
    let interval: Duration

    func run() async throws {
        let first = Self.fingerprint(root: root)
        await preview.rebuild()
        guard watch else {
            try? await gracefulShutdown()
            return
        }
        await cancelWhenGracefulShutdown { await poll(from: first) }
    }

    /// Rebuilds whenever the fingerprint differs from the last one, until cancelled.
    private func poll(from first: [String: FileStamp?]) async {
        var seen = first
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let current = Self.fingerprint(root: root)
            guard current != seen else { continue }
            seen = current
            await preview.rebuild()
        }
    }

    /// The stamps of every file the build reads.
    static func fingerprint(root: String) -> [String: FileStamp?] {
        let files = ProjectFiles(root: root)
        return FileStamp.of(
            files.files(under: SitePaths.contentFolder, suffix: "") + files.files(under: SitePaths.templatesFolder, suffix: ""), root: root)
    }
}
