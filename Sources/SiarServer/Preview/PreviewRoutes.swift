import Foundation
import Hummingbird
import ServiceLifecycle
import SiarContent

/// The preview of the site at `/`, and the event stream that tells open pages to reload.
struct PreviewRoutes: Sendable {
    let preview: PreviewSite

    func register(on router: Router<SiarRequestContext>) {
        router.get(RouterPath(PreviewOverlay.eventsPath)) { _, _ in await events() }
        router.get("/") { request, _ in await page(request) }
        router.get("**") { request, _ in await page(request) }
    }

    /// A file of the built site; HTML gets the reload script, and while the latest build failed every
    /// page is the overlay with its diagnostics.
    func page(_ request: Request) async -> Response {
        let status = await preview.status()
        let files = StaticFiles(folder: preview.output)
        let path: String
        switch files.resolve(request.uri.path) {
        case .invalid:
            return Reply.text("bad request: the path is not allowed\n", status: .badRequest)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location + (request.uri.query.map { "?" + $0 } ?? "")])
        case .file(let file):
            path = file
        case .notFound:
            if let failure = status.failure { return overlay(failure, tag: status.tag) }
            let notFound = preview.output + SitePaths.notFound
            let html = FileManager.default.contents(atPath: notFound).map { String(decoding: $0, as: UTF8.self) } ?? "<h1>404</h1>"
            return Reply.html(PreviewOverlay.inject(into: html, tag: status.tag), status: .notFound, headers: noStore)
        }
        let type = MediaType.of(path: path)
        if MediaType.isHTML(path: path), let failure = status.failure { return overlay(failure, tag: status.tag) }
        guard let data = FileManager.default.contents(atPath: path) else { return Reply.text("not found\n", status: .notFound) }
        if MediaType.isHTML(path: path) {
            return Reply.html(PreviewOverlay.inject(into: String(decoding: data, as: UTF8.self), tag: status.tag), headers: noStore)
        }
        return Reply.bytes(data, type: type, headers: noStore)
    }

    /// `text/event-stream`: `event: build` with the tag of every build (the current one first), and a
    /// comment every 15 s so that proxies keep the connection and a closed tab is noticed.
    func events() async -> Response {
        let (events, continuation) = AsyncStream.makeStream(of: String.self)
        let builds = await preview.subscribe()
        let forward = Task {
            for await tag in builds { continuation.yield("event: build\ndata: \(tag)\n\n") }
            continuation.finish()
        }
        let heartbeat = Task {
            while !Task.isCancelled {
                do { try await Task.sleep(for: .seconds(15)) } catch { return }
                continuation.yield(": ping\n\n")
            }
        }
        continuation.onTermination = { _ in
            forward.cancel()
            heartbeat.cancel()
        }
        var headers = noStore
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.xAccelBuffering] = "no"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await event in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            })
    }

    private func overlay(_ failure: DiagnosticReport, tag: String) -> Response {
        Reply.html(PreviewOverlay.page(failure, tag: tag), status: .internalServerError, headers: noStore)
    }

    private var noStore: HTTPFields { [.cacheControl: "no-store"] }
}
