import SiarContent
import SiarTestSupport
import Testing

/// The rules beyond the syntax: regions, slugs, images, expiry, file names, and rules across files.
@Suite("Release diagnostics: rules")
struct ReleaseRuleDiagnosticsTests {
    static let cases: [ReleaseCase] = [
        ReleaseCase(
            "unknown region with a hint",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nregions: [kota-bima, kota-mtaram]\n---\nIsi.\n",
            "5:22: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?"),
        ReleaseCase(
            "unknown region in a block list",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nregions:\n  - ntb\n  - kota-mtaram\n---\nIsi.\n",
            "7:5: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?"),
        ReleaseCase(
            "unknown region without a close match",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nregions: lombok-timur\n---\nIsi.\n",
            "5:10: error: unknown region 'lombok-timur'; add it to 'regions' in Content/site.yml"),
        ReleaseCase(
            "slug with a slash",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nslug: rakor/spbe\n---\nIsi.\n",
            "5:7: error: invalid slug 'rakor/spbe'; use only lowercase letters, digits and '-'"),
        ReleaseCase(
            "slug with a parent folder",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nslug: ../rakor\n---\nIsi.\n",
            "5:7: error: invalid slug '../rakor'; use only lowercase letters, digits and '-'"),
        ReleaseCase(
            "slug that is only dots",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nslug: \"..\"\n---\nIsi.\n",
            "5:7: error: invalid slug '..'; use only lowercase letters, digits and '-'"),
        ReleaseCase(
            "uppercase slug",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nslug: Rakor-SPBE\n---\nIsi.\n",
            "5:7: error: invalid slug 'Rakor-SPBE'; use only lowercase letters, digits and '-'"),
        ReleaseCase(
            "site settings as image (the build would publish it)",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: site.yml\n---\nIsi.\n",
            "5:8: error: image 'site.yml' is not a picture file; name a .png, .jpg, .gif, .webp, .svg or .avif file, e.g. under Content/images/"
        ),
        ReleaseCase(
            "ledger as image (the build would publish it)",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: placements/2025.csv\n---\nIsi.\n",
            "5:8: error: image 'placements/2025.csv' is not a picture file; name a .png, .jpg, .gif, .webp, .svg or .avif file, e.g. under Content/images/"
        ),
        ReleaseCase(
            "partner file as image (the build would publish it)",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: partners/kabar-rinjani.yml\n---\nIsi.\n",
            "5:8: error: image 'partners/kabar-rinjani.yml' is not a picture file; name a .png, .jpg, .gif, .webp, .svg or .avif file, e.g. under Content/images/"
        ),
        ReleaseCase(
            "release as image (the build would publish it)",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: releases/2024/2024-03-05-x.md\n---\nIsi.\n",
            "5:8: error: image 'releases/2024/2024-03-05-x.md' is not a picture file; name a .png, .jpg, .gif, .webp, .svg or .avif file, e.g. under Content/images/"
        ),
        ReleaseCase(
            "evidence as image (the build would publish it)",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: evidence/kabar-rinjani/P25-0001.png\n---\nIsi.\n",
            "5:8: error: image 'evidence/kabar-rinjani/P25-0001.png' is not a picture file; name a .png, .jpg, .gif, .webp, .svg or .avif file, e.g. under Content/images/"
        ),
        ReleaseCase(
            "missing image",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: images/tidak-ada.jpg\n---\nIsi.\n",
            "5:8: error: image 'images/tidak-ada.jpg' does not exist under Content/; add the file or fix the path"),
        ReleaseCase(
            "image outside Content/",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nimage: ../Content/images/ada.jpg\n---\nIsi.\n",
            "5:8: error: image '../Content/images/ada.jpg' does not exist under Content/; add the file or fix the path"),
        ReleaseCase(
            "expires before date",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05T10:00:00+08:00\nauthor: \"Tim\"\nexpires: 2024-03-01\n---\nIsi.\n",
            "5:10: error: 'expires' ('2024-03-01') is before 'date' ('2024-03-05'); the release would never be shown"),
        ReleaseCase(
            "expires with a time",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-05\nauthor: \"Tim\"\nexpires: 2025-03-05T10:00:00+08:00\n---\nIsi.\n",
            "5:10: error: 'expires' has an invalid date '2025-03-05T10:00:00+08:00'; write YYYY-MM-DD"),
        ReleaseCase(
            "file name date differs from date",
            "---\ntitle: \"Rakor\"\ndate: 2024-03-06T10:00:00+08:00\nauthor: \"Tim\"\n---\nIsi.\n",
            "3:7: warning: the file name says '2024-03-05' but 'date' is '2024-03-06'; rename the file or fix the date"),
    ]

    @Test(arguments: cases)
    func diagnosticLines(_ example: ReleaseCase) throws {
        let project = try ContentFixture.project([ReleaseCase.path: example.text])
        try project.write("Content/images/ada.jpg", "jpeg")
        let result = project.load()
        #expect(DiagnosticReport(result.diagnostics).diagnostics.map(\.description) == example.expected.sorted())
        #expect(result.hasErrors == (result.content == nil))
    }

