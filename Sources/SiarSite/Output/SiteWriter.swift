import CAtomicRename
import Foundation
import SiarContent

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a site as a fresh tree beside the output folder and swaps it into place.
///
/// A build never writes into the live `Site/`: pages go to a hidden staging folder next to it
/// (`.Site.siar-new-…`), and only a complete tree replaces the old one, with one atomic
/// `renameat2(RENAME_EXCHANGE)` where the file system supports it. A failed build discards the staging
/// folder and leaves the previous output exactly as it was; files of removed pages disappear with the
/// old tree. The output's own `.gitignore` (the placeholder tracked in git) is carried over.
public struct SiteWriter: Sendable {
    /// The output folder, e.g. `<root>/Site`.
    public let output: String

    public init(output: String) {
        self.output = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
    }

    /// Creates an empty staging tree beside the output.
    public func begin() throws -> StagingTree {
        try begin(recycling: nil)
    }

    /// Creates the staging tree beside the output: the folder `spare` moved there when given and present
    /// (an earlier output, which the build then brings up to date, see ``OutputTree``), else an empty one.
    func begin(recycling spare: String?) throws -> StagingTree {
        let url = URL(fileURLWithPath: output)
        let parent = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let name = ".\(url.lastPathComponent).siar-new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent + "/" + name
        if let spare, rename(spare, staging) == 0 {
            // Only a real folder is recycled: writes must never follow a symbolic link out of the tree.
            var info = stat()
            if lstat(staging, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                chmod(staging, 0o755)
                return StagingTree(root: staging, output: output, isRecycled: true)
            }
            FolderTree.remove(staging)
        }
        guard mkdir(staging, 0o755) == 0 else { throw WriteError.system("mkdir", staging, errno) }
        return StagingTree(root: staging, output: output)
    }
}

/// A site tree being written; ``commit()`` swaps it in, ``discard()`` removes it.
public struct StagingTree: Sendable {
    /// The staging folder.
    public let root: String
    let output: String
    /// True when the tree started as an earlier output rather than empty: files are then never written
    /// in place (``replace(_:to:)``), since they may be hard links shared with the live output.
    var isRecycled = false

    /// Writes `bytes` to `relativePath` (e.g. `berita/x/index.html`), creating folders as needed; returns
    /// the new file's stamp (nil if it cannot be taken), which a build cache records.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) throws -> FileStamp? {
        let path = root + "/" + relativePath
        try Self.makeParentDirectories(of: path, below: root)
        return try Self.writeFile(path, bytes)
    }

    /// Writes UTF-8 text.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> FileStamp? {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Copies a file into the tree.
    @discardableResult
    public func copy(file source: String, to relativePath: String) throws -> FileStamp? {
        guard let data = FileManager.default.contents(atPath: source) else { throw WriteError.missing(source) }
        return try write([UInt8](data), to: relativePath)
    }

    /// Writes `bytes` as a new file that then replaces whatever `relativePath` was: the previous file,
    /// perhaps a hard link shared with the live output, is never written into.
    @discardableResult
    func replace(_ bytes: [UInt8], to relativePath: String) throws -> FileStamp? {
        let path = root + "/" + relativePath
        try Self.makeParentDirectories(of: path, below: root)
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let temporary = String(path[..<slash]) + "/.siar-tmp-\(UInt64.random(in: 0...UInt64.max))"
        let stamp = try Self.writeFile(temporary, bytes, exclusive: true)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError.system("rename", path, code)
        }
        return stamp
    }

    /// Replaces the output with this tree. Afterwards the staging folder no longer exists.
    public func commit() throws {
        try commit(parkingOldTreeAt: nil)
    }

    /// Replaces the output with this tree; the previous output is moved to `park` when given (for a later
    /// build to recycle) and removed otherwise, or when it cannot be moved.
    func commit(parkingOldTreeAt park: String?) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw WriteError.notAFolder(output) }
        let keep = output + "/.gitignore"
        if exists, fm.fileExists(atPath: keep), !fm.fileExists(atPath: root + "/.gitignore") {
            try copy(file: keep, to: ".gitignore")
        }
        guard exists else {
            guard rename(root, output) == 0 else { throw WriteError.system("rename", output, errno) }
            return
        }
        if siar_rename_exchange(root, output) == 0 {
            Self.park(root, at: park)  // now holds the old site
            return
        }
        // No RENAME_EXCHANGE here: two renames, with the old tree parked beside until the new one is in.
        let parked = root.replacingOccurrences(of: ".siar-new-", with: ".siar-old-")
        guard rename(output, parked) == 0 else { throw WriteError.system("rename", output, errno) }
        guard rename(root, output) == 0 else {
            let code = errno
            _ = rename(parked, output)
            throw WriteError.system("rename", output, code)
        }
        Self.park(parked, at: park)
    }

    /// Moves the old output `tree` to `park`, or removes it. A parked tree is closed to other users: it
    /// may hold pages the new output no longer publishes.
    private static func park(_ tree: String, at park: String?) {
        if let park {
            FolderTree.remove(park)
            let folder = (park as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if rename(tree, park) == 0 {
                chmod(park, 0o700)
                return
            }
        }
        FolderTree.remove(tree)
    }

    /// Removes the staging tree; the output is untouched.
    public func discard() {
        FolderTree.remove(root)
    }

    static func makeParentDirectories(of path: String, below root: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let directory = String(path[..<slash])
        if directory.count <= root.count { return }
        if mkdir(directory, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw WriteError.system("mkdir", directory, errno) }
        try makeParentDirectories(of: directory, below: root)
        guard mkdir(directory, 0o755) == 0 || errno == EEXIST else { throw WriteError.system("mkdir", directory, errno) }
    }

    @discardableResult
    static func writeFile(_ path: String, _ bytes: [UInt8], exclusive: Bool = false) throws -> FileStamp? {
        let fd = open(path, O_WRONLY | O_CREAT | (exclusive ? O_EXCL : O_TRUNC) | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError.system("open", path, errno) }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError.system("write", path, errno)
                }
                offset += written
            }
        }
        return FileStamp(descriptor: fd)
    }
}

/// Why the output could not be written.
public enum WriteError: Error, Sendable, CustomStringConvertible {
    case system(String, String, Int32)
    case missing(String)
    case notAFolder(String)
    /// A page could not be written; the text says which and why.
    case failed(String)

    public var description: String {
        switch self {
        case .system(let call, let path, let code): "\(call) '\(path)' failed: \(String(cString: strerror(code)))"
        case .missing(let path): "'\(path)' cannot be read"
        case .notAFolder(let path): "'\(path)' exists and is not a folder"
        case .failed(let why): why
        }
    }
}
