/// The ids the service gives new placements: `P`, the two-digit year of `published`, `-`, and a number of
/// at least four digits, as in the shipped ledger (`P25-0143`).
///
/// The number is one above the highest of that year ever seen, skipping any id already taken; the taken
/// ids include every row of every ledger file (rows with errors too) and every id in the audit trail, so an
/// id is not handed out again after its row was deleted by hand.
enum PlacementID {
    static func next(year: Int, taken: Set<String>) -> String {
        let prefix = "P" + pad(year % 100, 2) + "-"
        var number = taken.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        var id: String
        repeat {
            number += 1
            id = prefix + pad(number, 4)
        } while taken.contains(id)
        return id
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
