import SiarContent

extension FileStamp {
    /// The stamps of project files (nil for the ones that are gone), keyed by project path.
    static func of(_ paths: [String], root: String) -> [String: FileStamp?] {
        Dictionary(paths.map { ($0, FileStamp(path: root + "/" + $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
