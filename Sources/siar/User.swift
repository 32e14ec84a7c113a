import ArgumentParser
import Foundation
import SiarServer

#if canImport(Glibc)
    import Glibc
#endif

extension User.Role: ExpressibleByArgument {}

extension Siar {
    struct Users: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user", abstract: "Manage the users of the management service (.siar/users.json).",
            subcommands: [AddUser.self, ListUsers.self, RemoveUser.self])
    }

    struct AddUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a user and print its API token as the last line.",
            discussion: """
                The password is read from standard input when that is not a terminal, or with --password-stdin; \
                otherwise a random password is generated and printed. Only hashes are stored.
                """)

        @Argument(help: "The sign-in name: lowercase letters, digits, '.', '_' and '-'.")
        var name: String

        @Option(help: "What the user may do: manager, writer, partner or viewer.")
        var role: User.Role

        @Option(help: ArgumentHelp("The partner of a 'partner' user (its file name without .yml).", valueName: "ID"))
        var partner: String?

        @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input.")
        var passwordStdin = false

        @Option(help: ArgumentHelp("The project folder.", valueName: "DIR"))
        var root: String = "."

        func validate() throws {
            if !User.isValidName(name) { throw ValidationError(UserStoreError.invalidName(name).message) }
            if role == .partner, partner == nil { throw ValidationError("role 'partner' needs --partner ID") }
            if role != .partner, partner != nil { throw ValidationError("--partner is only for role 'partner'") }
        }

        func run() async throws {
            let fromInput = passwordStdin || isatty(STDIN_FILENO) == 0 ? Self.readPassword() : nil
            if passwordStdin, fromInput == nil {
                Console.error("error: --password-stdin was given but standard input is empty")
                throw ExitCode.validationFailure
            }
            let password = fromInput ?? UserStore.generatePassword()
            let added: (user: User, token: String)
            do {
                added = try await UserStore(root: root).add(name: name, role: role, partner: partner, password: password)
            } catch let error as UserStoreError {
                Console.error("error: \(error.message)")
                switch error {
                case .invalidName, .partnerRequired, .partnerNotAllowed, .weakPassword: throw ExitCode.validationFailure
                default: throw ExitCode(ExitStatus.contentErrors)
                }
            }
            let partnerText = added.user.partner.map { " for partner '\($0)'" } ?? ""
            print("added user '\(added.user.name)' (\(added.user.role.rawValue)\(partnerText)) to \(UserStore.path)")
            if fromInput == nil { print("password (shown only now): \(password)") }
            print("API token (shown only now; send it as 'Authorization: Bearer <token>'):")
            print(added.token)
        }

        /// All of standard input without its final line break; nil when that leaves nothing.
        private static func readPassword() -> String? {
            var text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            if text.hasSuffix("\r") { text.removeLast() }
            return text.isEmpty ? nil : text
        }
    }

    struct ListUsers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users and their roles.")

        @Option(help: ArgumentHelp("The project folder.", valueName: "DIR"))
        var root: String = "."

        func run() async throws {
            let users: [User]
            do {
                users = try await UserStore(root: root).users()
            } catch let error as UserStoreError {
                Console.error("error: \(error.message)")
                throw ExitCode(ExitStatus.contentErrors)
            }
            guard !users.isEmpty else {
                print("no users yet; add one with 'siar user add NAME --role manager'")
                return
            }
            let rows = [["name", "role", "partner", "created"]] + users.map { [$0.name, $0.role.rawValue, $0.partner ?? "-", $0.created] }
            let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let padded = row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                print(padded.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
    }

    struct RemoveUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a user, its API token and its sign-in sessions.",
            discussion: """
                The user can no longer sign in or use the API; a running 'siar serve' signs them out at their \
                next request. Placements and audit entries that name the user stay as they are.
                """)

        @Argument(help: "The sign-in name of the user to remove.")
        var name: String

        @Option(help: ArgumentHelp("The project folder.", valueName: "DIR"))
        var root: String = "."

        func run() async throws {
            do {
                // The token hash lives in the user's record, so removing the record revokes the token too.
                try await UserStore(root: root).remove(name: name)
                try SessionStore.removeAll(user: name, root: root)
            } catch UserStoreError.unknownUser(let unknown) {
                Console.error("error: no user '\(unknown)'; 'siar user list' shows the users")
                throw ExitCode(ExitStatus.contentErrors)
            } catch let error as UserStoreError {
                Console.error("error: \(error.message)")
                throw ExitCode(ExitStatus.contentErrors)
            } catch {
                Console.error("error: cannot remove user '\(name)': \(error)")
                throw ExitCode(ExitStatus.contentErrors)
            }
            print("removed user '\(name)' from \(UserStore.path)")
        }
    }
}
