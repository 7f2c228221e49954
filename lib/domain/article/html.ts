// Owns turning a web page (or an uploaded .html file) into an article: the
// story's text as plain paragraphs, without the page's navigation, ads,
// cookie banner, related links and comments, plus the title, date and
// canonical address from the page's metadata. The story is found by
// @mozilla/readability (Firefox's reader view) over linkedom's DOM; both are
// pure JavaScript, no I/O. Deterministic: the same HTML gives the same article.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { isoDayOf } from "./import-text";

export type HtmlArticle = {
  /** Paragraphs separated by one blank line. */
  text: string;
  title: string | null;
  /** YYYY-MM-DD, the page's own calendar day of publication. */
  date: string | null;
  /** The page's canonical address (absolute http/https), else null. */
  canonicalUrl: string | null;
};

/** Elements whose text is one paragraph of the story. */
const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DD", "DT", "TD", "TH", "DIV", "SECTION", "ARTICLE", "MAIN", "TABLE", "TR", "UL", "OL", "DL", "FIGURE", "HEADER", "ASIDE"]);
/** Never part of the story's text. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "FORM", "INPUT", "SELECT", "TEXTAREA", "OBJECT", "CANVAS"]);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

/** The text of a DOM subtree as paragraphs: each block element with no block inside is one; inline runs between blocks are one. */
export function blocksOf(root: DomNode): string[] {
  const out: string[] = [];
  let run = "";
  const flush = () => {
    const text = run.replace(/\s+/g, " ").trim();
    if (text) out.push(text);
    run = "";
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        run += child.textContent ?? "";
      } else if (child.nodeType === 1) {
        const name = child.nodeName.toUpperCase();
        if (SKIP.has(name)) continue;
        if (name === "BR") {
          run += " ";
        } else if (BLOCKS.has(name)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return out;
}

type Doc = {
  querySelector: (selector: string) => { getAttribute: (name: string) => string | null; textContent: string | null } | null;
  querySelectorAll: (selector: string) => ArrayLike<{ getAttribute: (name: string) => string | null; textContent: string | null }>;
};

const metaContent = (doc: Doc, selectors: string[]): string | null => {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
};

/** datePublished from the page's JSON-LD blocks (schema.org NewsArticle and friends), if any. */
function jsonLdDate(doc: Doc): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ""), "datePublished", 0);
      if (found) return found;
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[key] === "string") return record[key] as string;
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The page's publication day: Open Graph article:published_time, the common meta names, JSON-LD, a <time datetime>. */
export function pickDate(doc: Doc, readabilityTime: string | null | undefined): string | null {
  const candidates = [
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dcterms.date"]',
    ]),
    jsonLdDate(doc),
    readabilityTime ?? null,
    doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime") ?? null,
  ];
  for (const candidate of candidates) {
    const day = candidate ? isoDayOf(candidate) : null;
    if (day) return day;
  }
  return null;
}

/** The site's name cut from a <title> such as "Story | Site" or "Story - Site". */
function trimSiteName(title: string, siteName: string | null): string {
  if (siteName) {
    for (const sep of [" | ", " - ", " – ", " — ", " :: ", " · "]) {
      if (title.endsWith(`${sep}${siteName}`)) return title.slice(0, -(sep.length + siteName.length)).trim();
      if (title.startsWith(`${siteName}${sep}`)) return title.slice(siteName.length + sep.length).trim();
    }
  }
  return title;
}

/** The story's title: og:title, twitter:title, then the <title> without the site's name, then the first heading. */
export function pickTitle(doc: Doc, readabilityTitle: string | null | undefined): string | null {
  const siteName = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const raw =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]']) ??
    readabilityTitle?.trim() ??
    doc.querySelector("title")?.textContent?.trim() ??
    doc.querySelector("h1")?.textContent?.trim() ??
    null;
  if (!raw) return null;
  const title = trimSiteName(raw.replace(/\s+/g, " ").trim(), siteName);
  return title ? title.slice(0, 200) : null;
}

/** The canonical address (link rel=canonical, then og:url), absolute against the page's own address; http(s) only. */
export function pickCanonical(doc: Doc, pageUrl: string | null): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || metaContent(doc, ['meta[property="og:url"]']);
  const candidates = [href, pageUrl];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = pageUrl ? new URL(candidate, pageUrl) : new URL(candidate);
      if (url.protocol === "http:" || url.protocol === "https:") {
        url.hash = "";
        return url.toString();
      }
    } catch {
      // not an address
    }
  }
  return null;
}

/** linkedom needs a whole document: a fragment (an uploaded snippet) is wrapped in one, or its body is empty. */
function parseDocument(html: string) {
  return parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * Class or id words that mark page furniture Readability can keep inside a
 * story's body: ad slots, cookie and consent banners, newsletter and paywall boxes.
 */
const CHROME_TOKEN = /^(ad|ads|adslot|advert|adverts|advertisement|ad[-_][\w-]+|ads[-_][\w-]+|[\w-]+[-_]ad|[\w-]+[-_]ads|sponsored|promo|cookie[\w-]*|consent[\w-]*|gdpr[\w-]*|newsletter[\w-]*|paywall[\w-]*|subscribe[\w-]*)$/i;

type ElementLike = { getAttribute: (name: string) => string | null; remove: () => void };

/** Removes the furniture CHROME_TOKEN names, in place, before Readability looks for the story. */
function dropChrome(document: { querySelectorAll: (selector: string) => ArrayLike<ElementLike> }): void {
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const words = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/).filter(Boolean);
    if (words.some((word) => CHROME_TOKEN.test(word))) element.remove();
  }
}

/**
 * The article in a page. `pageUrl` (the address it was fetched from, when
 * fetched) resolves a relative canonical link. When Readability finds no
 * story (a very short page), the body's own blocks are the text.
 */
export function extractHtmlArticle(html: string, pageUrl: string | null = null): HtmlArticle {
  const document = parseDocument(html);
  const doc = document as unknown as Doc;
  const title = pickTitle(doc, null);
  const date = pickDate(doc, null);
  const canonicalUrl = pickCanonical(doc, pageUrl);
  // Readability changes the document it reads: metadata is read first, and the story from a fresh copy.
  const copy = parseDocument(html);
  dropChrome(copy as unknown as Parameters<typeof dropChrome>[0]);
  const parsed = new Readability(copy as unknown as Document, { charThreshold: 200, keepClasses: false }).parse();
  let paragraphs: string[] = [];
  if (parsed?.content) {
    const { document: story } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    paragraphs = blocksOf(story.body as unknown as DomNode);
  }
  if (paragraphs.length === 0 && document.body) paragraphs = blocksOf(document.body as unknown as DomNode);
  // Readability keeps the story's own headline in some layouts: the title need not open the text too.
  if (title && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  return {
    text: paragraphs.join("\n\n"),
    title: title ?? (parsed?.title?.trim() || null),
    date: date ?? (parsed?.publishedTime ? isoDayOf(parsed.publishedTime) : null),
    canonicalUrl,
  };
}
