import Yams

/// Reads the `contracts:` list of a partner file and checks each contract on its own and against the
/// partner's other contracts (periods must not overlap, lines must fit the value).
struct ContractParser {
    let source: YAMLSource
    /// Decides the default `evidence_days` of the lines.
    let mediaType: Partner.MediaType

    /// The usable contracts, in file order; a contract missing a required value is left out.
    func parseAll(_ node: Node?, diagnostics: inout [Diagnostic]) -> [Contract] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(
                Diagnostic(.wrongType(key: "contracts", expected: "a list of contracts"), at: source.location(of: node.mark)))
            return []
        }
        var contracts: [Contract] = []
        var periods: [(contract: Contract, startLocation: SourceLocation)] = []
        for item in items {
            guard let (contract, startLocation, periodValid) = parse(item, diagnostics: &diagnostics) else { continue }
            contracts.append(contract)
            guard periodValid else { continue }
            if let earlier = periods.first(where: { $0.contract.overlaps(contract) }) {
                diagnostics.append(Diagnostic(.overlappingContracts(contract.number, other: earlier.contract.number), at: startLocation))
            }
            periods.append((contract, startLocation))
        }
        return contracts
    }

    /// One contract, where its `start` is written, and whether its period is valid.
    private func parse(_ node: Node, diagnostics: inout [Diagnostic]) -> (Contract, SourceLocation, Bool)? {
        var fields = FieldReader(node, source: source, describing: "a contract", diagnostics: &diagnostics)
        guard node.mapping != nil else { return nil }
        let number = fields.string("number", required: true)
        let signed = fields.day("signed", required: true)
        let start = fields.day("start", required: true)
        let end = fields.day("end", required: true)
        let value = fields.integer(
            "value", in: NumberLimits.contractValue, expected: NumberLimits.wording(NumberLimits.contractValue, unit: "rupiah"),
            required: true)
        var periodValid = true
        if let start, let end, end < start {
            fields.report(.endBeforeStart(start: start.description, end: end.description), at: "end")
            periodValid = false
        }
        let lines = parseLines(&fields, diagnostics: &diagnostics)
        if let value {
            let total = lines.reduce(0) { sum, line in
                let product = line.target.multipliedReportingOverflow(by: line.unitPrice)
                let added = sum.addingReportingOverflow(product.partialValue)
                return product.overflow || added.overflow ? Int.max : added.partialValue
            }
            if total > value { fields.report(.linesExceedValue(total: total, value: value), at: "value") }
        }
        let numberLocation = fields.location(of: "number")
        let startLocation = fields.location(of: "start")
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        guard let number, let signed, let start, let end, let value else { return nil }
        let contract = Contract(
            number: number, signed: signed, start: start, end: end, value: value, lines: lines, location: numberLocation)
        return (contract, startLocation, periodValid)
    }

    private func parseLines(_ contract: inout FieldReader, diagnostics: inout [Diagnostic]) -> [QuotaLine] {
        guard let node = contract.node("lines") else {
            contract.report(.missingKey("lines"), at: contract.mappingLocation)
            return []
        }
        guard let items = node.sequence else {
            contract.report(.wrongType(key: "lines", expected: "a list of quota lines"), at: "lines")
            return []
        }
        if items.isEmpty { contract.report(.emptyValue("lines"), at: "lines") }
        var lines: [QuotaLine] = []
        for item in items {
            var fields = FieldReader(item, source: source, describing: "a quota line", diagnostics: &diagnostics)
            guard item.mapping != nil else { continue }
            let service = fields.choice("service", from: QuotaLine.Service.allCases.map(\.rawValue), required: true)
            let unit = fields.choice("unit", from: QuotaLine.Unit.allCases.map(\.rawValue), required: true)
            let target = fields.integer(
                "target", in: NumberLimits.target, expected: NumberLimits.wording(NumberLimits.target), required: true)
            let price = fields.integer(
                "unit_price", in: NumberLimits.unitPrice, expected: NumberLimits.wording(NumberLimits.unitPrice, unit: "rupiah"),
                required: true)
            let days = fields.integer(
                "evidence_days", in: NumberLimits.evidenceDays, expected: NumberLimits.wording(NumberLimits.evidenceDays, unit: "days"))
            if let service, lines.contains(where: { $0.service.rawValue == service }) {
                fields.report(.duplicateServiceLine(service), at: "service")
            }
            fields.reportUnknownKeys()
            diagnostics += fields.diagnostics
            guard let service = service.flatMap(QuotaLine.Service.init(rawValue:)),
                let unit = unit.flatMap(QuotaLine.Unit.init(rawValue:)), let target, let price
            else { continue }
            lines.append(
                QuotaLine(
                    service: service, unit: unit, target: target, unitPrice: price,
                    evidenceDays: days ?? mediaType.defaultEvidenceDays))
        }
        return lines
    }
}
