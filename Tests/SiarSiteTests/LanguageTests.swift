import Foundation
import SiarContent
import SiarSite
import SiarTestSupport
import Testing

/// `language:` switches every label and date format; a missing label is an error naming template and key.
@Suite struct LanguageTests {
    @Test func englishSiteUsesEnglishLabelsAndDates() throws {
        let project = try ProjectCopy(fixture: "portal")
        try project.write(
            "Content/site.yml", try project.read("Content/site.yml").replacingOccurrences(of: "language: id", with: "language: en"))
        #expect(project.build().succeeded)
        let page = try project.read("Site/berita/rakor-bima/index.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("Tuesday, 5 March 2024, 10:00 WITA"))
        #expect(page.contains("<dt>Published</dt>"))
        #expect(!page.contains("Terbit"))
        #expect(try project.read("Site/index.html").contains("Latest Press Releases"))
    }

    @Test func indonesianSiteUsesIndonesianDates() throws {
        let project = try ProjectCopy(fixture: "portal")
        #expect(project.build().succeeded)
        let page = try project.read("Site/berita/rakor-bima/index.html")
        #expect(page.contains("Selasa, 5 Maret 2024, pukul 10.00 WITA"))
        #expect(page.contains("<dt>Terbit</dt>"))
    }

    @Test func missingLabelIsAnErrorNamingTemplateAndKey() throws {
        let project = try ProjectCopy(fixture: "portal")
        let template = try project.read("Templates/release.mustache")
        try project.write("Templates/release.mustache", template.replacingOccurrences(of: "{{t.published}}", with: "{{t.diterbitkan}}"))
        let result = project.build()
        #expect(!result.succeeded)
        let line =
            template.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{t.published}}") }.map { $0 + 1 }
            ?? 0
        let column =
            template.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].utf8.count
            - (template.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].split(
                separator: "{{t.published}}", maxSplits: 1, omittingEmptySubsequences: false
            ).last?.utf8.count ?? 0)
            - "{{t.published}}".utf8.count + 3
        #expect(
            result.diagnostics.diagnostics.map(\.description) == [
                "Templates/release.mustache:\(line):\(column): error: missing label 'diterbitkan' for language 'id'; add it to Templates/i18n/id.yml"
            ])
    }

    @Test func templateSyntaxErrorHasItsPosition() throws {
        let project = try ProjectCopy(fixture: "portal")
        try project.write(
            "Templates/terms.mustache", "{{<layout}}\n{{$content}}\n{{#terms}}<li>{{name}}</li>{{/term}}\n{{/content}}\n{{/layout}}\n")
        let result = project.build()
        #expect(!result.succeeded)
        let first = try #require(result.diagnostics.diagnostics.first)
        #expect(first.location.path == "Templates/terms.mustache")
        #expect(first.location.line == 3)
        #expect(first.message.hasPrefix("template syntax error:"))
    }

    @Test func dateLabelsCoverEveryMonthAndWeekday() {
        let id = DateLabels(language: .id)
        let en = DateLabels(language: .en)
        // 1–7 January 2024 run Monday to Sunday.
        let weekdays = (1...7).map { id.weekday(CalendarDay(year: 2024, month: 1, day: $0)!) }
        #expect(weekdays == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"])
        #expect(
            (1...7).map { en.weekday(CalendarDay(year: 2024, month: 1, day: $0)!) } == [
                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            ])
        let months = (1...12).map { id.medium(CalendarDay(year: 2024, month: $0, day: 5)!) }
        #expect(
            months == [
                "5 Januari 2024", "5 Februari 2024", "5 Maret 2024", "5 April 2024", "5 Mei 2024", "5 Juni 2024", "5 Juli 2024",
                "5 Agustus 2024", "5 September 2024", "5 Oktober 2024", "5 November 2024", "5 Desember 2024",
            ])
        #expect(id.long(CalendarDay(year: 2024, month: 3, day: 5)!) == "Selasa, 5 Maret 2024")
        #expect(en.long(CalendarDay(year: 2024, month: 3, day: 5)!) == "Tuesday, 5 March 2024")
        #expect(
            id.dateAndTime(
                Timestamp(day: CalendarDay(year: 2024, month: 3, day: 5)!, utcOffset: 7 * 3600).adding(seconds: 14 * 3600 + 30 * 60))
                == "Selasa, 5 Maret 2024, pukul 14.30 WIB")
        #expect(id.zoneName(9 * 3600) == "WIT")
        #expect(id.zoneName(5 * 3600 + 1800) == "UTC+05:30")
    }
}
