#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat(2)` says about a file: enough to tell, without reading it, that it has not changed since
/// a build last read it.
///
/// Two stamps are equal only when device, inode, size and both the modification and the status-change
/// times (nanoseconds) are equal; the status-change time cannot be set back by tools like `touch -d` or
/// `cp -p`. A stamp taken within ``settlingNanoseconds`` of the moment it was recorded is not trusted
/// later (see ``isSettled(at:)``): a write in the same clock tick as that read would leave it unchanged.
public struct FileStamp: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time, nanoseconds since 1970.
    public var modified: Int64
    /// Status-change time, nanoseconds since 1970.
    public var changed: Int64

    /// How old a stamp must be before a build may trust it: far coarser than any file system's clock.
    public static let settlingNanoseconds: Int64 = 3_000_000_000

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of the regular file at `path` (symbolic links followed), nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of `name` relative to the open folder `directory` (symbolic links not followed unless
    /// `followingLinks`).
    public init?(directory: Int32, name: String, followingLinks: Bool = false) {
        var info = stat()
        guard fstatat(directory, name, &info, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of an open file.
    public init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init?(_ info: stat) {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
            modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// True when both file times lie at least ``settlingNanoseconds`` before `now`.
    public func isSettled(at now: Int64) -> Bool {
        modified < now - Self.settlingNanoseconds && changed < now - Self.settlingNanoseconds
    }

    /// The wall clock, nanoseconds since 1970, as file times count.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    public func encode(into writer: inout BinaryWriter) {
        writer.write(device)
        writer.write(inode)
        writer.write(Int(size))
        writer.write(Int(modified))
        writer.write(Int(changed))
    }

    public init(from reader: inout BinaryReader) throws {
        device = try reader.readUInt64()
        inode = try reader.readUInt64()
        size = Int64(try reader.readInt())
        modified = Int64(try reader.readInt())
        changed = Int64(try reader.readInt())
    }
}
