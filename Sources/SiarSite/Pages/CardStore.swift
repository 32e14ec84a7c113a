import Foundation

/// The listing items of a render, one per visible release, each made once on first use by whichever
/// page-rendering thread needs it first.
final class CardStore: @unchecked Sendable {
    // Unchecked: `items` is only read and written under `lock`; an item is made outside the lock, so two
    // threads may make the same one at once, and both results are equal (a card is a pure function of the
    // entry and the theme).
    private let lock = NSLock()
    private var items: [ListItem?]

    init(count: Int) {
        items = Array(repeating: nil, count: count)
    }

    /// The item at `position`, made with `make` the first time.
    func item(_ position: Int, make: () -> ListItem) -> ListItem {
        if let made = lock.withLock({ items[position] }) { return made }
        let item = make()
        lock.withLock { items[position] = item }
        return item
    }
}

/// A listing's view model of one release, made once and read by many pages.
struct ListItem: @unchecked Sendable {
    // Unchecked: the dictionary holds only strings, numbers, booleans and dictionaries and arrays of
    // them, and is never changed after it is made.
    let values: [String: Any]
}
