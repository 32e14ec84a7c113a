import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 channel with a ``ConnectionGuard`` in front of its decoder.
struct GuardedHTTP1Channel: ServerChildChannel {
    let inner: HTTP1Channel
    let headerTimeout: TimeAmount
    let maximumConnections: Int
    let count: ConnectionCount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        let guardHandler = ConnectionGuard(headerTimeout: headerTimeout, maximumConnections: maximumConnections, count: count)
        return channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(guardHandler) }
            .flatMap { inner.setup(channel: channel, logger: logger) }
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }

    /// The server builder of an application whose connections are guarded.
    static func builder(configuration: ServerConfiguration) -> HTTPServerBuilder {
        let count = ConnectionCount()
        let headerTimeout = TimeAmount(configuration.headerTimeout)
        let idleTimeout = TimeAmount(configuration.idleTimeout)
        let maximum = configuration.maximumConnections
        return HTTPServerBuilder { responder in
            GuardedHTTP1Channel(
                inner: HTTP1Channel(responder: responder, configuration: .init(idleTimeout: idleTimeout)),
                headerTimeout: headerTimeout, maximumConnections: maximum, count: count)
        }
    }
}
