import Foundation
import SiarContent

#if canImport(Glibc)
    import Glibc
#endif

/// One file of a written site as the build cache remembers it: the fingerprint of what it shows and the
/// stamp the file had when written, so a later build can tell the file is still that one.
struct OutputRecord: Sendable {
    var fingerprint: UInt64
    var stamp: FileStamp
}

/// The staging tree of a build, and where unchanged files can be taken from instead of being written.
///
/// A file whose fingerprint equals the one recorded for the same path is kept:
/// - in place, when the staging tree is a recycled earlier output (``StagingTree/isRecycled``) that
///   already holds that very file;
/// - else hard-linked from the live output.
/// A file is taken only when it is still the very file the cache recorded (same device, inode, size and
/// modification time), so a site replaced or edited by anything else is never mistaken for the recorded
/// one. Builds never change a file in place: in a recycled tree every new file replaces the old name by
/// `rename`, so a file shared with the live output by a hard link keeps its bytes there. When the build
/// has placed every file, ``finish(placed:)`` removes what a recycled tree held beyond that.
final class OutputTree: @unchecked Sendable {
    let staging: StagingTree
    /// The staging folder and the live output, open.
    private let stagingFolder: Int32
    private let liveFolder: Int32
    private let liveRecords: [String: OutputRecord]
    /// What a recycled tree held when the build began, and the records of those files.
    private let spareFiles: [String]
    private let spareEmptyFolders: [String]
    private let spareRecords: [String: OutputRecord]

    /// `live` records describe the current output, `spare` records the recycled staging tree (if it is one).
    init(staging: StagingTree, live: [String: OutputRecord]?, spare: [String: OutputRecord]?) {
        self.staging = staging
        stagingFolder = open(staging.root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        liveFolder = live == nil ? -1 : open(staging.output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        liveRecords = liveFolder >= 0 ? live ?? [:] : [:]
        if staging.isRecycled, stagingFolder >= 0 {
            let scan = FolderTree.scan(stagingFolder)
            spareFiles = scan.files
            spareEmptyFolders = scan.emptyFolders
            spareRecords = spare ?? [:]
            isUsable = !scan.hasOddEntries
        } else {
            spareFiles = []
            spareEmptyFolders = []
            spareRecords = [:]
            isUsable = stagingFolder >= 0
        }
    }

    /// False when the staging tree cannot be written safely: it could not be opened, or a recycled tree
    /// holds something other than files and folders (a symbolic link could lead writes out of the tree).
    let isUsable: Bool

    func close() {
        if stagingFolder >= 0 { _ = Glibc.close(stagingFolder) }
        if liveFolder >= 0 { _ = Glibc.close(liveFolder) }
    }

    /// Keeps `file` when it was recorded with `fingerprint` and is unchanged: returns its stamp, or nil when
    /// the file must be written afresh (any failure included).
    func keep(_ file: String, fingerprint: UInt64?) -> FileStamp? {
        guard let fingerprint else { return nil }
        if staging.isRecycled, let stamp = Self.unchanged(file, in: stagingFolder, records: spareRecords, fingerprint: fingerprint) {
            return stamp
        }
        guard let stamp = Self.unchanged(file, in: liveFolder, records: liveRecords, fingerprint: fingerprint) else { return nil }
        let target = staging.root + "/" + file
        guard (try? StagingTree.makeParentDirectories(of: target, below: staging.root)) != nil else { return nil }
        // In a fresh tree the name is free; in a recycled one the link replaces whatever is there.
        if !staging.isRecycled { return linkat(liveFolder, file, AT_FDCWD, target, 0) == 0 ? stamp : nil }
        let slash = target.lastIndex(of: "/") ?? target.startIndex
        let temporary = String(target[..<slash]) + "/.siar-tmp-\(UInt64.random(in: 0...UInt64.max))"
        guard linkat(liveFolder, file, AT_FDCWD, temporary, 0) == 0 else { return nil }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            return nil
        }
        return stamp
    }

    /// Writes a new file; in a recycled tree it replaces the old name (never writing into the old file).
    func write(_ bytes: [UInt8], to file: String) throws -> FileStamp? {
        staging.isRecycled ? try staging.replace(bytes, to: file) : try staging.write(bytes, to: file)
    }

    func write(_ text: String, to file: String) throws -> FileStamp? {
        try write(Array(text.utf8), to: file)
    }

    /// Copies `source` (a file system path) to `file`.
    func copy(file source: String, to file: String) throws -> FileStamp? {
        guard let bytes = FileManager.default.contents(atPath: source) else { throw WriteError.missing(source) }
        return try write([UInt8](bytes), to: file)
    }

    /// Removes from a recycled tree every file the build did not place, and the folders left without one.
    func finish(placed: Set<String>) {
        guard staging.isRecycled, stagingFolder >= 0 else { return }
        // Folders that may have become empty: those of removed files, the empty ones and all above them.
        // Removing a folder that still holds something fails harmlessly.
        var candidates = Set<Substring>()
        func addFolders(of path: Substring) {
            var path = path
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard candidates.insert(path).inserted else { break }
            }
        }
        for file in spareFiles where !placed.contains(file) {
            unlinkat(stagingFolder, file, 0)
            addFolders(of: Substring(file))
        }
        for folder in spareEmptyFolders {
            candidates.insert(Substring(folder))
            addFolders(of: Substring(folder))
        }
        for folder in candidates.sorted(by: { $0.count > $1.count }) { unlinkat(stagingFolder, String(folder), AT_REMOVEDIR) }
    }

    /// The stamp of `file` in `folder` when `records` has it with `fingerprint` and it is that very file.
    private static func unchanged(_ file: String, in folder: Int32, records: [String: OutputRecord], fingerprint: UInt64) -> FileStamp? {
        guard folder >= 0, let record = records[file], record.fingerprint == fingerprint,
            let stamp = FileStamp(directory: folder, name: file), stamp.isSameFile(as: record.stamp)
        else { return nil }
        return stamp
    }
}

extension FileStamp {
    /// The same file with the same contents as when `other` was taken: the status-change time is left out,
    /// since linking the file changes it.
    func isSameFile(as other: FileStamp) -> Bool {
        device == other.device && inode == other.inode && size == other.size && modified == other.modified
    }
}
