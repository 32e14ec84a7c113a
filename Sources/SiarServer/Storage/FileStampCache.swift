import SiarContent

/// A value read from project files, kept until one of them changes.
///
/// Every lookup compares the stamps (size, modification time, inode) of the files the value was read
/// from, so an edit by hand, by `git checkout` or by another process shows on the next request, while an
/// unchanged project costs one stat per file.
struct FileStampCache<Value: Sendable>: Sendable {
    /// The stamps of some project files (``FileStamp/of(_:root:)``), keyed by project path; nil for a file that is gone.
    typealias Stamps = [String: FileStamp?]

    private var entry: (stamps: Stamps, value: Value)?

    init() {}

    /// The kept value, when the files are as they were when it was stored.
    func value(at stamps: Stamps) -> Value? {
        guard let entry, entry.stamps == stamps else { return nil }
        return entry.value
    }

    /// Keeps `value` as read from the files at `stamps`.
    mutating func store(_ value: Value, at stamps: Stamps) {
        entry = (stamps, value)
    }

    /// The kept value, or the one `read` returns (kept for the next lookup).
    mutating func value(at stamps: Stamps, orRead read: () throws -> Value) rethrows -> Value {
        if let kept = value(at: stamps) { return kept }
        let value = try read()
        store(value, at: stamps)
        return value
    }
}
