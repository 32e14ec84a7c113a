import Foundation

/// Paths inside the Siar repository, found from this source file so tests run from any working directory.
public enum RepositoryPaths {
    /// The repository root (holds Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `Tests/Fixtures/<name>`.
    public static func fixture(_ name: String) -> String { root + "/Tests/Fixtures/" + name }

    /// The default theme, `Templates/`.
    public static var templates: String { root + "/Templates" }
}
