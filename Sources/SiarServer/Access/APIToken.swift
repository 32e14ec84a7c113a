import Crypto
import Foundation

/// API tokens: `siar_` and 32 random bytes in base64url; only their SHA-256 is stored.
///
/// A token is long and random, so a fast hash is enough (unlike passwords, it cannot be guessed from a
/// dictionary); comparisons still take the same time whatever the bytes.
enum APIToken {
    static let prefix = "siar_"

    /// A new token from the system's secure random source.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + base64URL(bytes)
    }

    /// `sha256:` and the hex digest of the token.
    static func hash(_ token: String) -> String {
        "sha256:"
            + SHA256.hash(data: Array(token.utf8)).map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
    }

    /// Equality that looks at every byte, so the time taken says nothing about where two values differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }

    /// RFC 4648 §5 without padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
    }
}
