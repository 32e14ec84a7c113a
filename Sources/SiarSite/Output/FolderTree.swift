import SiarContent

#if canImport(Glibc)
    import Glibc
#endif

/// Whole-tree operations on output folders with `openat`/`unlinkat`, reading each folder once and spreading
/// large folders over every core: a site has one folder per page, and `FileManager` stats every entry.
enum FolderTree {
    /// Folders with more subfolders than this are handled in parallel.
    private static let parallelThreshold = 32

    /// Removes `path` and everything below it; errors are ignored (what cannot be removed stays).
    static func remove(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            unlink(path)
            return
        }
        removeContents(of: descriptor)
        rmdir(path)
    }

    /// Every entry below the folder `descriptor`, as paths relative to it: the folders (symbolic links
    /// not followed), and everything else as files.
    static func scan(_ descriptor: Int32) -> (files: [String], folders: [String]) {
        scan(descriptor, prefix: "")
    }

    private static func scan(_ descriptor: Int32, prefix: String) -> (files: [String], folders: [String]) {
        let (files, folders) = entries(of: descriptor)
        var found = (files: files.map { prefix + $0 }, folders: folders.map { prefix + $0 })
        @Sendable func visit(_ name: String) -> (files: [String], folders: [String]) {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { return ([], []) }
            defer { close(child) }
            return scan(child, prefix: prefix + name + "/")
        }
        let below = folders.count > parallelThreshold ? folders.parallelMap(visit) : folders.map(visit)
        for part in below {
            found.files += part.files
            found.folders += part.folders
        }
        return found
    }

    /// Empties the open folder `descriptor` and closes it.
    private static func removeContents(of descriptor: Int32) {
        let (files, folders) = entries(of: descriptor)
        for name in files { unlinkat(descriptor, name, 0) }
        @Sendable func remove(_ name: String) {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { removeContents(of: child) }
            unlinkat(descriptor, name, AT_REMOVEDIR)
        }
        if folders.count > parallelThreshold {
            _ = folders.parallelMap(remove)
        } else {
            for name in folders { remove(name) }
        }
        close(descriptor)
    }

    /// The names in the open folder `descriptor`, split into non-folders and folders. Does not close it.
    private static func entries(of descriptor: Int32) -> (files: [String], folders: [String]) {
        var files: [String] = []
        var folders: [String] = []
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return ([], [])
        }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let type = entry.pointee.d_type
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                folders.append(name)
            } else {
                files.append(name)
            }
        }
        return (files, folders)
    }
}
