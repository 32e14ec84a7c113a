/// Parses the dates content files may hold: `2024-03-05`, `2024-03-05T10:00`, `2024-03-05 10:00:00`,
/// `2024-03-05T10:00:00+08:00`, `…Z`. Works on UTF-8 bytes.
public enum DateParser {
    public enum Problem: Error, Sendable, Hashable {
        /// Not in any accepted form.
        case malformed
        /// Well-formed but names a day or time that does not exist.
        case impossible
    }

    /// Parses `text`; a value without an offset takes `defaultOffset` (the site's timezone).
    public static func parse(_ text: String, defaultOffset: Int) -> Result<Timestamp, Problem> {
        let b = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var n = 0
            for i in range {
                guard (48...57).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
        else { return .failure(.malformed) }
        guard let day = CalendarDay(year: y, month: m, day: d) else { return .failure(.impossible) }
        if b.count == 10 { return .success(Timestamp(day: day, utcOffset: defaultOffset)) }

        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "t"),
            b.count >= 16, b[13] == UInt8(ascii: ":"),
            let hour = number(11..<13), let minute = number(14..<16)
        else { return .failure(.malformed) }
        var i = 16
        var second = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let s = number(17..<19) else { return .failure(.malformed) }
            second = s
            i = 19
            if i < b.count, b[i] == UInt8(ascii: ".") {  // fractional seconds are accepted and dropped
                i += 1
                while i < b.count, (48...57).contains(b[i]) { i += 1 }
            }
        }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.impossible) }
        var offset = defaultOffset
        if i < b.count {
            switch parseOffset(b[i...]) {
            case .success(let o): offset = o
            case .failure(let problem): return .failure(problem)
            }
        }
        let local = day.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
        return .success(Timestamp(secondsSinceEpoch: local - offset, utcOffset: offset))
    }

    /// Parses `+08:00`, `+0800`, `-05:30` or `Z` into seconds east of UTC.
    public static func parseOffset(_ text: String) -> Result<Int, Problem> {
        parseOffset(Array(text.utf8)[...])
    }

    static func parseOffset(_ b: ArraySlice<UInt8>) -> Result<Int, Problem> {
        let bytes = Array(b)
        if bytes == [UInt8(ascii: "Z")] || bytes == [UInt8(ascii: "z")] { return .success(0) }
        guard bytes.count == 6 || bytes.count == 5, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-")
        else { return .failure(.malformed) }
        let digits = bytes.count == 6 ? [bytes[1], bytes[2], bytes[4], bytes[5]] : Array(bytes[1...4])
        if bytes.count == 6 && bytes[3] != UInt8(ascii: ":") { return .failure(.malformed) }
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return .failure(.malformed) }
        let hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
        let minutes = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
        guard hours <= 14, minutes < 60 else { return .failure(.impossible) }
        let seconds = (hours * 60 + minutes) * 60
        return .success(bytes[0] == UInt8(ascii: "-") ? -seconds : seconds)
    }
}
