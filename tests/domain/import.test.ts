// The pure steps of importing an article (issue 11): the address guard's
// verdicts, plain text and Markdown as paragraphs, file sniffing, slugs and
// titles, the limits, and the story of a saved news page without its chrome.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkAddress, ipLiteralOf } from "@/lib/domain/net/private-address";
import {
  checkArticleText,
  decodeText,
  detectFileKind,
  ImportFieldsSchema,
  ImportInputError,
  isoDayOf,
  markdownToText,
  MIN_IMPORT_WORDS,
  plainTextParagraphs,
  readTextArticle,
  slugFromTitle,
  titleFromFileName,
  titleFromText,
  uniqueSlug,
} from "@/lib/domain/article/import-text";
import { extractHtmlArticle } from "@/lib/domain/article/html";
import { MAX_WORDS } from "@/lib/domain/article/limits";

const NEWS_PAGE = readFileSync(path.join(__dirname, "../fixtures/import/news-page.html"), "utf8");
const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkAddress: only public unicast addresses may be fetched", () => {
  test.each([
    { label: "loopback", address: "127.0.0.1" },
    { label: "loopback, anywhere in 127/8", address: "127.255.10.2" },
    { label: "private 10/8", address: "10.1.2.3" },
    { label: "private 172.16/12, low end", address: "172.16.0.1" },
    { label: "private 172.16/12, high end", address: "172.31.255.254" },
    { label: "private 192.168/16", address: "192.168.1.1" },
    { label: "link-local 169.254/16 (cloud metadata)", address: "169.254.169.254" },
    { label: "unspecified 0.0.0.0", address: "0.0.0.0" },
    { label: "carrier-grade NAT", address: "100.64.0.1" },
    { label: "multicast", address: "224.0.0.1" },
    { label: "broadcast", address: "255.255.255.255" },
    { label: "IPv6 loopback", address: "::1" },
    { label: "IPv6 loopback, long form", address: "0:0:0:0:0:0:0:1" },
    { label: "IPv6 unspecified", address: "::" },
    { label: "IPv6 unique local fc00::/7 (fc)", address: "fc00::1" },
    { label: "IPv6 unique local fc00::/7 (fd)", address: "fd12:3456:789a::1" },
    { label: "IPv6 link-local fe80::/10", address: "fe80::1" },
    { label: "IPv6 link-local with a zone", address: "fe80::abcd%eth0" },
    { label: "IPv6 link-local, top of fe80::/10", address: "febf::1" },
    { label: "IPv4-mapped loopback", address: "::ffff:127.0.0.1" },
    { label: "IPv4-mapped loopback in hex", address: "::ffff:7f00:1" },
    { label: "IPv4-mapped private", address: "::ffff:10.0.0.1" },
    { label: "IPv4-mapped link-local", address: "::ffff:169.254.169.254" },
    { label: "IPv4-compatible loopback", address: "::127.0.0.1" },
    { label: "NAT64 of a private address", address: "64:ff9b::192.168.0.1" },
    { label: "6to4 of a private address", address: "2002:c0a8:0101::1" },
    { label: "IPv6 multicast", address: "ff02::1" },
    { label: "IPv6 documentation", address: "2001:db8::1" },
  ])("refuses $label ($address)", ({ address }) => {
    expect(checkAddress(address)).toEqual({ ok: false, reason: "private" });
  });

  test.each([
    { address: "93.184.215.14", family: 4 },
    { address: "8.8.8.8", family: 4 },
    { address: "172.32.0.1", family: 4 },
    { address: "172.15.255.255", family: 4 },
    { address: "169.253.1.1", family: 4 },
    { address: "2606:4700:4700::1111", family: 6 },
    { address: "::ffff:8.8.8.8", family: 6 },
    { address: "fec0::1".replace("fec0", "fbff"), family: 6 },
  ])("allows the public address $address", ({ address, family }) => {
    expect(checkAddress(address)).toEqual({ ok: true, family });
  });

  test.each(["localhost", "1.2.3", "01.2.3.4", "256.1.1.1", "1::2::3", "12345::1", ""])("says %j is not an address", (address) => {
    expect(checkAddress(address)).toEqual({ ok: false, reason: "invalid" });
  });

  test("tells IP literals (bracketed IPv6 too) from names", () => {
    expect(ipLiteralOf("127.0.0.1")).toBe("127.0.0.1");
    expect(ipLiteralOf("[::1]")).toBe("::1");
    expect(ipLiteralOf("example.com")).toBeNull();
    expect(ipLiteralOf("localhost")).toBeNull();
  });
});

