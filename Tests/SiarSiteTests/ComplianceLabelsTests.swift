import Foundation
import SiarCompliance
import SiarContent
import SiarTestSupport
import Testing

/// The labels of the compliance pages: every value of every enum the pages show has a label in both
/// languages, and the Indonesian finding and pace labels say what the engine says.
@Suite struct ComplianceLabelsTests {
    /// The `key: value` lines of a flat label file, quotes removed.
    static func labels(_ language: String) throws -> [String: String] {
        let text = try String(contentsOfFile: RepositoryPaths.templates + "/i18n/\(language).yml", encoding: .utf8)
        var labels: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            labels[String(line[..<colon])] = value
        }
        return labels
    }

    static func key(_ raw: String) -> String { raw.replacingOccurrences(of: "-", with: "_") }

    static var enumKeys: [String] {
        Partner.MediaType.allCases.map { "media_" + key($0.rawValue) } + Partner.PressCouncil.allCases.map { "council_" + $0.rawValue }
            + QuotaLine.Service.allCases.map { "service_" + key($0.rawValue) } + QuotaLine.Unit.allCases.map { "unit_" + key($0.rawValue) }
            + Placement.Status.allCases.map { "status_" + $0.rawValue } + ContractSummary.Phase.allCases.map { "phase_" + $0.rawValue }
            + Pace.allCases.map { "pace_" + key($0.rawValue) } + Finding.Code.allCases.map { "finding_" + $0.rawValue.lowercased() }
    }

    @Test func bothLanguagesHaveTheSameKeys() throws {
        let indonesian = try Self.labels("id")
        let english = try Self.labels("en")
        #expect(Set(indonesian.keys) == Set(english.keys))
        for key in Self.enumKeys {
            #expect(indonesian[key] != nil, "id.yml lacks \(key)")
            #expect(english[key] != nil, "en.yml lacks \(key)")
        }
    }

    @Test func indonesianLabelsMatchTheEngine() throws {
        let indonesian = try Self.labels("id")
        for code in Finding.Code.allCases { #expect(indonesian["finding_" + code.rawValue.lowercased()] == code.label) }
        for pace in Pace.allCases { #expect(indonesian["pace_" + Self.key(pace.rawValue)] == pace.label) }
        #expect(indonesian["media_online"] == "Media Daring/Siber")
        #expect(indonesian["council_none"] == "Belum Terverifikasi")
    }
}
