#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes that a crash (even SIGKILL or a power cut) leaves either the old or the new file, never a mix.
///
/// A new version goes to a hidden temporary file in the same folder (`.<name>.siar-new-<random>`, which
/// the loader skips and git ignores), is flushed to disk, renamed over the file, and then the folder is
/// flushed so that the rename itself is durable.
enum AtomicFile {
    /// Replaces the file at `path` (a file system path) with `bytes`.
    ///
    /// - Parameter mode: the permissions of the new file; nil keeps those of the file it replaces (0644 for
    ///   a new file).
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t? = nil) throws {
        let temporary = try writeTemporary(bytes, beside: path, mode: mode ?? existingMode(path) ?? 0o644)
        do {
            try FileSystemError.check("rename", path) { rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
        try syncFolder(of: path)
    }

    /// Creates the file at `path` with `bytes`, or returns false when a file of that name already exists;
    /// an existing file is never replaced (the new file is linked into place, which fails on a taken name).
    static func create(_ bytes: [UInt8], at path: String, mode: mode_t = 0o644) throws -> Bool {
        let temporary = try writeTemporary(bytes, beside: path, mode: mode)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw FileSystemError("link", path)
        }
        try syncFolder(of: path)
        return true
    }

    /// Appends `bytes` with one `write` on a file opened with `O_APPEND`, then flushes it.
    ///
    /// A new or empty file first gets `header`; a file whose last byte is not a line break (edited by
    /// hand) gets one before `bytes`, so the appended record starts on a line of its own.
    static func append(_ bytes: [UInt8], to path: String, header: [UInt8]) throws {
        let descriptor = try FileSystemError.check("open", path) {
            open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        }
        defer { close(descriptor) }
        var info = stat()
        try FileSystemError.check("stat", path) { fstat(descriptor, &info) }
        var record = bytes
        if info.st_size == 0 {
            record = header + bytes
        } else if try lastByte(of: path, size: Int64(info.st_size)) != UInt8(ascii: "\n") {
            record = [UInt8(ascii: "\n")] + bytes
        }
        try writeAll(record, to: descriptor, path: path)
        try FileSystemError.check("fsync", path) { fsync(descriptor) }
        if info.st_size == 0 { try syncFolder(of: path) }
    }

    /// Creates the folder at `path` and its missing parents with `mode`, flushing each parent.
    static func makeFolders(_ path: String, mode: mode_t = 0o755) throws {
        var isFolder = stat()
        if stat(path, &isFolder) == 0 { return }
        let parent = folder(of: path)
        if parent != path { try makeFolders(parent, mode: mode) }
        guard mkdir(path, mode) == 0 || errno == EEXIST else { throw FileSystemError("mkdir", path) }
        chmod(path, mode)
        try syncFolder(of: path)
    }

    // MARK: Steps

    private static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t) throws -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = (0..<8).map { _ in String(UInt8.random(in: 0...15), radix: 16) }.joined()
        let temporary = folder(of: path) + "/." + name + ".siar-new-" + suffix
        let descriptor = try FileSystemError.check("create", temporary) {
            open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        }
        do {
            defer { close(descriptor) }
            try FileSystemError.check("chmod", temporary) { fchmod(descriptor, mode) }
            try writeAll(bytes, to: descriptor, path: temporary)
            try FileSystemError.check("fsync", temporary) { fsync(descriptor) }
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                offset += try FileSystemError.check("write", path) { systemWrite(descriptor, base + offset, buffer.count - offset) }
            }
        }
    }

    private static func lastByte(of path: String, size: Int64) throws -> UInt8 {
        let descriptor = try FileSystemError.check("open", path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { close(descriptor) }
        var byte: UInt8 = 0
        try FileSystemError.check("read", path) { pread(descriptor, &byte, 1, off_t(size - 1)) }
        return byte
    }

    /// Flushes the folder holding `path`, which makes a rename or a new name in it durable.
    static func syncFolder(of path: String) throws {
        let parent = folder(of: path)
        let descriptor = try FileSystemError.check("open", parent) { open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { close(descriptor) }
        try FileSystemError.check("fsync", parent) { fsync(descriptor) }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func existingMode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// `write(2)`, which the static `AtomicFile.write` would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
