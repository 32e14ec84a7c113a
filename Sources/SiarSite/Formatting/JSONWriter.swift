/// Compact JSON with sorted keys, written straight into a byte buffer.
///
/// Foundation's `JSONSerialization` spent more time on the JSON-LD of a page than Mustache on the page
/// itself; this handles the few value types view models use (dictionaries, arrays, strings, integers,
/// booleans) and always gives the same bytes for the same value.
struct JSONWriter {
    /// Escape `/` (so `</script>` cannot appear) and `<` (as `\u003c`), for JSON inside an HTML `<script>`.
    var forScript = false

    func string(_ value: Any) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ value: Any, into out: inout [UInt8]) {
        switch value {
        case let text as String: writeString(text, into: &out)
        case let flag as Bool: out.append(contentsOf: flag ? Array("true".utf8) : Array("false".utf8))
        case let number as Int: out.append(contentsOf: String(number).utf8)
        case let dictionary as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (offset, key) in dictionary.keys.sorted().enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if let item = dictionary[key] { write(item, into: &out) }
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (offset, item) in array.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let number as Double where number.isFinite:
            out.append(contentsOf: (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)).utf8)
        default:
            out.append(contentsOf: "null".utf8)
        }
    }

    private func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
            case UInt8(ascii: "/") where forScript: out.append(contentsOf: [92, 47])
            case UInt8(ascii: "<") where forScript: out.append(contentsOf: Array("\\u003c".utf8))
            case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
