import Foundation
import SiarContent
import SiarServer
import SiarTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGKILL in the middle of a burst of writes: the ledger still loads without errors and holds every
/// placement whose `add` had returned.
///
/// The test runs this test binary a second time as the writer (``burstWriter()``, which only works when
/// `SIAR_CRASH_ROOT` is set), reads the ids it reports, and kills it while it is still writing.
@Suite struct CrashTests {
    typealias F = ServerFixture
    static let rootVariable = "SIAR_CRASH_ROOT"

    /// True in the helper process only, so that a normal run skips ``burstWriter()`` instead of counting it.
    static var isWriterProcess: Bool { ProcessInfo.processInfo.environment[rootVariable] != nil }

    @Test(.timeLimit(.minutes(2)), .enabled(if: !isWriterProcess))
    func aKilledWriterLosesNothingThatWasAnswered() async throws {
        let project = try F.project()
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        writer.arguments = ["--testing-library", "swift-testing", "--filter", "burstWriter"]
        writer.environment = ProcessInfo.processInfo.environment.merging([Self.rootVariable: project.root]) { $1 }
        let output = Pipe()
        writer.standardOutput = output
        writer.standardError = FileHandle.nullDevice
        try writer.run()

        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while text.components(separatedBy: "ADDED ").count <= 25, Date() < deadline {
            text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(writer.terminationReason == .uncaughtSignal)

        let answered = text.split(separator: "\n").compactMap { $0.hasPrefix("ADDED ") ? String($0.dropFirst(6)) : nil }
        #expect(answered.count >= 25)
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty)
        let ids = Set(loaded.content?.placements.map(\.id) ?? [])
        #expect(Set(answered).isSubset(of: ids))
        // Every audit entry names a row that exists; at most the last write may lack its entry.
        let audited = try AuditTrail(root: project.root).entries().map(\.placement)
        #expect(Set(audited).isSubset(of: ids))
        #expect(ids.count - 2 - audited.count <= 1)

        // The lock died with the process: a new store carries on.
        let next = try await F.store(project).add(F.draft(), by: F.tono)
        #expect(!ids.contains(next.id))
        #expect(!project.load().hasErrors)
    }

    /// The writer of the crash test, run only in the helper process that test starts; skipped (not
    /// passed) in a normal run.
    @Test(.enabled(if: isWriterProcess, "the helper process of aKilledWriterLosesNothingThatWasAnswered"))
    func burstWriter() async throws {
        let root = try #require(ProcessInfo.processInfo.environment[Self.rootVariable])
        let store = LedgerStore(root: root, now: { F.now })
        let users = [F.rina, F.tono, F.kr]
        for index in 0..<10_000 {
            let placement = try await store.add(F.draft(url: "https://example.org/\(index)"), by: users[index % users.count])
            FileHandle.standardOutput.write(Data("ADDED \(placement.id)\n".utf8))
        }
    }
}
