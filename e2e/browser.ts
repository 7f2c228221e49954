// Debian's Chromium driven by playwright-core (Playwright cannot download its
// own browsers on these machines). CHROMIUM_PATH overrides the binary.
// playwright-core gives every launch a fresh, empty profile of its own.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../scripts/lib/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export async function newContext(browser: Browser, baseURL: string, options: { width?: number; dark?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? "dark" : "light",
  });
}

/**
 * One browser per spec file: launched before its tests, closed after. Each
 * test opens its own context (a fresh guest) with `newPage()`.
 */
export function sharedBrowser(): { newPage: (options?: { width?: number; dark?: boolean }) => Promise<{ context: BrowserContext; page: Page }> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async (options = {}) => {
      if (!browser) throw new Error("the browser is not running");
      const context = await newContext(browser, inject("baseURL"), options);
      return { context, page: await context.newPage() };
    },
  };
}
