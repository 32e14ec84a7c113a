import Dispatch
import HummingbirdBcrypt

/// bcrypt hashing and checking, run on a global dispatch queue: at cost 11 one call takes around 0.1 s,
/// which must not hold a thread of the cooperative pool that serves requests.
enum Passwords {
    /// The rules a new password must meet, or nil when it does.
    static func problem(with password: String) -> String? {
        if password.count < 10 { return "the password is too short; use at least 10 characters" }
        // bcrypt reads at most 72 bytes and stops at a NUL: longer or NUL-bearing passwords would be cut silently.
        if password.utf8.count > 72 { return "the password is too long; use at most 72 bytes" }
        if password.utf8.contains(0) { return "the password must not contain a NUL character" }
        return nil
    }

    static func hash(_ password: String, cost: UInt8) async -> String {
        await offPool { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        await offPool { Bcrypt.verify(password, hash: hash) }
    }

    /// 20 characters from an alphabet without look-alikes (about 115 bits).
    static func generate() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    private static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
