import SiarContent

/// The Markdown bodies of a build, taken out of the releases and let go one by one once rendered.
///
/// Releases otherwise carry their body through the whole build: with the HTML beside it that is two copies
/// of every text for the length of the build (a gigabyte at 50,000 releases). Here each body lives until
/// cmark has rendered it, and nothing else in the build holds it.
final class BodyStore: @unchecked Sendable {
    // Unchecked: ``take(_:)`` is called at most once per index, and ``MarkdownStage`` calls it for distinct
    // indices from its parallel workers, so no element is touched by two threads.
    private var bodies: [String]

    /// Moves the bodies of `releases` into the store, leaving each release's `body` empty.
    init(taking releases: inout [Release]) {
        bodies = releases.map(\.body)
        for index in releases.indices { releases[index].body = "" }
    }

    /// The body of the release at `index`, which the store no longer holds afterwards.
    func take(_ index: Int) -> String {
        bodies.withUnsafeMutableBufferPointer { buffer in
            let body = buffer[index]
            buffer[index] = ""
            return body
        }
    }
}
