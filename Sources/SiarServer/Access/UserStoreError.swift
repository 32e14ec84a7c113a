import SiarContent

/// Why ``UserStore`` refused a change.
public enum UserStoreError: ServiceError, Hashable, CustomStringConvertible {
    case invalidName(String)
    case duplicateName(String)
    /// The `partner` role without a partner id.
    case partnerRequired
    /// A partner id for a role other than `partner`.
    case partnerNotAllowed(User.Role)
    case unknownPartner(String, suggestion: String?)
    case weakPassword(String)
    case unknownUser(String)
    /// `.siar/users.json` exists but cannot be read.
    case unreadableFile(String)

    public var status: Int {
        switch self {
        case .duplicateName: 409
        case .unknownUser: 404
        case .unreadableFile: 500
        default: 422
        }
    }

    public var message: String {
        switch self {
        case .invalidName(let name):
            "invalid user name '\(name)'; use 1 to 64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit"
        case .duplicateName(let name):
            "user '\(name)' already exists; choose another name"
        case .partnerRequired:
            "role 'partner' needs the id of its partner (the file name of \(SitePaths.partnerFile("<id>")))"
        case .partnerNotAllowed(let role):
            "only role 'partner' has a partner id, not role '\(role.rawValue)'"
        case .unknownPartner(let id, let suggestion):
            "unknown partner '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; add '\(SitePaths.partnerFile(id))' first")
        case .weakPassword(let why):
            why
        case .unknownUser(let name):
            "no user '\(name)'"
        case .unreadableFile(let why):
            "cannot read \(SitePaths.usersFile): \(why); restore it from a backup or remove it and add the users again"
        }
    }

    public var description: String { message }
}
