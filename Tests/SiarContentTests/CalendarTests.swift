import Foundation
import SiarContent
import Testing

@Suite("CalendarDay, Timestamp and AsOf")
struct CalendarTests {
    static let wita = 8 * 3600

    private func day(_ y: Int, _ m: Int, _ d: Int) throws -> CalendarDay {
        try #require(CalendarDay(year: y, month: m, day: d))
    }

    private func stamp(_ text: String) throws -> Timestamp {
        try DateParser.parse(text, defaultOffset: Self.wita).get()
    }

    /// Every day of 1900–2100, walked month by month, against the day-number arithmetic.
    @Test func dayNumbersRoundTripFrom1900To2100() throws {
        var expected = try day(1900, 1, 1).dayNumber
        #expect(expected == -25_567)
        var weekday = 1  // 1900-01-01 was a Monday
        for year in 1900...2100 {
            for month in 1...12 {
                for dayOfMonth in 1...CalendarDay.daysIn(month: month, year: year) {
                    let value = try day(year, month, dayOfMonth)
                    #expect(value.dayNumber == expected)
                    let back = CalendarDay(dayNumber: expected)
                    #expect(back == value)
                    #expect(value.weekday == weekday)
                    expected += 1
                    weekday = weekday % 7 + 1
                }
            }
        }
        #expect(try day(2100, 12, 31).dayNumber == 47_846)
    }

    @Test(arguments: [
        (1970, 1, 1, 0, 4), (2000, 1, 1, 10_957, 6), (2024, 3, 5, 19_787, 2), (2024, 2, 29, 19_782, 4),
        (1900, 1, 1, -25_567, 1), (2100, 12, 31, 47_846, 5), (1969, 12, 31, -1, 3),
    ])
    func knownAnchors(year: Int, month: Int, dayOfMonth: Int, dayNumber: Int, weekday: Int) throws {
        let value = try day(year, month, dayOfMonth)
        #expect(value.dayNumber == dayNumber)
        #expect(value.weekday == weekday)
    }

