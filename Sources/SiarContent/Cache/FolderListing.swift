#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of an open folder, read with one `readdir` pass: what the project walk and the output
/// tree both need, without `FileManager`'s `stat` of every entry.
package enum FolderListing {
    /// What an entry is, symbolic links not followed.
    package enum Kind: Sendable {
        case folder, regular, link
        /// Neither of the above: a device, a pipe, a socket.
        case other
        /// The file system gave no type and `fstatat` failed (the entry vanished meanwhile).
        case unknown
    }

    /// The entries of the open folder `descriptor` but `.` and `..`, with their kinds (from `d_type`, or
    /// `fstatat` where the file system gives none); nil when the folder cannot be read. Does not close it.
    package static func entries(of descriptor: Int32) -> [(name: String, kind: Kind)]? {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return nil
        }
        defer { closedir(stream) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(stream) {
            let type = entry.pointee.d_type
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch type {
            case UInt8(DT_DIR): kind = .folder
            case UInt8(DT_REG): kind = .regular
            case UInt8(DT_LNK): kind = .link
            case UInt8(DT_UNKNOWN):
                var info = stat()
                if fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) != 0 {
                    kind = .unknown
                } else {
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: kind = .folder
                    case S_IFREG: kind = .regular
                    case S_IFLNK: kind = .link
                    default: kind = .other
                    }
                }
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }
}
