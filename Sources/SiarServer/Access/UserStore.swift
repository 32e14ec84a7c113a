import Foundation
import SiarContent

/// The users of the management service, in `.siar/users.json` under the project root.
///
/// The file holds only hashes: bcrypt for passwords, SHA-256 for API tokens. It is created with mode 0600
/// in a folder with mode 0700, and every rewrite is atomic and keeps mode 0600. Changes made by another
/// process (`siar user add` while the service runs) are noticed and read before the next lookup; writes
/// from several processes are serialized by a lock file.
///
/// ```swift
/// let users = UserStore(root: ".")
/// let (user, token) = try await users.add(name: "rina", role: .manager, password: "…")
/// let caller = try await users.authenticate(token: token)
/// ```
public actor UserStore {
    /// The project path of the users file.
    public static let path = SitePaths.usersFile

    public let root: String
    private let cost: UInt8
    private var cache = FileStampCache<UsersFile>()
    private var decoyHash: String?
    private let executor = QueueExecutor(label: "siar.users")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// - Parameter bcryptCost: log2 of the bcrypt rounds, clamped to 4…31; 11 takes about 0.1 s.
    public init(root: String, bcryptCost: Int = 11) {
        self.root = ProjectFiles(root: root).root
        self.cost = UInt8(min(31, max(4, bcryptCost)))
    }

    // MARK: Reading

    /// Every user, sorted by name.
    public func users() throws -> [User] { try current().users.map(\.user).sorted { $0.name < $1.name } }

    /// The user with `name`, if any.
    public func user(named name: String) throws -> User? { try current().users.first { $0.name == name }?.user }

    /// The user whose API token this is; throws ``AccessError/unauthenticated`` for a missing or unknown
    /// token. Every stored hash is compared, in constant time.
    public func authenticate(token: String?) throws -> User {
        guard let token, !token.isEmpty else { throw AccessError.unauthenticated }
        let hash = APIToken.hash(token)
        var match: User?
        for record in try current().users where APIToken.constantTimeEqual(record.tokenHash, hash) {
            match = record.user
        }
        guard let match else { throw AccessError.unauthenticated }
        return match
    }

    /// The user when `password` is theirs; nil otherwise. An unknown name costs the same bcrypt check as
    /// a known one, so the time taken does not tell which names exist.
    public func verifyPassword(name: String, password: String) async throws -> User? {
        let record = try current().users.first { $0.name == name }
        let hash: String
        if let record { hash = record.passwordHash } else { hash = await decoy() }
        let matches = await Passwords.verify(password, hash: hash)
        return matches ? record?.user : nil
    }

    // MARK: Changing

    /// Adds a user and returns it with its new API token, which is shown only this once.
    public func add(name: String, role: User.Role, partner: String? = nil, password: String) async throws -> (
        user: User, token: String
    ) {
        try check(name: name, role: role, partner: partner)
        if let problem = Passwords.problem(with: password) { throw UserStoreError.weakPassword(problem) }
        let passwordHash = await Passwords.hash(password, cost: cost)
        let token = APIToken.generate()
        let offset = ContentLoader(root: root).loadSiteOnly()?.utcOffset ?? 0
        let created = Timestamp(secondsSinceEpoch: Int(Date().timeIntervalSince1970), utcOffset: offset).iso8601
        let record = UsersFile.Record(
            name: name, role: role, partner: partner, passwordHash: passwordHash, tokenHash: APIToken.hash(token),
            created: created)
        try update { file in
            guard !file.users.contains(where: { $0.name == name }) else { throw UserStoreError.duplicateName(name) }
            file.users.append(record)
        }
        return (record.user, token)
    }

    /// Replaces the password of `name`.
    public func setPassword(name: String, password: String) async throws {
        if let problem = Passwords.problem(with: password) { throw UserStoreError.weakPassword(problem) }
        guard try user(named: name) != nil else { throw UserStoreError.unknownUser(name) }
        let passwordHash = await Passwords.hash(password, cost: cost)
        try update { file in try file.change(name) { $0.passwordHash = passwordHash } }
    }

    /// Gives `name` a new API token and returns it; the old one stops working at once.
    public func rotateToken(name: String) throws -> String {
        let token = APIToken.generate()
        try update { file in try file.change(name) { $0.tokenHash = APIToken.hash(token) } }
        return token
    }

    /// Removes the user `name`.
    public func remove(name: String) throws {
        try update { file in
            guard file.users.contains(where: { $0.name == name }) else { throw UserStoreError.unknownUser(name) }
            file.users.removeAll { $0.name == name }
        }
    }

    /// A random password of 20 letters and digits without look-alikes (about 115 bits), for new users.
    public static func generatePassword() -> String { Passwords.generate() }

    // MARK: The file

    private var filePath: String { root + "/" + Self.path }

    private var fileStamps: FileStampCache<UsersFile>.Stamps { FileStamp.of([Self.path], root: root) }

    /// The file as on disk, read again only when it changed.
    private func current() throws -> UsersFile {
        let stamps = fileStamps
        return try cache.value(at: stamps) {
            guard (stamps[Self.path] ?? nil) != nil else { return UsersFile() }
            do {
                return try UsersFile(bytes: try ProjectFiles(root: root).bytes(Self.path))
            } catch {
                throw UserStoreError.unreadableFile(String(describing: error))
            }
        }
    }

    /// Reads the file under the lock, applies `change` and writes it back atomically with mode 0600.
    private func update(_ change: (inout UsersFile) throws -> Void) throws {
        let folder = try PrivateFolder.ensure(root: root)
        try FileLock(path: folder + "/users.lock").withLock {
            var file = try current()
            try change(&file)
            try AtomicFile.write(try file.bytes, to: filePath, mode: 0o600)
            cache.store(file, at: fileStamps)
        }
    }

    private func check(name: String, role: User.Role, partner: String?) throws {
        guard User.isValidName(name) else { throw UserStoreError.invalidName(name) }
        switch (role, partner) {
        case (.partner, nil): throw UserStoreError.partnerRequired
        case (.partner, let id?):
            let known = ProjectFiles(root: root).files(under: SitePaths.partnersFolder, suffix: ".yml").map {
                String($0.dropFirst(SitePaths.partnersFolder.count + 1).dropLast(".yml".count))
            }
            guard Slug.isValid(id), known.contains(id) else {
                throw UserStoreError.unknownPartner(id, suggestion: Suggestion.closest(to: id, in: known))
            }
        case (_, nil): break
        case (_, .some): throw UserStoreError.partnerNotAllowed(role)
        }
        if try user(named: name) != nil { throw UserStoreError.duplicateName(name) }
    }

    /// A hash to check unknown names against, made once at the store's cost.
    private func decoy() async -> String {
        if let decoyHash { return decoyHash }
        let hash = await Passwords.hash(Passwords.generate(), cost: cost)
        decoyHash = hash
        return hash
    }
}

extension UsersFile {
    fileprivate mutating func change(_ name: String, _ body: (inout Record) -> Void) throws {
        guard let index = users.firstIndex(where: { $0.name == name }) else { throw UserStoreError.unknownUser(name) }
        body(&users[index])
    }
}
