// Opens an EPUB in epub.js (a JavaScript reading engine) inside headless Chromium, at a
// phone's viewport, paginated as a reader would show it, and follows links: for each
// href it displays the href and checks that the element it names is on the page shown.
// Reports as JSON on stdout: { opened, title, checked, misses: [...] }.
// Usage: node reader.mjs BOOK.epub LINKS.json   (LINKS.json: a list of "file#id" hrefs)
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [epubPath, linksPath] = process.argv.slice(2);
const hrefs = JSON.parse(readFileSync(linksPath, 'utf8'));
const book64 = readFileSync(epubPath).toString('base64');
const jszip = readFileSync(require.resolve('jszip/dist/jszip.min.js'), 'utf8');
const epubjs = readFileSync(require.resolve('epubjs/dist/epub.min.js'), 'utf8');

const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-dev-shm-usage', '--no-first-run'],
});
let report;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.setContent('<!DOCTYPE html><html><body style="margin:0"><div id="viewer" style="width:390px;height:844px"></div></body></html>');
  await page.addScriptTag({ content: jszip });
  await page.addScriptTag({ content: epubjs });
  report = await page.evaluate(async (book64, hrefs) => {
    const bytes = Uint8Array.from(atob(book64), (c) => c.charCodeAt(0));
    const book = ePub(bytes.buffer);
    await book.ready;
    const rendition = book.renderTo('viewer', { width: 390, height: 844, spread: 'none', flow: 'paginated' });
    await rendition.display();
    const viewer = document.getElementById('viewer').getBoundingClientRect();
    const misses = [];
    for (const href of hrefs) {
      const id = decodeURIComponent(href.split('#')[1] || '');
      try {
        await rendition.display(href);
      } catch (e) {
        misses.push({ href, why: `display failed: ${e}` });
        continue;
      }
      const contents = rendition.getContents();
      const hit = contents.map((c) => [c, c.document.getElementById(id)]).find(([, el]) => el);
      if (!hit) {
        misses.push({ href, why: 'target not in the displayed section' });
        continue;
      }
      const [c, el] = hit;
      const frame = c.document.defaultView.frameElement.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const x = frame.left + r.left;
      const y = frame.top + r.top;
      if (x < viewer.left - 1 || x >= viewer.right || y < viewer.top - 1 || y >= viewer.bottom) {
        misses.push({ href, why: `target at ${Math.round(x)},${Math.round(y)}, off the page shown` });
      }
    }
    return { opened: true, title: book.packaging.metadata.title, checked: hrefs.length, misses };
  }, book64, hrefs);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