describe("plain text and Markdown as paragraphs", () => {
  test("text with blank lines keeps them; CRLF, NBSP and control characters are tidied", () => {
    expect(plainTextParagraphs("One line.\r\nsame paragraph.\r\n\r\n\r\n\r\nSecond\u00a0para.\u0007  ")).toBe("One line.\nsame paragraph.\n\nSecond para.");
  });

  test("text without blank lines (copied from a page) gets one paragraph per line", () => {
    expect(plainTextParagraphs("First para.\nSecond para.\n  Third para.\n")).toBe("First para.\n\nSecond para.\n\nThird para.");
  });

  test("Markdown loses its markup and keeps its words, one paragraph per heading, item and block", () => {
    const md = [
      "# The harbour wall",
      "",
      "The wall was **built in 1868** by the",
      "[Great Western Railway](https://example.com/gwr) and is *old*.",
      "",
      "![a photo](photo.jpg)",
      "",
      "- First item with `code`",
      "- Second item",
      "",
      "> A quoted line.",
      "",
      "---",
      "",
      "Snake_case_words stay whole and 2 * 3 stays too.",
      "",
      "[ref]: https://example.com",
    ].join("\n");
    expect(markdownToText(md).split("\n\n")).toEqual([
      "The harbour wall",
      "The wall was built in 1868 by the Great Western Railway and is old.",
      "First item with code",
      "Second item",
      "A quoted line.",
      "Snake_case_words stay whole and 2 * 3 stays too.",
    ]);
  });

  test("front matter gives the title, date and source", () => {
    const article = readTextArticle("---\ntitle: A Title\ndate: 2026-03-14\nsource: The Courier\n---\n# Heading\n\nBody text.", "md");
    expect(article).toEqual({ text: "Heading\n\nBody text.", title: "A Title", date: "2026-03-14", source: "The Courier" });
  });

  test("bad front matter is refused with a message", () => {
    expect(() => readTextArticle("---\ndate: 2026-02-30\n---\nBody.", "txt")).toThrow(/front matter/);
  });
});

