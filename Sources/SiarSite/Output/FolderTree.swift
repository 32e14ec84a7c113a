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

    /// What ``scan(_:)`` found below a folder.
    struct Scan: Sendable {
        /// Paths of everything but folders, relative to the scanned folder.
        var files: [String] = []
        /// Paths of the folders that hold nothing.
        var emptyFolders: [String] = []
        /// True when something is neither a regular file nor a folder (a symbolic link, a device, …), or
        /// a folder could not be opened.
        var hasOddEntries = false
    }

    /// Every entry below the folder `descriptor` (symbolic links are not followed).
    static func scan(_ descriptor: Int32) -> Scan {
        scan(descriptor, prefix: "")
    }

    private static func scan(_ descriptor: Int32, prefix: String) -> Scan {
        let listing = entries(of: descriptor)
        var found = Scan(files: listing.files.map { prefix + $0 }, hasOddEntries: listing.hasOddEntries)
        if listing.files.isEmpty && listing.folders.isEmpty && !prefix.isEmpty {
            found.emptyFolders.append(String(prefix.dropLast()))
        }
        @Sendable func visit(_ name: String) -> Scan {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { return Scan(hasOddEntries: true) }
            defer { close(child) }
            return scan(child, prefix: prefix + name + "/")
        }
        let folders = listing.folders
        let below = folders.count > parallelThreshold ? folders.parallelMap(visit) : folders.map(visit)
        for part in below {
            found.files += part.files
            found.emptyFolders += part.emptyFolders
            found.hasOddEntries = found.hasOddEntries || part.hasOddEntries
        }
        return found
    }

    /// Empties the open folder `descriptor` and closes it.
    private static func removeContents(of descriptor: Int32) {
        let (files, folders, _) = entries(of: descriptor)
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

    /// The names in the open folder `descriptor`, split into non-folders and folders, and whether any is
    /// neither a regular file nor a folder (or the folder cannot be read). Does not close it.
    private static func entries(of descriptor: Int32) -> (files: [String], folders: [String], hasOddEntries: Bool) {
        guard let entries = FolderListing.entries(of: descriptor) else { return ([], [], true) }
        var files: [String] = []
        var folders: [String] = []
        var odd = false
        for (name, kind) in entries {
            if kind == .folder {
                folders.append(name)
            } else {
                files.append(name)
                odd = odd || kind != .regular
            }
        }
        return (files, folders, odd)
    }
}
