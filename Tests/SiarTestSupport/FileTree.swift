import Foundation

/// A folder read into memory (relative path → bytes), for comparing outputs byte for byte.
public struct FileTree: Equatable, Sendable {
    public let files: [String: [UInt8]]

    /// Reads every regular file below `root`; hidden files are kept, folders are implied by the paths.
    public init(root: String, excluding excluded: (String) -> Bool = { _ in false }) throws {
        var files: [String: [UInt8]] = [:]
        let fm = FileManager.default
        if let enumerator = fm.enumerator(atPath: root) {
            while let item = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let full = root + "/" + item
                guard fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue, !excluded(item) else { continue }
                files[item] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
            }
        }
        self.files = files
    }

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    public var paths: [String] { files.keys.sorted() }

    /// Human-readable differences from `expected`: missing, unexpected and changed files, with the first
    /// differing line of each changed text file.
    public func differences(from expected: FileTree) -> [String] {
        var out: [String] = []
        for path in expected.paths where files[path] == nil { out.append("missing: \(path)") }
        for path in paths where expected.files[path] == nil { out.append("unexpected: \(path)") }
        for path in paths {
            guard let mine = files[path], let theirs = expected.files[path], mine != theirs else { continue }
            let a = String(decoding: mine, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: theirs, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let got = line < a.count ? String(a[line]) : "<end of file>"
            let want = line < b.count ? String(b[line]) : "<end of file>"
            out.append("changed: \(path):\(line + 1)\n  expected: \(want.prefix(300))\n  actual:   \(got.prefix(300))")
        }
        return out
    }

    /// Writes the tree below `root`, replacing what was there.
    public func write(to root: String) throws {
        let fm = FileManager.default
        try? fm.removeItem(atPath: root)
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }
}
