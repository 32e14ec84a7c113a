#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a file under `.siar/`, held for the length of a closure.
///
/// The actors serialize the writes of one process; the lock serializes them across processes, such as a
/// second `siar serve` on the same root or `siar user add` while the service runs.
struct FileLock: Sendable {
    /// The file system path of the lock file.
    let path: String

    func withLock<T>(_ body: () throws -> T) throws -> T {
        let descriptor = try FileSystemError.check("open", path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) }
        defer { close(descriptor) }
        try FileSystemError.check("lock", path) { flock(descriptor, LOCK_EX) }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
