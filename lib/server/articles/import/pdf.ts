import "server-only";
// Owns reading a PDF's text layer (pdf.js, Mozilla's PDF reader; the legacy
// build runs on Node 20) into paragraphs. Lines are rebuilt from the text
// items' end-of-line marks; a paragraph ends where the gap to the next line is
// clearly taller than the usual line spacing, and at each page's end. A word
// split by a hyphen at a line's end is joined again. A PDF with no text (a
// scan that was never OCRed) and an unreadable or locked one are refused with
// a message for the person.
import { ImportInputError } from "@/lib/domain/article/import-text";

const NO_TEXT = "This PDF has no text layer — it looks like a scan. Export it with text (or run OCR on it) and try again.";

type TextItem = { str: string; hasEOL: boolean; transform: number[]; height: number };

type Line = { text: string; y: number; height: number };

function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = "";
  let y: number | null = null;
  let height = 0;
  for (const item of items) {
    if (y === null && item.str.trim()) y = item.transform[5] ?? 0;
    text += item.str;
    height = Math.max(height, item.height || 0);
    if (item.hasEOL) {
      if (text.trim()) lines.push({ text: text.replace(/\s+/g, " ").trim(), y: y ?? 0, height });
      text = "";
      y = null;
      height = 0;
    }
  }
  if (text.trim()) lines.push({ text: text.replace(/\s+/g, " ").trim(), y: y ?? 0, height });
  return lines;
}

/** The usual distance between consecutive lines of a page (the median gap). */
function usualGap(lines: Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => Math.abs(lines[i]!.y - line.y))
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0;
}

function paragraphsOf(lines: Line[]): string[] {
  const gap = usualGap(lines);
  const paragraphs: string[] = [];
  let current = "";
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const breakBefore = previous !== undefined && gap > 0 && Math.abs(previous.y - line.y) > gap * 1.4;
    if (breakBefore && current) {
      paragraphs.push(current);
      current = "";
    }
    if (!current) current = line.text;
    else if (/[A-Za-z]-$/.test(current) && /^[a-z]/.test(line.text)) current = current.slice(0, -1) + line.text;
    else current = `${current} ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** The text of a PDF as paragraphs separated by blank lines, and its title from the document's info when it has one. */
export async function readPdf(bytes: Uint8Array): Promise<{ text: string; title: string | null }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | undefined)?.name;
    if (name === "PasswordException") throw new ImportInputError("This PDF is password-protected. Remove the password and try again.");
    throw new ImportInputError("That file is not a readable PDF.");
  }
  try {
    const paragraphs: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item): TextItem[] => ("str" in item ? [item] : []));
      paragraphs.push(...paragraphsOf(linesOf(items)));
      page.cleanup();
    }
    const text = paragraphs.join("\n\n");
    if (text.replace(/\s/g, "").length < 20) throw new ImportInputError(NO_TEXT);
    let title: string | null = null;
    try {
      const info = (await doc.getMetadata()).info as { Title?: unknown } | undefined;
      if (typeof info?.Title === "string" && info.Title.trim()) title = info.Title.trim().slice(0, 200);
    } catch {
      // no metadata: the title comes from the text
    }
    return { text, title };
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError("That PDF could not be read to the end. It may be damaged.");
  } finally {
    await doc.destroy();
  }
}