    @Test func daysInFebruary() {
        #expect(CalendarDay.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDay.daysIn(month: 2, year: 2023) == 28)
        #expect(CalendarDay.daysIn(month: 2, year: 1900) == 28)
        #expect(CalendarDay.daysIn(month: 2, year: 2000) == 29)
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDay(year: 2024, month: 4, day: 0) == nil)
    }

    @Test func arithmeticAndDescription() throws {
        let start = try day(2024, 2, 28)
        #expect(start.adding(days: 1).description == "2024-02-29")
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(start.adding(days: -59).description == "2023-12-31")
        #expect(try start.days(until: day(2024, 12, 31)) == 307)
        #expect(try day(5, 1, 9).description == "0005-01-09")
        #expect(try day(2024, 3, 5) < day(2024, 3, 6))
    }

    @Test func calendarDayCodableAsText() throws {
        let encoded = try JSONEncoder().encode([day(2024, 3, 5)])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"2024-03-05\"]")
        #expect(try JSONDecoder().decode([CalendarDay].self, from: encoded) == [day(2024, 3, 5)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2024-02-30\"]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2024-03-05T10:00\"]".utf8)) }
    }

    @Test func localDayAcrossMidnightAtWITA() throws {
        let lastSecond = try stamp("2024-03-05T23:59:59+08:00")
        #expect(lastSecond.localDay.description == "2024-03-05")
        #expect(lastSecond.adding(seconds: 1).localDay.description == "2024-03-06")
        #expect(lastSecond.adding(seconds: 1).iso8601 == "2024-03-06T00:00:00+08:00")
        // 16:00 UTC is already the next day in Mataram.
        let utc = try stamp("2024-03-05T16:00:00Z")
        #expect(utc.localDay.description == "2024-03-05")
        #expect(utc.at(offset: Self.wita).localDay.description == "2024-03-06")
        #expect(try stamp("2024-03-05T15:59:59Z").at(offset: Self.wita).localDay.description == "2024-03-05")
    }

    @Test func localDayBeforeTheEpoch() throws {
        let stamp = try stamp("1969-12-31T23:00:00Z")
        #expect(stamp.localDay.description == "1969-12-31")
        #expect(stamp.localTime.hour == 23 && stamp.localTime.minute == 0)
        #expect(stamp.at(offset: Self.wita).iso8601 == "1970-01-01T07:00:00+08:00")
    }

    @Test func iso8601AndOffsetText() throws {
        #expect(try stamp("2024-03-05T10:00:00+08:00").iso8601 == "2024-03-05T10:00:00+08:00")
        #expect(try stamp("2024-03-05T10:00:00-05:30").iso8601 == "2024-03-05T10:00:00-05:30")
        #expect(try stamp("2024-03-05T09:07:03Z").iso8601 == "2024-03-05T09:07:03+00:00")
        #expect(try stamp("2024-03-05T09:07:03Z").offsetText(zulu: true) == "Z")
        #expect(try stamp("2024-03-05T10:00:00+08:00").offsetText(separator: "") == "+0800")
        #expect(try stamp("2024-03-05T10:00:00+08:00").description == "2024-03-05T10:00:00+08:00")
    }

    @Test func comparisonUsesTheInstant() throws {
        let wita = try stamp("2024-03-05T10:00:00+08:00")
        let utc = try stamp("2024-03-05T02:00:00Z")
        #expect(!(wita < utc) && !(utc < wita))
        #expect(wita.secondsSinceEpoch == utc.secondsSinceEpoch)
        #expect(try stamp("2024-03-05T10:00:01+08:00") > wita)
    }

    @Test func asOfParsing() throws {
        #expect(try AsOf(parsing: "2024-03-05") == .day(day(2024, 3, 5)))
        #expect(try AsOf(parsing: "2024-03-05T10:00:00+07:00") == .moment(stamp("2024-03-05T10:00:00+07:00")))
        #expect(try AsOf(parsing: "2024-03-05T02:00:00Z") == .moment(stamp("2024-03-05T02:00:00Z")))
        #expect(try AsOf(parsing: "2024-03-05T10:30") == .localTime(day(2024, 3, 5), secondsIntoDay: 37_800))
        #expect(AsOf(parsing: "2024-02-30") == nil)
        #expect(AsOf(parsing: "besok") == nil)
        #expect(AsOf(parsing: "") == nil)
    }

    @Test func plainAsOfDayResolvesToItsLastSecondAtTheSiteOffset() throws {
        let asOf = try #require(AsOf(parsing: "2024-03-05"))
        let resolved = asOf.resolve(utcOffset: Self.wita, now: 0)
        #expect(resolved.iso8601 == "2024-03-05T23:59:59+08:00")
        #expect(try resolved.secondsSinceEpoch == stamp("2024-03-06T00:00:00+08:00").secondsSinceEpoch - 1)
        #expect(asOf.resolve(utcOffset: 0, now: 0).iso8601 == "2024-03-05T23:59:59+00:00")
        // Every release dated that day is included, and none of the next.
        #expect(try stamp("2024-03-05T23:59:59+08:00") <= resolved)
        #expect(try stamp("2024-03-06T00:00:00+08:00") > resolved)
    }

    @Test func asOfMomentKeepsTheInstantAtTheSiteOffset() throws {
        let resolved = try #require(AsOf(parsing: "2024-03-05T10:00:00+07:00")).resolve(utcOffset: Self.wita, now: 0)
        #expect(resolved.iso8601 == "2024-03-05T11:00:00+08:00")
    }

    /// A moment written without an offset is site time, like every other date without one (docs/CONTENT.md#dates-and-time-zones).
    @Test func asOfMomentWithoutOffsetTakesTheSiteOffset() throws {
        let resolved = try #require(AsOf(parsing: "2024-03-05T10:00")).resolve(utcOffset: Self.wita, now: 0)
        #expect(resolved.iso8601 == "2024-03-05T10:00:00+08:00")
    }

    @Test func asOfNowUsesTheClockAtTheSiteOffset() throws {
        let now = try stamp("2024-03-05T02:00:00Z").secondsSinceEpoch
        #expect(AsOf.now.resolve(utcOffset: Self.wita, now: now).iso8601 == "2024-03-05T10:00:00+08:00")
    }
}