    @Test func expiresOnTheDayOfTheReleaseIsAllowed() throws {
        let text = "---\ntitle: \"Rakor\"\ndate: 2024-03-05T23:00:00+08:00\nauthor: \"Tim\"\nexpires: 2024-03-05\n---\nIsi.\n"
        let project = try ContentFixture.project([ReleaseCase.path: text])
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.releases.first?.expires == CalendarDay(year: 2024, month: 3, day: 5))
    }

    @Test func existingImageAndAbsoluteImageURLAreAccepted() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/2024-03-05-a.md": "---\ntitle: A\ndate: 2024-03-05\nauthor: T\nimage: images/ada.jpg\n---\nIsi.\n",
            "Content/releases/2024/2024-03-05-b.md":
                "---\ntitle: B\ndate: 2024-03-05\nauthor: T\nimage: https://contoh.go.id/b.jpg\n---\nIsi.\n",
            "Content/images/ada.jpg": "jpeg",
        ])
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.releases.map(\.image) == ["images/ada.jpg", "https://contoh.go.id/b.jpg"])
    }

    @Test func duplicateSlugIsReportedOnTheSecondFileNamingTheFirst() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/2024-03-05-rakor-spbe.md": ContentFixture.validRelease,
            "Content/releases/2024/2024-03-06-rakor-lain.md":
                "---\ntitle: \"Rakor lain\"\ndate: 2024-03-06\nauthor: \"Tim\"\nslug: rakor-spbe\n---\nIsi.\n",
        ])
        let result = project.load()
        #expect(
            result.diagnostics.map(\.description) == [
                "Content/releases/2024/2024-03-06-rakor-lain.md:5:7: error: slug 'rakor-spbe' is already used by "
                    + "'Content/releases/2024/2024-03-05-rakor-spbe.md'; give one of them another 'slug'"
            ])
        #expect(result.content == nil)
    }

    @Test func duplicateSlugFromFileNamesAcrossYears() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/2024-03-05-rakor.md": "---\ntitle: A\ndate: 2024-03-05\nauthor: T\n---\nIsi.\n",
            "Content/releases/2025/2025-03-05-rakor.md": "---\ntitle: B\ndate: 2025-03-05\nauthor: T\n---\nIsi.\n",
        ])
        #expect(
            project.diagnostics() == [
                "Content/releases/2025/2025-03-05-rakor.md:1:1: error: slug 'rakor' is already used by "
                    + "'Content/releases/2024/2024-03-05-rakor.md'; give one of them another 'slug'"
            ])
    }

    @Test func slugFromAnInvalidFileName() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/2024-03-05-Rakor_SPBE.md": "---\ntitle: A\ndate: 2024-03-05\nauthor: T\n---\nIsi.\n",
            "Content/releases/2024/2024-03-06.md": "---\ntitle: B\ndate: 2024-03-06\nauthor: T\n---\nIsi.\n",
        ])
        #expect(
            project.diagnostics() == [
                "Content/releases/2024/2024-03-05-Rakor_SPBE.md:1:1: error: invalid slug 'Rakor_SPBE'; use only lowercase letters, digits and '-'",
                "Content/releases/2024/2024-03-06.md:1:1: error: release file name '2024-03-06.md' must look like 'YYYY-MM-DD-slug.md'",
            ])
    }

    @Test func fileNameWithoutDateKeepsItsWholeStemAsSlug() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/rakor-spbe.md": "---\ntitle: A\ndate: 2024-03-05\nauthor: T\n---\nIsi.\n"
        ])
        let result = project.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.releases.first?.slug == "rakor-spbe")
    }

    /// Every file is checked in one run, and every problem of a file is reported, not just the first.
    @Test func allProblemsOfAllFilesInOneRun() throws {
        let project = try ContentFixture.project([
            "Content/releases/2024/2024-03-05-a.md":
                "---\ntitel: A\ndate: 2024-02-30\nauthor: T\nregions: [kota-mtaram]\nimage: x.jpg\n---\nIsi.\n",
            "Content/releases/2024/2024-03-06-b.md": "---\ntitle: B\n",
            "Content/releases/2024/2024-03-07-c.md": ContentFixture.validRelease,
        ])
        let report = DiagnosticReport(project.load().diagnostics)
        #expect(
            report.rendered == """
                Content/releases/2024/2024-03-05-a.md:2:1: error: missing required key 'title'; add 'title: …'
                Content/releases/2024/2024-03-05-a.md:2:1: warning: unknown key 'titel'; did you mean 'title'?
                Content/releases/2024/2024-03-05-a.md:3:7: error: 'date' names a day that does not exist: '2024-02-30'
                Content/releases/2024/2024-03-05-a.md:5:11: error: unknown region 'kota-mtaram'; did you mean 'kota-mataram'?
                Content/releases/2024/2024-03-05-a.md:6:8: error: image 'x.jpg' does not exist under Content/; add the file or fix the path
                Content/releases/2024/2024-03-06-b.md:1:1: error: the front matter opened here is never closed; add a line '---' after the last key
                Content/releases/2024/2024-03-07-c.md:3:7: warning: the file name says '2024-03-07' but 'date' is '2024-03-05'; rename the file or fix the date
                5 errors, 2 warnings
                """)
    }
}
