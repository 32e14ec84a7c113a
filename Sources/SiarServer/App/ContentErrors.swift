import SiarContent

/// The content on disk has errors (someone edited a file by hand), so there is nothing sound to report:
/// the service answers 409 with the diagnostics, as `siar check` would print them.
public struct ContentErrors: ServiceError, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public var status: Int { 409 }

    public var message: String {
        "the content has \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s"); fix them first (see 'siar check')"
    }

    public var description: String { ([message] + diagnostics.map(\.description)).joined(separator: "\n") }
}
