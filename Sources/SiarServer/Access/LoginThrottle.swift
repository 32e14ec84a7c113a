/// Slows down password guessing: after ``attempts`` failed sign-ins for one user name, or from one client
/// address, sign-in is refused (429) for a while, twice as long after each further failure.
///
/// The first lock lasts ``baseSeconds`` (30 s), then 60 s, 2 min, … up to ``maximumSeconds`` (15 min).
/// A user name's failures are forgotten after a successful sign-in, and any key's ``forgetSeconds`` (1 h)
/// after its last failure (a success does not clear an address, or one valid account would let its owner
/// guess the passwords of others without limit).
/// While a key is locked no password is checked at all, so the lock also saves the bcrypt work.
package actor LoginThrottle {
    private struct Record {
        var failures = 0
        var lastFailure = 0
        var lockedUntil = 0
    }

    let attempts: Int
    let baseSeconds = 30
    let maximumSeconds = 900
    let forgetSeconds = 3600
    let now: @Sendable () -> Int
    private var records: [String: Record] = [:]

    init(attempts: Int, now: @escaping @Sendable () -> Int) {
        self.attempts = max(1, attempts)
        self.now = now
    }

    /// The keys of one sign-in attempt.
    static func keys(user: String, address: String) -> [String] { ["user:" + user.lowercased(), "address:" + address] }

    /// Seconds until any of `keys` may try again; nil when none is locked.
    package func retryAfter(_ keys: [String]) -> Int? {
        let time = now()
        let waits = keys.compactMap { records[$0].map { $0.lockedUntil - time } }.filter { $0 > 0 }
        return waits.max()
    }

    /// Counts a failed attempt against every key, locking those that reached the limit.
    package func recordFailure(_ keys: [String]) {
        let time = now()
        if records.count > 100_000 { records = records.filter { time - $0.value.lastFailure < forgetSeconds } }
        for key in keys {
            var record = records[key] ?? Record()
            if time - record.lastFailure >= forgetSeconds { record = Record() }
            record.failures += 1
            record.lastFailure = time
            if record.failures >= attempts {
                let doublings = min(record.failures - attempts, 10)
                record.lockedUntil = time + min(baseSeconds << doublings, maximumSeconds)
            }
            records[key] = record
        }
    }

    /// Forgets the failures of the user name among `keys` after a successful sign-in.
    package func recordSuccess(_ keys: [String]) {
        for key in keys where key.hasPrefix("user:") { records[key] = nil }
    }
}
