import Testing

@testable import SiarSite

@Suite struct PaginationTests {
    /// Page `current` of `count` → the numbers shown, 0 standing for a gap.
    @Test(arguments: [
        (1, 1, [1]),
        (1, 2, [1, 2]),
        (2, 2, [1, 2]),
        (1, 7, [1, 2, 3, 0, 7]),
        (4, 7, [1, 2, 3, 4, 5, 6, 7]),
        (5, 7, [1, 2, 3, 4, 5, 6, 7]),
        (7, 7, [1, 0, 5, 6, 7]),
        (1, 500, [1, 2, 3, 0, 500]),
        (250, 500, [1, 0, 248, 249, 250, 251, 252, 0, 500]),
        (5, 500, [1, 2, 3, 4, 5, 6, 7, 0, 500]),
        (496, 500, [1, 0, 494, 495, 496, 497, 498, 499, 500]),
    ])
    func windowShowsTheEndsAndTheNeighbours(current: Int, count: Int, expected: [Int]) {
        #expect(Pagination.window(current: current, count: count).map { $0 ?? 0 } == expected)
    }

    @Test func everyPageOfALongListingLinksAFixedNumberOfPages() {
        for current in 1...1000 {
            let window = Pagination.window(current: current, count: 1000)
            #expect(window.count <= 9)
            #expect(window.contains(current) && window.first == 1 && window.last == 1000)
            let numbers = window.compactMap { $0 }
            #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
        }
    }
}
