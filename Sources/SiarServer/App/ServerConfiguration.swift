import Foundation
import SiarContent

/// How `siar serve` runs: where the project is, where to listen, and the limits of the service.
///
/// ```swift
/// var configuration = ServerConfiguration(root: ".")
/// configuration.port = 8080
/// let app = buildApplication(configuration: configuration)
/// try await app.runService()
/// ```
public struct ServerConfiguration: Sendable {
    /// The project folder (holds `Content/` and `Templates/`).
    public var root: String
    public var host: String
    /// 0 picks a free port; the bound address is passed to ``onListening``.
    public var port: Int
    /// Serve the preview of the site at `/` (the management service is always on).
    public var preview: Bool
    /// Poll `Content/` and `Templates/` and rebuild the preview when something changed.
    public var watch: Bool
    /// How often the watcher looks.
    public var watchInterval: Duration
    /// Where the preview is built; nil means `<root>/.siar-cache/preview/Site` (git-ignored).
    public var previewOutput: String?
    /// Always mark the session cookie `Secure`, as when the service is reached only over HTTPS.
    public var secureCookies: Bool
    /// Believe `X-Forwarded-Proto` and `X-Forwarded-For`: set only when a reverse proxy (nginx) is the
    /// only way to reach the service, e.g. when it listens on 127.0.0.1 behind the proxy.
    public var trustProxy: Bool
    /// log2 of the bcrypt rounds for passwords set through the service.
    public var bcryptCost: Int
    /// The largest evidence file accepted, in bytes.
    public var evidenceLimit: Int
    /// The largest JSON or form body accepted, in bytes: 64 KiB, room for every field at its limit.
    public var bodyLimit: Int
    /// Seconds a session stays valid without use.
    public var sessionIdleSeconds: Int
    /// Seconds a session stays valid at most, however busy.
    public var sessionMaximumSeconds: Int
    /// Password checks per user name in a window (failed ones and those in flight) before sign-in is
    /// refused for a while.
    public var loginAttempts: Int
    /// The same for one client address, over all names: much higher, since an office shares one address.
    public var loginAddressAttempts: Int
    /// How many user names and addresses the sign-in throttle remembers at most.
    public var loginRecordLimit: Int
    /// A connection that has not sent its request headers this long after it opened is closed.
    public var headerTimeout: Duration
    /// A connection without a byte in either direction this long is closed (also between requests).
    public var idleTimeout: Duration
    /// Open connections at most; connections beyond it are closed as soon as they are accepted.
    public var maximumConnections: Int
    /// Seconds since 1970: decides `submitted`, review days, session expiry and throttling.
    public var now: @Sendable () -> Int
    /// Called once the server listens, with the address it is bound to (`http://127.0.0.1:8080/`).
    public var onListening: @Sendable (String) -> Void

    public init(root: String = ".", host: String = "127.0.0.1", port: Int = 8080) {
        self.root = ProjectFiles(root: root).root
        self.host = host
        self.port = port
        self.preview = true
        self.watch = true
        self.watchInterval = .milliseconds(500)
        self.previewOutput = nil
        self.secureCookies = false
        self.trustProxy = false
        self.bcryptCost = 11
        self.evidenceLimit = EvidenceStore.defaultLimit
        self.bodyLimit = 64 * 1024
        self.sessionIdleSeconds = 8 * 3600
        self.sessionMaximumSeconds = 24 * 3600
        self.loginAttempts = 5
        self.loginAddressAttempts = 100
        self.loginRecordLimit = 100_000
        self.headerTimeout = .seconds(30)
        self.idleTimeout = .seconds(60)
        self.maximumConnections = 512
        self.now = { Int(Date().timeIntervalSince1970) }
        self.onListening = { _ in }
    }

    /// The folder the preview is built into.
    public var previewFolder: String { previewOutput ?? root + "/.siar-cache/preview/Site" }

    /// The largest multipart upload: one evidence file plus the other form fields.
    var uploadLimit: Int { evidenceLimit + 64 * 1024 }
}
