import Foundation
import Mustache
import SiarContent

/// The templates, partials, labels and assets of `Templates/`, loaded and checked once per build.
///
/// Templates are Mustache files named by their path without the extension (`release`,
/// `partials/release-card`). Values are HTML-escaped unless a template uses `{{{triple}}}` braces, which
/// the default theme keeps for the HTML that Siar itself produced (the rendered body, JSON-LD, SVG).
/// Siar renders three partials ahead, once per build rather than once per page: `partials/release-card`
/// (each release, as `card_html` of listing items), `partials/header` and `partials/footer` (as
/// `header_html` and `footer_html`, with the site-wide values only: ``PageChrome``). Labels are written
/// into the templates when they load (``LabelInliner``): `t` is the same on every page of a build.
public struct Theme: Sendable {
    /// The templates every build needs.
    public static let requiredTemplates = ["layout", "home", "release"]

    let library: MustacheLibrary
    /// The labels of the site's language, exposed to templates as `t`.
    public let labels: [String: String]
    /// Project paths of the files under `Templates/assets/`.
    public let assets: [String]

    /// Loads the theme of `files`, or every problem found in it.
    public static func load(from files: ProjectFiles, language: SiteConfig.Language, required: [String] = requiredTemplates)
        -> (theme: Theme?, diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        FastHTMLContentType.register()
        var sources: [(name: String, path: String, text: String)] = []
        for path in files.files(under: SitePaths.templatesFolder, suffix: ".mustache") {
            let name = String(SitePaths.siteFile(ofTemplateFile: path).dropLast(".mustache".count))
            switch files.text(path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text):
                do {
                    library.register(try MustacheTemplate(string: FastHTMLContentType.pragma + text), named: name)
                    sources.append((name, path, text))
                } catch let error as MustacheTemplate.ParserError {
                    // The pragma takes the first line; the template's lines start on the second.
                    let location = SourceLocation(
                        path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
                    diagnostics.append(Diagnostic(.templateSyntax(String(describing: error.error)), at: location))
                } catch {
                    diagnostics.append(Diagnostic(.templateSyntax(String(describing: error)), at: SourceLocation(path: path)))
                }
            }
        }
        for name in required where library.getTemplate(named: name) == nil {
            diagnostics.append(Diagnostic(.missingTemplate(name), at: SourceLocation(path: SitePaths.templateFile(name))))
        }
        let labels = LabelFile.load(from: files, language: language, diagnostics: &diagnostics)
        for source in sources {
            for (key, location) in LabelFile.references(in: source.text, path: source.path) where labels[key] == nil {
                diagnostics.append(Diagnostic(.missingLabel(key: key, language: language.rawValue), at: location))
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        for source in sources {
            let inlined = LabelInliner.inline(labels, into: source.text)
            if inlined != source.text, let template = try? MustacheTemplate(string: FastHTMLContentType.pragma + inlined) {
                library.register(template, named: source.name)
            }
        }
        return (Theme(library: library, labels: labels, assets: files.files(under: SitePaths.assetsFolder, suffix: "")), diagnostics)
    }

    /// Renders the template `name` with `context`.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// True when the theme has a template called `name`.
    public func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }
}
