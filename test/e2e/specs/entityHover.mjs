// Issue 6: hovering a person in a corpus document shows the entity card: name, type, role, and the
// corpus documents that mention them.
import { expect } from '../lib/harness.mjs';

const DOC = '101_olive-oil-original.txt';
const OTHER = '102_olive-oil-rewrite.txt';

export default {
  id: 'entity-hover',
  title: 'Entity hover card',
  issue: 6,
  async run({ h, wb, page }) {
    await h.step(`hovering "Márquez" in ${DOC} shows her entity card`, async () => {
      await wb.openFile(DOC);
      await wb.hidePanel();
      await wb.focusEditor();
      // Line 17: "…, although Márquez said emergency irrigation quotas…": a plain mention, outside any
      // diagnostic range, so the hover is the card alone.
      await wb.gotoLine(14, 1);
      const hover = await wb.hoverWord('Márquez', 'Elena Márquez', 1);
      const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
      expect(/\bperson\b/i.test(text), `the type "person" in the card: ${text.slice(0, 300)}`);
      expect(/Agriculture Minister/i.test(text), `the role "Agriculture Minister" in the card: ${text.slice(0, 300)}`);
      expect(/\b2 documents\b/i.test(text), `"2 documents" in the card: ${text.slice(0, 300)}`);
      expect(text.includes(DOC) && text.includes(OTHER), 'both documents listed');
      const area = await wb.editorArea();
      await h.screenshot('readme-entity-hover', { clip: { x: area.x, y: area.y, width: area.width, height: Math.min(area.height, 520) } });
      await wb.dismissHover();
    });
  },
};
