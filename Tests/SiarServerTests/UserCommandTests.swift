import Foundation
import SiarServer
import SiarTestSupport
import Testing

/// `siar user add` and `siar user list` through the built executable, checked against the user store.
@Suite struct UserCommandTests {
    @Test func addWithoutAPasswordPrintsAGeneratedOneOnceThatSignsIn() async throws {
        let project = try ServerFixture.project()
        let outcome = try SiarExecutable.run([
            "user", "add", "kr", "--role", "partner", "--partner", "kabar-rinjani", "--root", project.root,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines.first == "added user 'kr' (partner for partner 'kabar-rinjani') to .siar/users.json")
        let passwordLine = try #require(lines.first { $0.hasPrefix("password (shown only now): ") })
        let password = String(passwordLine.dropFirst("password (shown only now): ".count))
        #expect(password.count >= 12, "a generated password is long: '\(password)'")
        #expect(lines.dropLast().last.map { $0.count > 20 } == true, "the token is the last line")
        let token = lines[lines.count - 2]
        #expect(lines.last == "")

        let store = UserStore(root: project.root, bcryptCost: 4)
        #expect(try await store.verifyPassword(name: "kr", password: password)?.partner == "kabar-rinjani")
        #expect(try await store.verifyPassword(name: "kr", password: password + "x") == nil)
        #expect(try await store.authenticate(token: token).name == "kr")
        // Only hashes are stored: neither the password nor the token is in the file.
        let file = try project.read(".siar/users.json")
        #expect(!file.contains(password) && !file.contains(token))

        // Shown once: a second user's output has another password, and listing shows no secret.
        let second = try SiarExecutable.run(["user", "add", "rina", "--role", "manager", "--root", project.root])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stdout.contains(password))
        let list = try SiarExecutable.run(["user", "list", "--root", project.root])
        #expect(!list.stdout.contains(password) && !list.stdout.contains(token))
    }

    @Test func listShowsEveryUserInAlignedColumns() async throws {
        let project = try ServerFixture.project()
        let empty = try SiarExecutable.run(["user", "list", "--root", project.root])
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout == "no users yet; add one with 'siar user add NAME --role manager'\n")

        for arguments in [["vivi", "--role", "viewer"], ["kr", "--role", "partner", "--partner", "kabar-rinjani"]] {
            let added = try SiarExecutable.run(
                ["user", "add"] + arguments + ["--password-stdin", "--root", project.root], input: "rahasia-yang-panjang\n")
            #expect(added.status == 0, "\(added.stderr)")
            #expect(!added.stdout.contains("password (shown only now)"))
        }
        let created = try await UserStore(root: project.root).users().map(\.created)
        #expect(created.count == 2)
        let list = try SiarExecutable.run(["user", "list", "--root", project.root])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(
            list.stdout == """
                name  role     partner        created
                kr    partner  kabar-rinjani  \(created[0])
                vivi  viewer   -              \(created[1])

                """)
    }
}
