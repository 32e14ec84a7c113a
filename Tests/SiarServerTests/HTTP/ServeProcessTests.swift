import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The crash test of issue 5 at HTTP level: the real `siar serve` process, on a free loopback port, is
/// killed with SIGKILL in the middle of a burst of POSTs; the ledger must then load without errors and
/// hold every placement that was answered 201.
@Suite struct ServeProcessTests {
    @Test(.timeLimit(.minutes(3))) func aKilledServerKeepsEveryAnsweredWrite() async throws {
        let project = try ServerFixture.project()
        try FileManager.default.copyItem(atPath: RepositoryPaths.templates, toPath: project.path("Templates"))
        let added = try SiarExecutable.run(
            ["user", "add", "tono", "--role", "writer", "--password-stdin", "--root", project.root], input: "kata-sandi-penulis-1\n")
        #expect(added.status == 0, "\(added.stderr)")
        let token = try #require(added.stdout.split(separator: "\n").last.map(String.init))

        let server = Process()
        server.executableURL = URL(fileURLWithPath: SiarExecutable.path)
        server.arguments = ["serve", "--root", project.root, "--host", "127.0.0.1", "--port", "0", "--no-preview"]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }

        // `siar: listening on http://127.0.0.1:<port>/` once it is up.
        var banner = ""
        let deadline = Date().addingTimeInterval(30)
        while !banner.contains("listening on http://127.0.0.1:"), !banner.contains("\n\n"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            banner += String(decoding: data, as: UTF8.self)
        }
        let address = try #require(banner.components(separatedBy: "listening on ").dropFirst().first?.prefix { $0 != "\n" })
        #expect(address.hasPrefix("http://127.0.0.1:"))

        let answered = AnsweredIDs()
        let session = URLSession(configuration: .ephemeral)
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for index in 0..<150 {
                        var request = URLRequest(url: URL(string: "\(address)api/placements")!)
                        request.httpMethod = "POST"
                        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
                        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                        request.httpBody = Data(
                            #"{"partner": "kabar-rinjani", "service": "news", "published": "2025-03-08", "url": "https://example.org/\#(worker)/\#(index)"}"#
                                .utf8)
                        request.timeoutInterval = 10
                        guard let (data, response) = try? await session.data(for: request) else { return }
                        guard (response as? HTTPURLResponse)?.statusCode == 201 else { return }
                        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
                        if let id = object?["id"] as? String { await answered.insert(id) }
                    }
                }
            }
            // Kill the server while the workers are still writing.
            group.addTask {
                let start = Date()
                while await answered.count < 40, Date().timeIntervalSince(start) < 60 {
                    try? await Task.sleep(for: .milliseconds(20))
                }
                kill(server.processIdentifier, SIGKILL)
            }
        }
        server.waitUntilExit()
        #expect(server.terminationReason == .uncaughtSignal)
        let ids = await answered.ids
        #expect(ids.count >= 40)
        #expect(ids.count < 600, "the server was killed before the burst ended")

        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let stored = Set(loaded.content?.placements.map(\.id) ?? [])
        #expect(ids.isSubset(of: stored), "lost: \(ids.subtracting(stored).sorted())")
        let audited = Set(try AuditTrail(root: project.root).entries().map(\.placement))
        #expect(ids.isSubset(of: audited))
        // The audit entry is written before the ledger file: every row the service stored has its entry, and
        // an entry without its row can only be a write the kill cut short, never one that was answered.
        #expect(stored.subtracting(ServerFixture.ledgerRows.map { String($0.prefix(8)) }).isSubset(of: audited))
        #expect(audited.subtracting(stored).isDisjoint(with: ids))

        // The lock died with the process: the next writer carries on.
        let next = try await LedgerStore(root: project.root).add(ServerFixture.draft(), by: ServerFixture.tono)
        #expect(!stored.contains(next.id))
        #expect(!project.load().hasErrors)
    }
}

/// The ids the server answered 201 for, collected from several tasks.
actor AnsweredIDs {
    private(set) var ids: Set<String> = []
    var count: Int { ids.count }
    func insert(_ id: String) { ids.insert(id) }
}
