import Hummingbird
import Logging
import NIOCore
import SiarContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The application `siar serve` runs and the tests drive: the preview at `/`, the management UI under
/// `/kelola/`, the JSON API under `/api/`.
///
/// ```swift
/// let app = buildApplication(configuration: ServerConfiguration(root: "."))
/// try await app.runService()
/// ```
public func buildApplication(configuration: ServerConfiguration) -> some ApplicationProtocol {
    buildApplication(services: AppServices(configuration: configuration))
}

/// ``buildApplication(configuration:)`` over services a test keeps a handle on.
package func buildApplication(services: AppServices) -> Application<RouterResponder<SiarRequestContext>> {
    let configuration = services.configuration
    var logger = Logger(label: "siar")
    logger.logLevel = .info
    var application = Application(
        router: buildRouter(services: services),
        server: GuardedHTTP1Channel.builder(configuration: configuration),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "siar"),
        onServerRunning: { channel in
            await services.sweepEvidence()
            let address = channel.localAddress
            let host = address?.ipAddress.map { $0.contains(":") ? "[\($0)]" : $0 } ?? configuration.host
            configuration.onListening("http://\(host):\(address?.port ?? configuration.port)/")
        },
        logger: logger)
    if let preview = services.preview {
        application.addServices(
            PreviewWatcher(preview: preview, root: configuration.root, watch: configuration.watch, interval: configuration.watchInterval))
    }
    return application
}

/// Every route of the service, in one router.
package func buildRouter(services: AppServices) -> Router<SiarRequestContext> {
    let router = Router(context: SiarRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeadersMiddleware())
    APIRoutes(services: services).register(on: router)
    ManagementRoutes(services: services).register(on: router)
    if let preview = services.preview {
        PreviewRoutes(preview: preview).register(on: router)
    } else {
        router.get("/") { _, _ in Reply.redirect(to: SitePaths.management) }
    }
    return router
}

extension SiarServer {
    /// Runs the service until SIGINT or SIGTERM, then stops gracefully (open event streams are closed).
    ///
    /// - Throws: ``PortInUse`` when another program listens on the address already.
    public static func serve(configuration: ServerConfiguration) async throws {
        do {
            try await buildApplication(configuration: configuration).runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PortInUse(host: configuration.host, port: configuration.port)
        }
    }
}
