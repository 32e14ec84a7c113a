import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `.siar/users.json`: roles, hashes only, file modes, tokens and passwords.
@Suite struct UserStoreTests {
    typealias F = ServerFixture

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func theFileHoldsOnlyHashesWithMode0600() async throws {
        let project = try F.project()
        let store = UserStore(root: project.root, bcryptCost: 10)
        let (user, token) = try await store.add(name: "rina", role: .manager, password: "kata-sandi-rahasia")
        #expect(user == User(name: "rina", role: .manager, created: user.created))
        #expect(user.created.hasPrefix("20") && user.created.hasSuffix("+08:00"))
        #expect(token.hasPrefix("siar_") && token.count == 5 + 43)
        #expect(token.dropFirst(5).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })

        let text = try project.read(".siar/users.json")
        #expect(!text.contains(token) && !text.contains(String(token.dropFirst(5))))
        #expect(!text.contains("kata-sandi-rahasia"))
        #expect(text.contains("\"password_hash\" : \"$2b$10$"))
        #expect(text.contains("\"token_hash\" : \"sha256:"))
        #expect(Self.mode(project.path(".siar")) == 0o700)
        #expect(Self.mode(project.path(".siar/users.json")) == 0o600)
        #expect(try project.read(".siar/.gitignore").hasSuffix("*\n"))

        _ = try await store.rotateToken(name: "rina")
        _ = try await store.add(name: "made", role: .viewer, password: "kata-sandi-lain-1")
        #expect(Self.mode(project.path(".siar/users.json")) == 0o600)
        #expect(try await store.users().map(\.name) == ["made", "rina"])
    }

    @Test func tokensAuthenticateUntilRotated() async throws {
        let project = try F.project()
        let store = UserStore(root: project.root, bcryptCost: 4)
        let (_, token) = try await store.add(name: "kr", role: .partner, partner: "kabar-rinjani", password: "kata-sandi-mitra")
        #expect(
            try await store.authenticate(token: token)
                == User(name: "kr", role: .partner, partner: "kabar-rinjani", created: try await store.users()[0].created))
        for wrong in [nil, "", "siar_", token + "x", String(token.dropLast())] {
            #expect(await F.error(AccessError.self) { _ = try await store.authenticate(token: wrong) } == .unauthenticated)
        }
        let fresh = try await store.rotateToken(name: "kr")
        #expect(fresh != token)
        #expect(await F.error(AccessError.self) { _ = try await store.authenticate(token: token) }?.status == 401)
        #expect(try await store.authenticate(token: fresh).name == "kr")
    }

    @Test func passwordsAreCheckedWithBcrypt() async throws {
        let project = try F.project()
        let store = UserStore(root: project.root, bcryptCost: 4)
        _ = try await store.add(name: "tono", role: .writer, password: "kata-sandi-penulis")
        #expect(try await store.verifyPassword(name: "tono", password: "kata-sandi-penulis")?.role == .writer)
        #expect(try await store.verifyPassword(name: "tono", password: "kata-sandi-salah") == nil)
        #expect(try await store.verifyPassword(name: "tidak-ada", password: "kata-sandi-penulis") == nil)
        try await store.setPassword(name: "tono", password: "kata-sandi-baru-1")
        #expect(try await store.verifyPassword(name: "tono", password: "kata-sandi-penulis") == nil)
        #expect(try await store.verifyPassword(name: "tono", password: "kata-sandi-baru-1")?.name == "tono")
    }

    @Test func badInputIsRefused() async throws {
        let project = try F.project()
        let store = UserStore(root: project.root, bcryptCost: 4)
        let password = "kata-sandi-rahasia"
        _ = try await store.add(name: "rina", role: .manager, password: password)
        let cases: [(String, User.Role, String?, String, UserStoreError)] = [
            ("rina", .viewer, nil, password, .duplicateName("rina")),
            ("Rina", .viewer, nil, password, .invalidName("Rina")),
            ("../x", .viewer, nil, password, .invalidName("../x")),
            ("kr", .partner, nil, password, .partnerRequired),
            ("kr", .partner, "kabar-rinjan", password, .unknownPartner("kabar-rinjan", suggestion: "kabar-rinjani")),
            ("kr", .partner, "../partners/x", password, .unknownPartner("../partners/x", suggestion: nil)),
            ("made", .manager, "kabar-rinjani", password, .partnerNotAllowed(.manager)),
            ("made", .manager, nil, "pendek", .weakPassword("the password is too short; use at least 10 characters")),
        ]
        for (name, role, partner, password, expected) in cases {
            let error = await F.error(UserStoreError.self) {
                _ = try await store.add(name: name, role: role, partner: partner, password: password)
            }
            #expect(error == expected, "\(name) \(role) \(partner ?? "-")")
        }
        #expect(
            UserStoreError.unknownPartner("kabar-rinjan", suggestion: "kabar-rinjani").message
                == "unknown partner 'kabar-rinjan'; did you mean 'kabar-rinjani'?")
        #expect(try await store.users().count == 1)
    }

    @Test func usersAddedByAnotherProcessAreSeen() async throws {
        let project = try F.project()
        let service = UserStore(root: project.root, bcryptCost: 4)
        #expect(try await service.users().isEmpty)
        // `siar user add` runs while the service is up: a second store on the same file.
        let (_, token) = try await UserStore(root: project.root, bcryptCost: 4).add(
            name: "vivi", role: .viewer, password: "kata-sandi-pemirsa")
        #expect(try await service.authenticate(token: token).name == "vivi")
        try await service.remove(name: "vivi")
        #expect(try await UserStore(root: project.root).users().isEmpty)
    }

    @Test func aDamagedFileIsAnErrorNotAnEmptyList() async throws {
        let project = try F.project([".siar/users.json": "{ not json"])
        let error = await F.error(UserStoreError.self) { _ = try await UserStore(root: project.root).authenticate(token: "siar_x") }
        #expect(error?.status == 500)
    }
}
