import Foundation
import SiarContent
import SiarSite

/// What the preview adds to pages: the reload script, and the page shown instead of any page while the
/// latest build failed.
///
/// Only the preview server adds these (to HTML responses); `siar build` output never contains them.
enum PreviewOverlay {
    /// The event stream the script listens to.
    static let eventsPath = "/_siar/events"

    /// A small script that reloads the page when a build other than `tag` is announced.
    static func script(tag: String) -> String {
        """
        <script data-siar-preview>(function(){var t="\(tag)";if(!window.EventSource)return;\
        var s=new EventSource("\(eventsPath)");s.addEventListener("build",function(e){if(e.data!==t){s.close();location.reload();}});})();</script>
        """
    }

    /// `html` with the reload script before its last `</body>` (or at its end).
    static func inject(into html: String, tag: String) -> String {
        let script = script(tag: tag)
        guard let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + script }
        return html.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: script + "\n")
    }

    /// The page of a failed build: the diagnostics as `siar build` prints them (docs/CONTENT.md#diagnostics), and the script,
    /// so that the page turns into the site again as soon as a build succeeds.
    static func page(_ report: DiagnosticReport, tag: String) -> String {
        let lines = report.diagnostics.map { diagnostic in
            "<li class=\"\(diagnostic.severity.rawValue)\"><code>\(HTMLEscaping.escape(diagnostic.description))</code></li>"
        }
        return """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Pratinjau gagal dibangun – Siar</title>
            <style>
            body{margin:0;background:#1b2430;color:#f3f6f9;font:1rem/1.5 system-ui,sans-serif}
            main{max-width:60rem;margin:0 auto;padding:2rem 1rem}
            h1{color:#f5b301;font-size:1.5rem;margin:0 0 .5rem}
            p{margin:0 0 1rem;color:#dbe4ee}
            ol{list-style:none;padding:0;margin:0 0 1rem}
            li{background:#0b1520;border-left:4px solid #56606d;padding:.5rem .75rem;margin:0 0 .4rem;border-radius:4px;overflow-x:auto}
            li.error{border-color:#f87171}
            li.warning{border-color:#f5b301}
            code{font:.9rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;word-break:break-word}
            .count{font-weight:700;color:#fff}
            </style>
            </head>
            <body>
            <main class="siar-build-failed" role="alert">
            <h1>Pratinjau gagal dibangun</h1>
            <p>Perbaiki masalah di bawah ini; halaman ini dimuat ulang sendiri begitu pembangunan berikutnya berhasil.</p>
            <ol class="diagnostics">
            \(lines.joined(separator: "\n"))
            </ol>
            <p class="count">\(HTMLEscaping.escape(report.summaryLine))</p>
            </main>
            \(script(tag: tag))
            </body>
            </html>

            """
    }
}
