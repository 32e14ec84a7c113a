#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file looked like when it was read: enough to notice any later change, whether an editor
/// rewrote it in place (size, modification and change times) or replaced it (device and inode).
///
/// The change time cannot be set back by tools that preserve the modification time (`cp -p`, `touch -r`).
struct FileStamp: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64

    /// The stamp of the file at `path`, or nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
            modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// The stamps of project files (nil for the ones that are gone), keyed by project path.
    static func of(_ paths: [String], root: String) -> [String: FileStamp?] {
        Dictionary(paths.map { ($0, FileStamp(path: root + "/" + $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
