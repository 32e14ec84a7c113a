/// Slows down password guessing: at most ``attempts`` password checks per account name in a window,
/// whatever the concurrency, and at most ``addressAttempts`` per client address.
///
/// A sign-in first asks for a ``Ticket`` (``admit(user:address:)``) and only then checks the password, so
/// checks still in flight count as much as failed ones: a burst of requests sent at once gets no more
/// checks than requests sent one after another. After ``attempts`` failures for one name, the name is
/// locked for ``baseSeconds`` (30 s), then 60 s, 2 min, … up to ``maximumSeconds`` (15 min).
///
/// Failures are counted per name first: an office behind one NAT address shares that address, so one
/// user's typos must not lock out a colleague. The address has a much higher ceiling of its own, which
/// stops one client from guessing across many names. A success forgets the name's failures (not the
/// address's, or one valid account would let its owner guess the passwords of others without limit);
/// any key is forgotten ``forgetSeconds`` (1 h) after its last failure. While a key is locked no password
/// is checked at all, so the lock also saves the bcrypt work.
package actor LoginThrottle {
    private struct Record {
        var failures = 0
        var inFlight = 0
        var lastFailure = 0
        var lockedUntil = 0
    }

    /// A reserved password check; hand it back to ``settle(_:_:)`` once the check is over.
    package struct Ticket: Sendable, Hashable {
        fileprivate let keys: [String]
    }

    /// What a sign-in may do now.
    package enum Admission: Sendable, Equatable {
        case admitted(Ticket)
        /// Refused; try again after this many seconds.
        case refused(retryAfter: Int)
    }

    /// How a password check ended.
    package enum Outcome: Sendable {
        case success
        case failure
        /// Not a verdict on the password (the user store could not be read): nothing is counted.
        case abandoned
    }

    let attempts: Int
    let addressAttempts: Int
    let maximumRecords: Int
    let baseSeconds = 30
    let maximumSeconds = 900
    let forgetSeconds = 3600
    let now: @Sendable () -> Int
    private var records: [String: Record] = [:]

    init(attempts: Int, addressAttempts: Int = 100, maximumRecords: Int = 100_000, now: @escaping @Sendable () -> Int) {
        self.attempts = max(1, attempts)
        self.addressAttempts = max(self.attempts, addressAttempts)
        self.maximumRecords = max(2, maximumRecords)
        self.now = now
    }

    /// How many names and addresses are remembered now.
    package var count: Int { records.count }

    /// The password checks of `user` in the current window: failed ones and those in flight.
    package func checks(user: String) -> Int {
        records["user:" + user.lowercased()].map { $0.failures + $0.inFlight } ?? 0
    }

    /// Reserves one password check for `user` from `address`, or says how long to wait.
    package func admit(user: String, address: String) -> Admission {
        let time = now()
        forgetOld(at: time)
        let keys = ["user:" + user.lowercased(), "address:" + address]
        var wait = 0
        for key in keys {
            guard let record = records[key] else { continue }
            let limit = key.hasPrefix("user:") ? attempts : addressAttempts
            if record.lockedUntil > time {
                wait = max(wait, record.lockedUntil - time)
            } else if record.inFlight >= (record.failures >= limit ? 1 : limit - record.failures) {
                // Checks in flight fill the window (after a lock ran out, one check at a time): the answer
                // is only seconds away.
                wait = max(wait, 1)
            }
        }
        guard wait == 0 else { return .refused(retryAfter: wait) }
        makeRoom(for: keys, at: time)
        for key in keys { records[key, default: Record(lastFailure: time)].inFlight += 1 }
        return .admitted(Ticket(keys: keys))
    }

    /// Ends the check of `ticket`: a failure counts against the name and the address, a success clears
    /// the name's failures.
    package func settle(_ ticket: Ticket, _ outcome: Outcome) {
        let time = now()
        for key in ticket.keys {
            guard var record = records[key] else { continue }
            record.inFlight = max(0, record.inFlight - 1)
            records[key] = record
        }
        switch outcome {
        case .success: recordSuccess(ticket.keys)
        case .failure: recordFailure(ticket.keys, at: time)
        case .abandoned: break
        }
    }

    // MARK: Steps

    private func recordFailure(_ keys: [String], at time: Int) {
        for key in keys {
            var record = records[key] ?? Record()
            record.failures += 1
            record.lastFailure = time
            let limit = key.hasPrefix("user:") ? attempts : addressAttempts
            if record.failures >= limit {
                let doublings = min(record.failures - limit, 10)
                record.lockedUntil = time + min(baseSeconds << doublings, maximumSeconds)
            }
            records[key] = record
        }
    }

    private func recordSuccess(_ keys: [String]) {
        for key in keys where key.hasPrefix("user:") {
            guard var record = records[key] else { continue }
            record.failures = 0
            record.lockedUntil = 0
            records[key] = record.inFlight == 0 ? nil : record
        }
    }

    /// Drops the keys whose last failure is ``forgetSeconds`` old and that have no check in flight.
    private func forgetOld(at time: Int) {
        records = records.filter { $0.value.inFlight > 0 || time - $0.value.lastFailure < forgetSeconds }
    }

    /// Keeps the table within ``maximumRecords`` (many made-up names must not exhaust memory): unlocked
    /// records without checks in flight go first, oldest failure first; locked ones only when nothing else is left.
    private func makeRoom(for keys: [String], at time: Int) {
        let missing = keys.filter { records[$0] == nil }.count
        let excess = records.count + missing - maximumRecords
        guard excess > 0 else { return }
        func order(_ record: Record) -> (Int, Int) { (record.lockedUntil > time ? 1 : 0, record.lastFailure) }
        let candidates = records.filter { $0.value.inFlight == 0 && !keys.contains($0.key) }.sorted { order($0.value) < order($1.value) }
        for candidate in candidates.prefix(excess) { records[candidate.key] = nil }
    }
}
