import SiarContent
import Testing

@Suite("DateParser")
struct DateParserTests {
    static let wita = 8 * 3600

    private func parsed(_ text: String, defaultOffset: Int = wita) throws -> Timestamp {
        try DateParser.parse(text, defaultOffset: defaultOffset).get()
    }

    @Test func plainDateIsMidnightAtTheDefaultOffset() throws {
        let stamp = try parsed("2024-03-05")
        #expect(stamp.hasTime == false)
        #expect(stamp.utcOffset == Self.wita)
        #expect(stamp.iso8601 == "2024-03-05T00:00:00+08:00")
        #expect(stamp.description == "2024-03-05")
        // 2024-03-05 is day 19787 since 1970-01-01; WITA midnight is 16:00 UTC the day before.
        #expect(stamp.secondsSinceEpoch == 19_787 * 86_400 - Self.wita)
    }

    @Test(arguments: [
        ("2024-03-05T10:00:00+08:00", "2024-03-05T10:00:00+08:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05T02:00:00Z", "2024-03-05T02:00:00+00:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05T02:00:00z", "2024-03-05T02:00:00+00:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05T10:00:00+0800", "2024-03-05T10:00:00+08:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-04T20:30:00-05:30", "2024-03-04T20:30:00-05:30", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05T10:00:00.123+08:00", "2024-03-05T10:00:00+08:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05T10:00:00.5Z", "2024-03-05T10:00:00+00:00", 19_787 * 86_400 + 10 * 3600),
        ("2024-03-05T10:00:00", "2024-03-05T10:00:00+08:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05 10:00:00", "2024-03-05T10:00:00+08:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05t10:00", "2024-03-05T10:00:00+08:00", 19_787 * 86_400 + 2 * 3600),
        ("2024-03-05T10:00+07:00", "2024-03-05T10:00:00+07:00", 19_787 * 86_400 + 3 * 3600),
        ("2024-03-05T23:59:59+14:00", "2024-03-05T23:59:59+14:00", 19_787 * 86_400 + 9 * 3600 + 59 * 60 + 59),
    ])
    func timestamps(text: String, iso8601: String, secondsSinceEpoch: Int) throws {
        let stamp = try parsed(text)
        #expect(stamp.iso8601 == iso8601)
        #expect(stamp.secondsSinceEpoch == secondsSinceEpoch)
        #expect(stamp.hasTime)
    }

    @Test(arguments: [
        "", "2024", "2024-3-5", "2024/03/05", "05-03-2024", "2024-03-5", "2024-03-05T", "2024-03-05T10",
        "2024-03-05T10:0", "2024-03-05T10:00:0", "2024-03-05X10:00", "2024-03-05 ", "2024-03-05T10:00:00 WITA",
        "2024-03-05T10:00:00+8", "2024-03-05T10:00:00+08:0", "2024-03-05T10:00:00+08-00", "2024-03-05T10:00:00UTC",
        "２０２４-03-05", "2024-03-05T1a:00", "-2024-03-05", "kemarin", "2024-03-05T10:00:00+08:00 ",
    ])
    func malformed(text: String) {
        #expect(DateParser.parse(text, defaultOffset: Self.wita) == .failure(.malformed))
    }

    @Test(arguments: [
        "2024-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "2024-03-00", "2023-02-29", "1900-02-29", "2100-02-29",
        "2024-03-05T24:00:00+08:00", "2024-03-05T23:60:00+08:00", "2024-03-05T23:59:60+08:00", "2024-03-05T10:00:00+15:00",
        "2024-03-05T10:00:00+08:60",
    ])
    func impossible(text: String) {
        #expect(DateParser.parse(text, defaultOffset: Self.wita) == .failure(.impossible))
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "1600-02-29", "2024-12-31", "2024-04-30", "0001-01-01"])
    func leapDaysAndMonthEndsThatExist(text: String) throws {
        #expect(try parsed(text).localDay.description == text)
    }

    @Test(arguments: [
        ("+08:00", 28_800), ("+0800", 28_800), ("-05:30", -19_800), ("Z", 0), ("+00:00", 0), ("-00:00", 0),
        ("+14:00", 50_400), ("+05:45", 20_700),
    ])
    func offsets(text: String, seconds: Int) {
        #expect(DateParser.parseOffset(text) == .success(seconds))
    }

    @Test(arguments: ["WITA", "+8", "08:00", "+08:00:00", "", "+0a:00", "UTC"])
    func malformedOffsets(text: String) {
        #expect(DateParser.parseOffset(text) == .failure(.malformed))
    }

    @Test func offsetsBeyondFourteenHoursAreImpossible() {
        #expect(DateParser.parseOffset("+15:00") == .failure(.impossible))
        #expect(DateParser.parseOffset("+08:75") == .failure(.impossible))
    }
}
