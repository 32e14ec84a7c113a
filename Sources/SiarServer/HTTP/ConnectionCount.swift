import Foundation

/// The number of open connections of one server, shared by the event loops that accept them.
final class ConnectionCount: @unchecked Sendable {
    // `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = 0

    /// Counts a new connection; returns how many are open with it.
    func open() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }

    func close() { lock.withLock { value -= 1 } }
}
