import Foundation
import SiarTestSupport
import Testing

/// `siar compliance` through the built executable: the exact table, CSV and JSON of a one-partner project.
@Suite struct ComplianceCommandTests {
    /// One partner, one contract of two lines; a counted article, a pending one and three banner days.
    static func project() throws -> TemporaryProject {
        try TemporaryProject(files: [
            "Content/partners/warta.yml": """
            name: "Warta Uji"
            company: "PT Warta Uji"
            legal_form: PT
            media_type: online
            press_council: factual
            contracts:
              - number: "PKS/W/2025"
                signed: 2025-01-02
                start: 2025-01-01
                end: 2025-12-31
                value: 5000000
                lines:
                  - service: news
                    unit: item
                    target: 4
                    unit_price: 1000000
                  - service: banner
                    unit: day
                    target: 10
                    unit_price: 100000

            """,
            "Content/placements/2025.csv": TemporaryProject.ledger([
                "W-1,warta,PKS/W/2025,news,,2025-02-10,,https://warta.example/1,https://warta.example/1,2025-02-11,verified,rina,2025-02-12,",
                "W-2,warta,PKS/W/2025,news,,2025-03-01,,https://warta.example/2,https://warta.example/2,2025-03-02,submitted,,,",
                "W-3,warta,PKS/W/2025,banner,,2025-02-01,3,,https://warta.example/b,2025-02-02,verified,rina,2025-02-03,",
            ]),
        ])
    }

    static func compliance(_ project: TemporaryProject, _ format: String) throws -> SiarProcess.Outcome {
        try SiarProcess.run(["compliance", "--format", format, "--as-of", "2025-03-31", "--root", project.root])
    }

    @Test func table() throws {
        let outcome = try Self.compliance(Self.project(), "table")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == Self.expectedTable)
    }

    @Test func csv() throws {
        let outcome = try Self.compliance(Self.project(), "csv")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == Self.expectedCSV)
    }

    @Test func json() throws {
        let outcome = try Self.compliance(Self.project(), "json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == Self.expectedJSON)
    }

    static let expectedTable = #"""
        Kepatuhan mitra media per 31 Maret 2025 (2025-03-31)

        Warta Uji (warta) · online · Dewan Pers: factual · nilai Rp5.000.000, diakui Rp1.300.000
        Kontrak     Layanan  Satuan  Target  Realisasi  Tertunda  Tdk dihitung  Capaian  Waktu  Status    Nilai diakui   Sisa nilai
        PKS/W/2025  news     item         4          1         1             0    25,0%  24,7%  on-track   Rp1.000.000  Rp3.000.000
        PKS/W/2025  banner   day         10          3         0             0    30,0%  24,7%  on-track     Rp300.000    Rp700.000
        Temuan: PENDING 1

        """#

    /// CSV lines end in CRLF (RFC 4180).
    static let expectedCSV = #"""
        as_of,partner,partner_name,media_type,press_council,contract,contract_start,contract_end,contract_value,contract_earned,service,unit,target,unit_price,counted,pending,not_counted,achieved_percent,elapsed_percent,expected,status,forecast,earned,remaining_quota,remaining_value\#r
        2025-03-31,warta,Warta Uji,online,factual,PKS/W/2025,2025-01-01,2025-12-31,5000000,1300000,news,item,4,1000000,1,1,1,25.0,24.7,1.0,on-track,4.1,1000000,3,3000000\#r
        2025-03-31,warta,Warta Uji,online,factual,PKS/W/2025,2025-01-01,2025-12-31,5000000,1300000,banner,day,10,100000,3,0,0,30.0,24.7,2.5,on-track,12.2,300000,7,700000\#r

        """#

    static let expectedJSON = #"""
        {
          "as_of" : "2025-03-31",
          "pace_warning_points" : 15,
          "partners" : [
            {
              "company" : "PT Warta Uji",
              "contracts" : [
                {
                  "earned" : 1300000,
                  "elapsed_percent" : 24.7,
                  "end" : "2025-12-31",
                  "lines" : [
                    {
                      "achieved_percent" : 25,
                      "counted" : 1,
                      "earned" : 1000000,
                      "elapsed_percent" : 24.7,
                      "evidence_days" : 2,
                      "expected" : 1,
                      "forecast" : 4.1,
                      "not_counted" : {
                        "PENDING" : 1
                      },
                      "pending" : 1,
                      "remaining_quota" : 3,
                      "remaining_value" : 3000000,
                      "service" : "news",
                      "status" : "on-track",
                      "target" : 4,
                      "unit" : "item",
                      "unit_price" : 1000000
                    },
                    {
                      "achieved_percent" : 30,
                      "counted" : 3,
                      "earned" : 300000,
                      "elapsed_percent" : 24.7,
                      "evidence_days" : 2,
                      "expected" : 2.5,
                      "forecast" : 12.2,
                      "not_counted" : {

                      },
                      "pending" : 0,
                      "remaining_quota" : 7,
                      "remaining_value" : 700000,
                      "service" : "banner",
                      "status" : "on-track",
                      "target" : 10,
                      "unit" : "day",
                      "unit_price" : 100000
                    }
                  ],
                  "number" : "PKS/W/2025",
                  "phase" : "active",
                  "remaining" : 3700000,
                  "signed" : "2025-01-02",
                  "start" : "2025-01-01",
                  "value" : 5000000
                }
              ],
              "earned" : 1300000,
              "findings" : [
                {
                  "code" : "PENDING",
                  "contract" : "PKS/W/2025",
                  "label" : "Menunggu verifikasi",
                  "message" : "Masih menunggu verifikasi petugas; belum dihitung.",
                  "placement" : "W-2",
                  "published" : "2025-03-01",
                  "quantity" : 1,
                  "service" : "news",
                  "severity" : "not-counted"
                }
              ],
              "id" : "warta",
              "legal_form" : "PT",
              "media_type" : "online",
              "name" : "Warta Uji",
              "placements" : [
                {
                  "contract" : "PKS/W/2025",
                  "counted" : 3,
                  "id" : "W-3",
                  "press_council" : "factual",
                  "published" : "2025-02-01",
                  "quantity" : 3,
                  "service" : "banner"
                },
                {
                  "contract" : "PKS/W/2025",
                  "counted" : 1,
                  "id" : "W-1",
                  "press_council" : "factual",
                  "published" : "2025-02-10",
                  "quantity" : 1,
                  "service" : "news"
                },
                {
                  "code" : "PENDING",
                  "contract" : "PKS/W/2025",
                  "counted" : 0,
                  "id" : "W-2",
                  "press_council" : "factual",
                  "published" : "2025-03-01",
                  "quantity" : 1,
                  "service" : "news"
                }
              ],
              "press_council" : "factual",
              "releases" : [

              ],
              "remaining" : 3700000,
              "value" : 5000000
            }
          ]
        }

        """#
}
