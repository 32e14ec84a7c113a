import SiarContent

/// The Markdown bodies of a build, taken out of the releases and let go one by one once rendered.
///
/// Releases otherwise carry their body through the whole build: with the HTML beside it that is two copies
/// of every text for the length of the build (a gigabyte at 50,000 releases). Here each body lives until
/// cmark has rendered it, and nothing else in the build holds it.
final class BodyStore: @unchecked Sendable {
    // Unchecked: the bodies live in memory the store owns (not an array, whose mutation from several threads
    // would be a race even on distinct elements); ``take(_:)`` is called at most once per index, and
    // ``MarkdownStage`` calls it for distinct indices from its parallel workers.
    private let bodies: UnsafeMutableBufferPointer<String>

    /// Moves the bodies of `releases` into the store, leaving each release's `body` empty.
    init(taking releases: inout [Release]) {
        bodies = .allocate(capacity: releases.count)
        _ = bodies.initialize(fromContentsOf: releases.lazy.map(\.body))
        for index in releases.indices { releases[index].body = "" }
    }

    deinit {
        bodies.deinitialize()
        bodies.deallocate()
    }

    /// The body of the release at `index`, which the store no longer holds afterwards.
    func take(_ index: Int) -> String {
        precondition(bodies.indices.contains(index), "no body \(index) in a store of \(bodies.count)")
        let body = bodies[index]
        bodies[index] = ""
        return body
    }
}
