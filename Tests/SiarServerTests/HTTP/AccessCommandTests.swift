import Foundation
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `siar serve` on a port in use and `siar user remove`, through the built executable.
@Suite struct AccessCommandTests {
    /// A socket listening on 127.0.0.1 at a free port, closed on deinit.
    final class Listener {
        let descriptor: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.descriptor = descriptor
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
            }
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            port = Int(UInt16(bigEndian: address.sin_port))
            guard bound == 0, listen(descriptor, 4) == 0, named == 0 else { throw POSIXError(.EADDRINUSE) }
        }

        deinit { close(descriptor) }
    }

    @Test(.timeLimit(.minutes(1))) func servingOnAPortInUseSaysSoInOneLine() async throws {
        let project = try ServerFixture.project()
        try FileManager.default.copyItem(atPath: RepositoryPaths.templates, toPath: project.path("Templates"))
        let listener = try Listener()
        let outcome = try SiarExecutable.run(["serve", "--root", project.root, "--port", String(listener.port), "--no-preview"])
        #expect(outcome.status == 69)
        #expect(
            outcome.stderr
                == "siar: port \(listener.port) on 127.0.0.1 is already in use; stop the other program or choose another with --port\n")
        let help = try SiarExecutable.run(["serve", "--help"])
        #expect(help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("Exit status 69"))
    }

    @Test func removingAUserEndsItsTokenAndSessions() async throws {
        let fixture = try await HTTPFixture.make()
        try await fixture.test { client in _ = try await Browser.signIn(client, as: "tono") }
        #expect(try fixture.project.read(".siar/sessions.json").contains("\"user\":\"tono\""))

        let removed = try SiarExecutable.run(["user", "remove", "tono", "--root", fixture.project.root])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "removed user 'tono' from .siar/users.json\n")
        #expect(!(try fixture.project.read(".siar/users.json").contains("\"tono\"")))
        #expect(!(try fixture.project.read(".siar/sessions.json").contains("\"user\":\"tono\"")))
        #expect(try fixture.project.read(".siar/users.json").contains("\"rina\""))

        // A service started afterwards no longer takes tono's token.
        var configuration = fixture.services.configuration
        configuration.port = 0
        try await buildApplication(services: AppServices(configuration: configuration)).test(.router) { client in
            let tono = try await client.execute(uri: "/api/partners", method: .get, headers: fixture.bearer("tono"))
            #expect(tono.status == .unauthorized)
            let rina = try await client.execute(uri: "/api/partners", method: .get, headers: fixture.bearer("rina"))
            #expect(rina.status == .ok)
        }

        let unknown = try SiarExecutable.run(["user", "remove", "tono", "--root", fixture.project.root])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no user 'tono'; 'siar user list' shows the users\n")
    }

    @Test func helpForTheRemoveSubcommandIsItsOwn() throws {
        for arguments in [["help", "user", "remove"], ["user", "remove", "--help"]] {
            let help = try SiarExecutable.run(arguments)
            #expect(help.status == 0, "\(arguments)")
            #expect(help.stdout.contains("USAGE: siar user remove"), "\(arguments): \(help.stdout)")
            #expect(help.stdout.contains("Remove a user, its API token and its sign-in sessions."), "\(arguments)")
            #expect(!help.stdout.contains("SUBCOMMANDS"), "\(arguments)")
        }
    }
}
