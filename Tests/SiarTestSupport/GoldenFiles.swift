import Foundation

/// The rules for golden files: compared by default; re-recorded only when `SIAR_RECORD_GOLDENS=1`, and
/// never when `CI` is set.
public enum GoldenFiles {
    public enum Mode: Equatable, Sendable {
        case compare
        case record
        /// Recording was asked for on CI: a test must fail rather than rewrite its expectations.
        case refused
    }

    public static var mode: Mode {
        let environment = ProcessInfo.processInfo.environment
        guard environment["SIAR_RECORD_GOLDENS"] == "1" else { return .compare }
        return environment["CI"].map { !$0.isEmpty } == true ? .refused : .record
    }
}
