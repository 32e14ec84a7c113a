import Hummingbird
import NIOCore

/// The request context of the service: Hummingbird's core storage plus the peer's address, which sign-in
/// throttling keys on.
public struct SiarRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The IP address of the peer (the proxy, when there is one); nil in router tests.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are read with the limits of each route (``RequestBodyReader``); this only bounds Hummingbird's own decoding.
    public var maxUploadSize: Int { 1 << 20 }
}
