#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A system call on a file failed; the HTTP layer answers 500.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The call that failed, such as `open`, `fsync` or `rename`.
    public let operation: String
    /// The file system path it was called with.
    public let path: String
    /// The `errno` it set.
    public let code: Int32

    init(_ operation: String, _ path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var description: String { "cannot \(operation) '\(path)': \(String(cString: strerror(code)))" }

    /// Throws when a call returned -1, retrying while it was interrupted by a signal.
    @discardableResult
    static func check<Result: BinaryInteger>(_ operation: String, _ path: String, _ call: () -> Result) throws -> Result {
        while true {
            let result = call()
            if result != -1 { return result }
            if errno != EINTR { throw FileSystemError(operation, path) }
        }
    }
}