describe("titles and slugs", () => {
  test("a short first line without a full stop is the headline and leaves the text", () => {
    expect(titleFromText("Sea wall vote\n\nThe council voted. It passed.")).toEqual({ title: "Sea wall vote", text: "The council voted. It passed." });
  });

  test("a first sentence is not a headline: the title is the first words", () => {
    const text = "The council voted on Tuesday to rebuild the wall. It passed.\n\nMore.";
    expect(titleFromText(text)).toEqual({ title: "The council voted on Tuesday to rebuild the…", text });
  });

  test.each([
    { title: "Porthmellin votes to rebuild its sea wall!", expected: "porthmellin-votes-to-rebuild-its-sea-wall" },
    { title: "Erdoğan meets Aliyev in Şuşa", expected: "erdogan-meets-aliyev-in-susa" },
    { title: "¿¡!?", expected: "article" },
    { title: "word ".repeat(40), expected: "word-".repeat(16).slice(0, 79) },
  ])("slugFromTitle($title)", ({ title, expected }) => {
    const slug = slugFromTitle(title);
    expect(slug).toBe(expected);
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  test.each([
    { name: "sea-wall_vote.pdf", expected: "sea wall vote" },
    { name: "C:\\docs\\Harbour Report 2026.md", expected: "Harbour Report 2026" },
    { name: "2026-03-14.txt", expected: null },
  ])("titleFromFileName($name)", ({ name, expected }) => {
    expect(titleFromFileName(name)).toBe(expected);
  });

  test("uniqueSlug numbers a taken slug and never gives out a page's name", () => {
    expect(uniqueSlug("sea-wall", new Set())).toBe("sea-wall");
    expect(uniqueSlug("sea-wall", new Set(["sea-wall", "sea-wall-2"]))).toBe("sea-wall-3");
    expect(uniqueSlug("new", new Set())).toBe("new-2");
  });

  test.each([
    { value: "2026-03-14T07:45:00+00:00", expected: "2026-03-14" },
    { value: "2026-03-14T23:30:00-05:00", expected: "2026-03-14" },
    { value: "2026-03-14", expected: "2026-03-14" },
    { value: "2026-02-30", expected: null },
    { value: "14 March 2026", expected: null },
  ])("isoDayOf($value) is the writer's own day", ({ value, expected }) => {
    expect(isoDayOf(value)).toBe(expected);
  });
});

describe("files: the extension checked against the content", () => {
  const pdfHeader = bytes("%PDF-1.4\n%âãÏÓ\n");
  test.each([
    { name: "story.txt", content: bytes("Hello there."), expected: "txt" },
    { name: "STORY.MD", content: bytes("# Hi"), expected: "md" },
    { name: "page.htm", content: bytes("<p>Hi</p>"), expected: "html" },
    { name: "paper.pdf", content: pdfHeader, expected: "pdf" },
  ])("$name is $expected", ({ name, content, expected }) => {
    expect(detectFileKind(name, content)).toBe(expected);
  });

  test.each([
    { label: "an unsupported extension", name: "story.docx", content: bytes("x"), message: /Upload a \.txt, \.md, \.html or \.pdf file/ },
    { label: "no extension", name: "story", content: bytes("x"), message: /Upload a/ },
    { label: "an empty file", name: "story.txt", content: new Uint8Array(), message: /empty/ },
    { label: "a .pdf that is text", name: "paper.pdf", content: bytes("just text"), message: /not a PDF/ },
    { label: "a .txt that is a PDF", name: "story.txt", content: pdfHeader, message: /it is a PDF/ },
    { label: "a .md that is a Word file", name: "story.md", content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), message: /Word/ },
    { label: "a .txt that is a PNG", name: "story.txt", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), message: /PNG image/ },
  ])("refuses $label", ({ name, content, message }) => {
    expect(() => detectFileKind(name, content)).toThrow(message);
  });

  test("decodes UTF-8 (BOM dropped) and UTF-16 with a BOM; refuses NUL bytes and invalid UTF-8", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Café")]))).toBe("Café");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe("Hi");
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/binary/);
    expect(() => decodeText(new Uint8Array([0x41, 0xc3, 0x28]))).toThrow(/not UTF-8/);
  });
});

describe("limits", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
  test("an article needs enough words, and at most MAX_WORDS", () => {
    expect(checkArticleText(words(MIN_IMPORT_WORDS), "text")).toEqual({ words: MIN_IMPORT_WORDS });
    expect(() => checkArticleText(words(MIN_IMPORT_WORDS - 1), "text")).toThrow(/at least 30/);
    expect(() => checkArticleText("   ", "page")).toThrow("No article text was found on that page.");
    expect(() => checkArticleText(words(MAX_WORDS + 1), "file")).toThrow(/the limit is 200,000/);
  });

  test("over 4 MB of text is refused", () => {
    expect(() => checkArticleText("a".repeat(4 * 1024 * 1024 + 1), "text")).toThrow(ImportInputError);
  });
});

