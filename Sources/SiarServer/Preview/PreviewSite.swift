import Dispatch
import SiarContent
import SiarSite

/// The site as writers see it before they commit: built with drafts and embargoed releases included and
/// marked, into a folder of its own, again whenever ``rebuild()`` is called (by ``PreviewWatcher``).
///
/// Each build gets a tag (`<boot>-<n>`); open pages hold the tag they were served with and reload when the
/// event stream announces another. A failed build keeps the previous files but records its diagnostics,
/// which the server shows instead of any page until a build succeeds again.
package actor PreviewSite {
    /// The outcome of the latest build.
    package struct Status: Sendable {
        package let tag: String
        /// The diagnostics of a failed build; nil when it succeeded.
        package let failure: DiagnosticReport?
    }

    let root: String
    /// The folder the site is built into.
    package nonisolated let output: String
    private let boot: String
    private var generation = 0
    private var failure: DiagnosticReport?
    private var latest: Task<Void, Never>?
    private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextSubscriber = 0

    init(root: String, output: String) {
        self.root = root
        self.output = output
        self.boot = String(SessionStore.randomToken().prefix(8))
    }

    /// Builds the site now, after any build under way, and tells every open page.
    package func rebuild() async {
        await enqueue().value
    }

    /// The outcome of the latest build; waits for the first one.
    package func status() async -> Status {
        if generation == 0 { await (latest ?? enqueue()).value }
        return Status(tag: tag, failure: failure)
    }

    /// The tags of the builds from now on, starting with the current one (once there is one).
    package func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        if generation > 0 { continuation.yield(tag) }
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    /// How many pages listen for builds.
    package var subscriberCount: Int { subscribers.count }

    private var tag: String { "\(boot)-\(generation)" }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }

    /// Queues a build after the latest one, so that two builds never write the folder at once.
    private func enqueue() -> Task<Void, Never> {
        let previous = latest
        let task = Task {
            await previous?.value
            await self.build()
        }
        latest = task
        return task
    }

    private func build() async {
        let builder = SiteBuilder(
            root: root, options: BuildOptions(output: output, includeDrafts: true, includeFuture: true, asOf: .now, preview: true))
        // A build is seconds of blocking work: it must not hold a thread of the pool that serves requests.
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: builder.build()) }
        }
        generation += 1
        failure = result.succeeded ? nil : result.diagnostics
        for subscriber in subscribers.values { subscriber.yield(tag) }
    }
}
