import TandemCore
import XCTest
@testable import TandemReports

final class EscapingTests: XCTestCase {
    func testTextAndAttributeEscaping() {
        XCTAssertEqual(HTMLText.escape("<script>a && b</script>"), "&lt;script&gt;a &amp;&amp; b&lt;/script&gt;")
        XCTAssertEqual(HTMLText.escape("„Gesicht“ und 'quotes' \"too\""), "„Gesicht“ und 'quotes' \"too\"")
        XCTAssertEqual(HTMLText.attribute("\"><svg onload='x'>"), "&quot;&gt;&lt;svg onload=&#39;x&#39;&gt;")
        XCTAssertEqual(HTMLText.escape("a\u{0}b\u{7}c\td\ne"), "a\u{FFFD}b\u{FFFD}c\td\ne")
        XCTAssertEqual(HTMLText.token("locale-conventions"), "locale-conventions")
        XCTAssertEqual(HTMLText.token("x\" onmouseover=\"y"), "x__onmouseover__y")
        XCTAssertEqual(HTMLText.token(""), "_")
    }

    func testHostileTranslationNeverBecomesMarkup() {
        let page = ReportFixture.page()
        XCTAssertFalse(page.contains("<img"), "an img element from the translation")
        XCTAssertFalse(page.contains("<svg"), "an svg element from the translation")
        XCTAssertFalse(page.contains("<script>window.tandemPwned"), "a script element from the translation")
        XCTAssertFalse(page.contains("<b>"), "markup from the source or a message")
        XCTAssertTrue(page.contains("&lt;script&gt;window.tandemPwned=1&lt;/script&gt;"))
        XCTAssertTrue(page.contains("&lt;svg onload=\"window.tandemPwned=3\"&gt;"))
        XCTAssertTrue(page.contains("pay&lt;de&gt;.md"))
        // The page's only scripts are its own two.
        XCTAssertEqual(page.components(separatedBy: "<script>").count - 1, 2)
        XCTAssertNil(page.range(of: #"<[a-zA-Z][^<>]*\son[a-z]+\s*="#, options: .regularExpression), "an inline event handler")
        // A check id becomes a safe token in attributes.
        XCTAssertTrue(page.contains("data-chk=\"markup_x_\""))
    }

    func testNothingIsLoadedFromTheNetwork() {
        let page = ReportFixture.page()
        XCTAssertFalse(page.contains("http://"))
        XCTAssertFalse(page.contains("https://"))
        XCTAssertNil(page.range(of: #"<[a-zA-Z][^<>]*\s(src|href)\s*="#, options: .regularExpression), "a tag that loads something")
        XCTAssertFalse(page.contains("@import"))
        XCTAssertFalse(page.contains("url("))
    }

    func testContentSecurityPolicyAllowsExactlyThePagesOwnCode() throws {
        let page = ReportFixture.page()
        let policy = try XCTUnwrap(page.firstMatch(#"http-equiv="Content-Security-Policy" content="([^"]*)""#))
        XCTAssertTrue(policy.hasPrefix("default-src 'none';"))
        for directive in ["connect-src 'none'", "img-src data:", "base-uri 'none'", "form-action 'none'", "object-src 'none'"] {
            XCTAssertTrue(policy.contains(directive), directive)
        }
        let style = try XCTUnwrap(page.firstMatch(#"<style>([\s\S]*?)</style>"#))
        XCTAssertTrue(policy.contains("style-src 'sha256-\(HTMLDigest.base64Digest(style))'"))
        let scripts = page.allMatches(#"<script>([\s\S]*?)</script>"#)
        XCTAssertEqual(scripts.count, 2)
        for script in scripts {
            XCTAssertTrue(policy.contains("'sha256-\(HTMLDigest.base64Digest(script))'"))
        }
        XCTAssertFalse(policy.contains("unsafe"))
    }

    func testDigestMatchesTheStandardVectors() {
        XCTAssertEqual(HTMLDigest.hexDigest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(HTMLDigest.hexDigest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(HTMLDigest.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(HTMLDigest.hexDigest(String(repeating: "a", count: 1_000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        XCTAssertEqual(HTMLDigest.base64Digest("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }
}

extension String {
    /// The first capture group of `pattern`.
    func firstMatch(_ pattern: String) -> String? {
        allMatches(pattern).first
    }

    /// The first capture group of every match of `pattern`.
    func allMatches(_ pattern: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(startIndex..., in: self)
        return expression.matches(in: self, range: range).compactMap { match in
            Range(match.range(at: 1), in: self).map { String(self[$0]) }
        }
    }
}
