extension Sequence<Int> {
    /// The sum, held at `Int.max` (or `Int.min`) instead of trapping when it would overflow.
    ///
    /// Money totals over many contracts or partners are not bounded by the parser's limits alone; a
    /// held total shows an absurd figure instead of stopping the build or the service.
    package func saturatingSum() -> Int {
        reduce(0) { sum, value in
            let (result, overflow) = sum.addingReportingOverflow(value)
            guard overflow else { return result }
            return value > 0 ? Int.max : Int.min
        }
    }
}
