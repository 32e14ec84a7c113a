import Foundation
import SiarTestSupport

/// Runs the built `siar` executable, as a user would, and captures what it prints.
struct SiarProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `siar` sits next to the test bundle in the build folder.
    static var executable: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [bundle.appendingPathComponent("siar").path]
        // xctest bundles on Linux are folders in some SwiftPM versions: look one level up as well.
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("siar").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    static func run(_ arguments: [String], in directory: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A copy of a fixture project plus the default theme in a temporary folder.
final class CLIProject: Sendable {
    let project: TemporaryProject

    init(fixture: String = "portal") throws {
        project = try TemporaryProject(fixture: fixture)
    }

    var root: String { project.root }

    func write(_ relative: String, _ bytes: [UInt8]) throws { try project.write(relative, bytes: bytes) }

    func siar(_ arguments: String...) throws -> SiarProcess.Outcome {
        try SiarProcess.run(arguments + ["--root", root])
    }

    func siteTree() throws -> FileTree { try FileTree(root: root + "/Site") }
}
