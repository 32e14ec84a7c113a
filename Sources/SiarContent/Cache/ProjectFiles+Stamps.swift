#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ProjectFiles {
    /// The same files as ``files(under:suffix:)``, in the same order, each with its ``FileStamp`` taken in
    /// the same walk (nil when it cannot be taken): one `readdir` per folder and one `stat` per file, where
    /// `FileManager` stats every entry twice.
    ///
    /// As there, folders are entered (hidden ones too) but not through symbolic links, entries whose own
    /// name starts with `.` are left out, and so is anything that is a folder, symbolic links followed.
    public func stampedFiles(under folder: String, suffix: String) -> [(path: String, stamp: FileStamp?)] {
        let descriptor = open(fileSystemPath(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        var found: [(path: String, stamp: FileStamp?)] = []
        Self.walk(descriptor, prefix: folder + "/", suffix: suffix, into: &found)
        return found.sorted { $0.path < $1.path }
    }

    /// Adds the matching files below the open folder `descriptor` and closes it.
    private static func walk(_ descriptor: Int32, prefix: String, suffix: String, into found: inout [(path: String, stamp: FileStamp?)]) {
        defer { close(descriptor) }
        guard let entries = FolderListing.entries(of: descriptor) else { return }
        var folders: [String] = []
        for (name, kind) in entries {
            switch kind {
            case .unknown: continue
            case .folder:
                folders.append(name)
                continue
            case .regular, .link, .other: break
            }
            guard !name.hasPrefix("."), name.hasSuffix(suffix) else { continue }
            if kind == .link {
                var info = stat()
                if fstatat(descriptor, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
            }
            found.append((prefix + name, FileStamp(directory: descriptor, name: name, followingLinks: true)))
        }
        for name in folders {
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { walk(child, prefix: prefix + name + "/", suffix: suffix, into: &found) }
        }
    }
}
