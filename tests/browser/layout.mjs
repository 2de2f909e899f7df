// Renders XHTML content documents in headless Chromium (one browser session for all) at
// a phone's viewport, 390 x 844 CSS px, with the text at 100%, 150% and 200%, and reports
// as JSON on stdout:
// - overflow: every element wider than the viewport or reaching past its right edge
//   (a reading system shows it cut off or scrolled sideways);
// - targets: note references, back-links and appendix links smaller than 24 x 24 CSS px
//   at 100% (WCAG 2.2 target size).
// Text size is scaled as reading systems do, through the root font size.
// Usage: node layout.mjs FILE.xhtml...   (PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium)
import puppeteer from 'puppeteer-core';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-dev-shm-usage', '--no-first-run', '--allow-file-access-from-files'],
});
const report = { documents: 0, overflow: [], targets: [] };
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  for (const file of files) {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    report.documents += 1;
    for (const scale of [100, 150, 200]) {
      const found = await page.evaluate((scale) => {
        document.documentElement.style.fontSize = `${scale}%`;
        const width = document.documentElement.clientWidth;
        const out = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.right > width + 0.5 || r.left < -0.5) {
            out.push({ scale, tag: el.tagName, id: el.id || null, cls: el.className || null,
                       left: Math.round(r.left), right: Math.round(r.right),
                       text: (el.textContent || '').slice(0, 60) });
          }
        }
        if (document.documentElement.scrollWidth > width) {
          out.push({ scale, tag: 'document', scrollWidth: document.documentElement.scrollWidth });
        }
        return out;
      }, scale);
      for (const f of found) report.overflow.push({ file, ...f });
    }
    const small = await page.evaluate(() => {
      document.documentElement.style.fontSize = '100%';
      const sel = 'a.noteref, a.backlink, .index a, ol.chronology a';
      return [...document.querySelectorAll(sel)].map((a) => {
        const r = a.getBoundingClientRect();
        return { text: a.textContent, name: a.getAttribute('aria-label') || a.textContent,
                 w: r.width, h: r.height };
      }).filter((t) => t.w < 24 || t.h < 24);
    });
    for (const s of small) report.targets.push({ file, ...s });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
