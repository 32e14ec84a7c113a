import Dispatch

/// Measures the pipeline stages of one build, in the order they run.
struct StageClock {
    private(set) var timings: [(stage: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Closes the running stage under `name` and starts the next.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        timings.append((name, Double(now - last) / 1e9))
        last = now
    }
}
