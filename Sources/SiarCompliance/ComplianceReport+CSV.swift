import SiarContent

extension ComplianceReport {
    /// The columns of ``csv()``, in order.
    public static let csvColumns = [
        "as_of", "partner", "partner_name", "media_type", "press_council", "contract", "contract_start", "contract_end",
        "contract_value", "contract_earned", "service", "unit", "target", "unit_price", "counted", "pending",
        "not_counted", "achieved_percent", "elapsed_percent", "expected", "status", "forecast", "earned",
        "remaining_quota", "remaining_value",
    ]

    /// One row per contract line under a header row, for a spreadsheet (RFC 4180: CRLF line ends, values
    /// with `,`, `"` or a line break quoted).
    ///
    /// Money is whole rupiah and decimals use `.` with one decimal, so every spreadsheet reads numbers as
    /// numbers whatever its locale. Text cells that a spreadsheet would run as a formula get a leading `'`.
    public func csv() -> String {
        var records = [Self.csvColumns]
        for partner in partners {
            for contract in partner.contracts {
                for line in contract.lines {
                    records.append([
                        asOf.description, CSVText.neutralised(partner.id), CSVText.neutralised(partner.name),
                        partner.partner.mediaType.rawValue, partner.partner.pressCouncil.rawValue,
                        CSVText.neutralised(contract.number), contract.contract.start.description,
                        contract.contract.end.description, String(contract.value), String(contract.earned),
                        line.service.rawValue, line.unit.rawValue, String(line.target), String(line.line.unitPrice),
                        String(line.counted), String(line.pending), String(line.notCountedTotal),
                        Self.csvDecimal(line.achievedPercent), Self.csvDecimal(line.elapsedPercent),
                        Self.csvDecimal(line.expectedByNow), line.pace.rawValue, Self.csvDecimal(line.forecast),
                        String(line.earned), String(line.remainingQuota), String(line.remainingValue),
                    ])
                }
            }
        }
        return records.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// `1234.56` → `1234.6`: one decimal, `.` as separator, no grouping.
    static func csvDecimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded(.toNearestOrAwayFromZero))
        return (value < 0 && tenths != 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// A value quoted when it holds `,`, `"`, CR or LF; inner quotes doubled.
    static func csvField(_ value: String) -> String {
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
        guard value.unicodeScalars.contains(where: special.contains) else { return value }
        var quoted = "\""
        for character in value {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }
}