describe("the form's fields", () => {
  test.each([
    { label: "an ftp address", url: "ftp://example.com/story", message: "Only http:// and https:// addresses can be imported." },
    { label: "a file: address", url: "file:///etc/passwd", message: "Only http:// and https:// addresses can be imported." },
    { label: "javascript:", url: "javascript:alert(1)", message: "Only http:// and https:// addresses can be imported." },
    { label: "credentials in the address", url: "https://user:pw@example.com/", message: "An address with a user name or password cannot be imported." },
    { label: "not an address", url: "https://exa mple.com", message: "That is not a web address." },
    { label: "nothing", url: "  ", message: "Give the page's address." },
  ])("refuses $label", ({ url, message }) => {
    const parsed = ImportFieldsSchema.safeParse({ source: "url", url });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  test("an address without a scheme is taken as https, without its fragment", () => {
    expect(ImportFieldsSchema.parse({ source: "url", url: "example.com/news#top" })).toEqual({ source: "url", url: "https://example.com/news" });
  });

  test("an unknown source and an empty paste are refused", () => {
    expect(ImportFieldsSchema.safeParse({ source: "ftp" }).success).toBe(false);
    expect(ImportFieldsSchema.safeParse({ source: "paste", text: " \n " }).error?.issues[0]?.message).toBe("Paste the article's text.");
  });
});

describe("extractHtmlArticle on a saved news page", () => {
  const article = extractHtmlArticle(NEWS_PAGE, "https://www.coastalcourier.example/news/2026/03/porthmellin-sea-wall-vote?utm_source=feed");
  const paragraphs = article.text.split("\n\n");

  test("keeps the story, paragraph by paragraph", () => {
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toBe(
      "Councillors in Porthmellin have voted to rebuild the town's Victorian sea wall after a winter in which the harbour flooded four times in three months.",
    );
    expect(article.text).toContain("The existing wall was built in 1868 by the Great Western Railway");
    expect(article.text).toContain('"Forty homes on Quay Street had water through their front doors in January," she said.');
    expect(paragraphs.at(-1)).toBe("A public meeting about the construction timetable will be held at Porthmellin Town Hall on 2 April.");
  });

  test.each([
    { label: "the navigation", text: "Subscribe from £1 a week" },
    { label: "the breaking-news ticker", text: "Ferry services to the islands" },
    { label: "the cookie banner", text: "We use cookies" },
    { label: "the ads", text: "Trelawny Kitchens" },
    { label: "the ad labels", text: "Advertisement" },
    { label: "the inline related links", text: "Harbour master retires" },
    { label: "the most-read list", text: "Rovers climb to second" },
    { label: "the related stories", text: "Storm damage bill" },
    { label: "the comments", text: "I have lived on Quay Street for thirty years" },
    { label: "the comment replies", text: "Reply to Gwen T" },
    { label: "the newsletter box", text: "Get the Courier in your inbox" },
    { label: "the footer", text: "Registered in England and Wales" },
    { label: "the share tools", text: "Copy link" },
    { label: "scripts", text: "dataLayer" },
  ])("drops $label", ({ text }) => {
    expect(article.text).not.toContain(text);
  });

  test("reads the title (without the site's name), the date and the canonical address from the metadata", () => {
    expect(article.title).toBe("Porthmellin votes to rebuild its sea wall after winter floods");
    expect(article.date).toBe("2026-03-14");
    expect(article.canonicalUrl).toBe("https://www.coastalcourier.example/news/2026/03/porthmellin-sea-wall-vote");
  });

  test("without Open Graph, the <title> loses the site's name and the date comes from JSON-LD", () => {
    const html = `<html><head><title>Quiet Night | The Daily</title><meta property="og:site_name" content="The Daily">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-11-02T10:00:00Z"}]}</script></head>
      <body><article>${"<p>A sentence that is long enough to be part of a story about a quiet night in the town centre.</p>".repeat(5)}</article></body></html>`;
    const page = extractHtmlArticle(html, "http://daily.example/a/b");
    expect(page.title).toBe("Quiet Night");
    expect(page.date).toBe("2025-11-02");
    expect(page.canonicalUrl).toBe("http://daily.example/a/b");
    expect(page.text.split("\n\n")).toHaveLength(5);
  });

  test("a page too short for Readability still gives its body's blocks; no metadata is null", () => {
    const page = extractHtmlArticle("<p>One short paragraph.</p><ul><li>An item</li></ul><script>x()</script>");
    expect(page).toEqual({ text: "One short paragraph.\n\nAn item", title: null, date: null, canonicalUrl: null });
  });
});
