import HTTPTypes
import Hummingbird
import SiarContent

/// What the service knows about who sent a request: the client's address and whether it came over HTTPS.
///
/// Behind a reverse proxy the peer is the proxy, so the forwarded headers say the rest; they are believed
/// only with ``ServerConfiguration/trustProxy``, since any client can send them.
struct ClientInfo: Sendable {
    let address: String
    let isHTTPS: Bool

    init(request: Request, context: SiarRequestContext, configuration: ServerConfiguration) {
        var address = context.peerAddress ?? "unknown"
        var isHTTPS = false
        if configuration.trustProxy {
            // nginx appends the peer it saw ($proxy_add_x_forwarded_for): the last entry is the one it vouches for.
            if let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").last?.trimmingWhitespace, !forwarded.isEmpty {
                address = forwarded
            }
            isHTTPS = request.headers[.xForwardedProto]?.lowercased().trimmingWhitespace == "https"
        }
        self.address = address
        self.isHTTPS = isHTTPS
    }
}

extension HTTPField.Name {
    static let xForwardedFor = known("X-Forwarded-For")
    static let xForwardedProto = known("X-Forwarded-Proto")
    static let xCSRFToken = known("X-CSRF-Token")
    static let xAccelBuffering = known("X-Accel-Buffering")
    static let xFrameOptions = known("X-Frame-Options")
    static let referrerPolicy = known("Referrer-Policy")

    /// The names above are valid tokens, so the initializer never fails; the fallback only satisfies the type.
    private static func known(_ name: String) -> Self { Self(name) ?? .via }
}
