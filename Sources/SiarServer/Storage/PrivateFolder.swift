import SiarContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `.siar/` under the project root: the service's private state (users, locks), mode 0700 and ignored
/// by git through a `.gitignore` of its own, whatever the project's `.gitignore` says.
enum PrivateFolder {
    /// Creates the folder when missing and returns its file system path.
    static func ensure(root: String) throws -> String {
        let path = root + "/" + SitePaths.serviceFolder
        try AtomicFile.makeFolders(path, mode: 0o700)
        chmod(path, 0o700)  // also when someone made the folder by hand with looser permissions
        if FileStamp(path: path + "/.gitignore") == nil {
            _ = try AtomicFile.create(
                Array("# Users and locks of the Siar service; never commit them.\n*\n".utf8), at: path + "/.gitignore")
        }
        return path
    }
}
