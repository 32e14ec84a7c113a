/// `siar serve` cannot listen: another program holds the address already.
public struct PortInUse: Error, Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int

    public var description: String {
        "port \(port) on \(host) is already in use; stop the other program or choose another with --port"
    }
}
