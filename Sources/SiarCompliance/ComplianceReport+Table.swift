import SiarContent

extension ComplianceReport {
    /// An aligned plain-text table for a terminal: per partner a heading, one row per contract line, and the
    /// findings counted by code. Money as `Rp30.000.000`, percentages as `75,0%`; labels in Indonesian.
    public func table() -> String {
        var table = TextTable([.left, .left, .left, .right, .right, .right, .right, .right, .right, .left, .right, .right])
        let header = [
            "Kontrak", "Layanan", "Satuan", "Target", "Realisasi", "Tertunda", "Tdk dihitung", "Capaian", "Waktu",
            "Status", "Nilai diakui", "Sisa nilai",
        ]
        table.append(header)
        for partner in partners {
            for contract in partner.contracts {
                for line in contract.lines { table.append(Self.tableRow(contract: contract, line: line)) }
            }
        }
        let widths = table.widths
        var out = ["Kepatuhan mitra media per \(IndonesianText.date(asOf)) (\(asOf))"]
        if partners.isEmpty { out += ["", "Tidak ada mitra."] }
        for partner in partners {
            let council = partner.partner.pressCouncil
            out += [
                "",
                "\(partner.name) (\(partner.id)) · \(partner.partner.mediaType.rawValue) · Dewan Pers: \(council.rawValue)"
                    + " · nilai \(IndonesianText.rupiah(partner.value)), diakui \(IndonesianText.rupiah(partner.earned))",
                table.render(header, widths: widths),
            ]
            for contract in partner.contracts {
                for line in contract.lines { out.append(table.render(Self.tableRow(contract: contract, line: line), widths: widths)) }
            }
            if partner.contracts.isEmpty { out.append("Tidak ada kontrak.") }
            out.append("Temuan: " + Self.findingCounts(partner.findings))
            if let lag = partner.medianLagDays {
                out.append("Siaran pers dimuat: \(partner.releases.count), median jeda \(IndonesianText.decimal(lag)) hari")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func tableRow(contract: ContractSummary, line: LineSummary) -> [String] {
        [
            contract.number, line.service.rawValue, line.unit.rawValue, IndonesianText.number(line.target),
            IndonesianText.number(line.counted), IndonesianText.number(line.pending),
            IndonesianText.number(line.notCountedTotal - line.pending), IndonesianText.percent(line.achievedPercent),
            IndonesianText.percent(line.elapsedPercent), line.pace.rawValue, IndonesianText.rupiah(line.earned),
            IndonesianText.rupiah(line.remainingValue),
        ]
    }

    /// `tidak ada`, or `PENDING 2, LATE_EVIDENCE 1` in rule order.
    private static func findingCounts(_ findings: [Finding]) -> String {
        let counts = Dictionary(grouping: findings, by: \.code).mapValues(\.count)
        guard !counts.isEmpty else { return "tidak ada" }
        return counts.keys.sorted().map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
    }
}
