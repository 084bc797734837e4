/// The frame every tandem HTML report shares: one self-contained file with its
/// style sheet and scripts inline, a Content-Security-Policy that allows
/// exactly those (by SHA-256 hash) and forbids every network load.
public enum HTMLPage {
    /// The Content-Security-Policy of every report: nothing from the network, no
    /// plugins, no forms, no base URL; only the page's own style sheet and scripts.
    public static let contentSecurityPolicy: String = {
        let style = HTMLDigest.base64Digest(HTMLStylesheet.text)
        let collector = HTMLDigest.base64Digest(HTMLScript.errorCollector)
        let main = HTMLDigest.base64Digest(HTMLScript.main)
        return "default-src 'none'; script-src 'sha256-\(collector)' 'sha256-\(main)'; style-src 'sha256-\(style)'; "
            + "img-src data:; font-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    }()

    /// A whole page: `body` (already escaped markup) inside the shared frame.
    ///
    /// - Parameters:
    ///   - title: the page title (plain text; escaped here).
    ///   - language: the UI language for the `lang` attribute.
    ///   - mode: `review` or `diff`, for the script and for tests.
    ///   - generator: e.g. `tandem 0.1.0`.
    public static func document(title: String, language: String, mode: String, generator: String, body: String) -> String {
        var page = ""
        page.reserveCapacity(body.utf8.count + 40_000)
        page += "<!DOCTYPE html>\n<html lang=\"\(HTMLText.attribute(language))\" data-mode=\"\(HTMLText.token(mode))\">\n<head>\n"
        page += "<meta charset=\"utf-8\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        page += "<meta name=\"generator\" content=\"\(HTMLText.attribute(generator))\">\n"
        page += "<title>\(HTMLText.escape(title))</title>\n"
        page += "<style>\(HTMLStylesheet.text)</style>\n"
        page += "<script>\(HTMLScript.errorCollector)</script>\n"
        page += "</head>\n<body>\n"
        page += body
        page += "<div id=\"tip\" role=\"tooltip\" hidden></div>\n"
        page += "<script>\(HTMLScript.main)</script>\n"
        page += "</body>\n</html>\n"
        return page
    }
}
