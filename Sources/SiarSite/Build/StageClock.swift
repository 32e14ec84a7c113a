import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures the pipeline stages of one build, in the order they run: wall time and the CPU time the
/// process spent meanwhile (above the wall time when a stage keeps both cores busy).
struct StageClock {
    private(set) var timings: [BuildReport.StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastCPU = Self.cpuSeconds()

    /// Runs `work` as the stage `name` and returns what it made.
    mutating func stage<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        defer { lap(name) }
        return try work()
    }

    /// Closes the running stage under `name` and starts the next.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        let cpu = Self.cpuSeconds()
        timings.append(.init(stage: name, seconds: Double(now - last) / 1e9, cpuSeconds: cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    /// User and system time of the whole process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(Self.wholeProcess, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    // Glibc imports `RUSAGE_SELF` as an enum case, Darwin as a plain integer.
    #if canImport(Glibc)
        private static let wholeProcess = RUSAGE_SELF.rawValue
    #else
        private static let wholeProcess = RUSAGE_SELF
    #endif
}
