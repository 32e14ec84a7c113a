import Foundation

/// File access relative to a project root, with the paths diagnostics print.
public struct ProjectFiles: Sendable {
    /// The project root (absolute or relative to the working directory).
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The absolute-or-root-relative file system path of a project path.
    public func fileSystemPath(_ relative: String) -> String { root + "/" + relative }

    public func exists(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: fileSystemPath(relative), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    public func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: fileSystemPath(relative), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The bytes of a project file.
    public func bytes(_ relative: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: fileSystemPath(relative)) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: relative])
        }
        return [UInt8](data)
    }

    /// The first `count` bytes of a project file (fewer when it is shorter), without reading the rest.
    public func prefix(_ relative: String, count: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: fileSystemPath(relative)) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: relative])
        }
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    /// The decoded text of a project file, or the diagnostic that says why it cannot be read.
    public func text(_ relative: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: fileSystemPath(relative)) else {
            return .failure(Diagnostic(.unreadableFile("no such file or not readable"), at: SourceLocation(path: relative)))
        }
        return SourceText.decode([UInt8](data), path: relative)
    }

    /// Project paths of the files below `folder` whose names end with `suffix`, sorted; hidden files skipped.
    public func files(under folder: String, suffix: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: fileSystemPath(folder)) else { return [] }
        var found: [String] = []
        while let item = enumerator.nextObject() as? String {
            let name = item.split(separator: "/").last.map(String.init) ?? item
            guard !name.hasPrefix("."), item.hasSuffix(suffix) else { continue }
            if isDirectory(folder + "/" + item) { continue }
            found.append(folder + "/" + item)
        }
        return found.sorted()
    }
}
