import Foundation
import SiarContent

/// The single writer of the placements ledger, `Content/placements/<yyyy>.csv`.
///
/// Every change goes through the same steps, in this order:
/// 1. read the ledger again if any ledger file changed on disk since the last read (and the partners,
///    releases and site settings if they changed);
/// 2. check the user's role (``AccessError``);
/// 3. apply the change to the text of one ledger file in memory, touching no other row;
/// 4. check the whole ledger with the rules of `siar check`; a change that would add an error is refused
///    with the diagnostics (``ValidationFailure``);
/// 5. append one row to the audit trail (``AuditTrail``) and flush it, so no change is saved unrecorded;
/// 6. write the file: a temporary file in the same folder, flushed, renamed over the ledger, the folder
///    flushed (``AtomicFile``).
///
/// The actor runs on a thread of its own, so the blocking file work never holds a thread of the
/// cooperative pool; a lock file (`.siar/ledger.lock`) keeps a second process from writing at the same time.
///
/// ```swift
/// let ledger = LedgerStore(root: ".")
/// let placement = try await ledger.add(PlacementDraft(partner: "kabar-rinjani", service: "news",
///                                                     published: "2025-03-01"), by: user)
/// try await ledger.verify(id: placement.id, by: manager)
/// ```
public actor LedgerStore {
    public let root: String
    let files: ProjectFiles
    let trail: AuditTrail
    /// Seconds since 1970; decides `submitted`, `reviewed_at` and the audit time.
    let now: @Sendable () -> Int
    var snapshot: LedgerSnapshot?
    private let executor = QueueExecutor(label: "siar.ledger")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    public init(root: String, now: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
        self.files = ProjectFiles(root: root)
        self.root = files.root
        self.trail = AuditTrail(root: root)
        self.now = now
    }

    /// The ledger as on disk: the last snapshot while no file it depends on has changed, a fresh read otherwise.
    func current() throws -> LedgerSnapshot {
        let contextPaths =
            [SitePaths.siteConfigFile] + files.files(under: SitePaths.partnersFolder, suffix: ".yml")
            + files.files(under: SitePaths.releasesFolder, suffix: ".md")
        let contextStamps = FileStamp.of(contextPaths, root: root)
        let ledgerStamps = FileStamp.of(LedgerValidator.ledgerPaths(root: root) + [AuditTrail.path], root: root)
        if let snapshot, snapshot.contextStamps == contextStamps, snapshot.ledgerStamps == ledgerStamps {
            return snapshot
        }
        let validator =
            if let snapshot, snapshot.contextStamps == contextStamps { snapshot.validator } else { LedgerValidator(root: root) }
        var ledgers: [String: LedgerText] = [:]
        var unreadable: [String: Diagnostic] = [:]
        for path in ledgerStamps.keys.sorted() where path != AuditTrail.path {
            guard let bytes = try? files.bytes(path) else { continue }  // deleted since it was listed
            do {
                ledgers[path] = try LedgerText(path: path, bytes: bytes)
            } catch {
                unreadable[path] = error
            }
        }
        let fresh = LedgerSnapshot(
            contextStamps: contextStamps, validator: validator, ledgerStamps: ledgerStamps, ledgers: ledgers,
            unreadable: unreadable, audit: try trail.entries())
        snapshot = fresh
        return fresh
    }

    /// Today and the current time in the site's timezone; refuses to work without usable site settings.
    func clock(_ snapshot: LedgerSnapshot) throws -> Timestamp {
        guard let site = snapshot.validator.site else {
            throw ValidationFailure(snapshot.validator.baseDiagnostics.filter { $0.severity == .error })
        }
        return Timestamp(secondsSinceEpoch: now(), utcOffset: site.utcOffset)
    }
}
