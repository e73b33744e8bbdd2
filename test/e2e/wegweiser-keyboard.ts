import type { Page } from 'playwright-core';
import { axeViolations } from './support/browser';

/**
 * Keyboard helpers for the Wegweiser browser tests: every answer is given with Tab,
 * Shift+Tab, Space, Enter, arrow keys and typing only, as a keyboard user would.
 */

/** The focused element, seen through KoliBri's shadow roots: its questionnaire field and role. */
export type Focus = { field: string | null; tag: string; type: string | null; text: string; testId: string | null; isHeading: boolean };

export function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    // Climb out of shadow roots to the component that carries data-field / data-testid.
    let node: Node | null = element;
    let field: string | null = null;
    let testId: string | null = null;
    while (node) {
      if (node instanceof HTMLElement) {
        field ??= node.getAttribute('data-field');
        testId ??= node.getAttribute('data-testid');
      }
      node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    }
    return {
      field,
      testId,
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.getAttribute('type') ?? null,
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      isHeading: /^h[1-6]$/i.test(element?.tagName ?? ''),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focus is inside the given field or control (or on a text). */
export async function tabTo(page: Page, target: { field?: string; testId?: string; text?: string }, backwards = false, limit = 60): Promise<Focus> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focus(page);
    if (target.field && focused.field === target.field) return focused;
    if (target.testId && focused.testId === target.testId) return focused;
    if (target.text && focused.text === target.text) return focused;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Types into a text or number field (the field's text is selected first and replaced). */
export async function typeInto(page: Page, field: string, text: string): Promise<void> {
  await tabTo(page, { field });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Chooses a select option by typing the start of its label (the browser's type-ahead). */
export async function chooseByTyping(page: Page, field: string, labelStart: string): Promise<void> {
  await tabTo(page, { field });
  await page.keyboard.type(labelStart, { delay: 20 });
}

/**
 * Picks the n-th radio (0-based) of a group: Tab reaches the group (its checked radio, or
 * the first when none is checked), Space checks it, arrow keys move the choice.
 */
export async function chooseRadio(page: Page, field: string, index: number): Promise<void> {
  await tabTo(page, { field });
  const checked = await page.locator(`[data-field="${field}"] input[type="radio"]`).evaluateAll((radios) =>
    radios.findIndex((radio) => (radio as HTMLInputElement).checked),
  );
  let position = checked;
  if (checked === -1) {
    await page.keyboard.press('Space');
    position = 0;
  }
  for (; position < index; position += 1) await page.keyboard.press('ArrowDown');
  for (; position > index; position -= 1) await page.keyboard.press('ArrowUp');
}

/**
 * Types a date into a native date field that already holds a date. Chromium orders the
 * segments by its own UI locale (not the page's), so the order is found first: ArrowUp
 * changes the focused first segment, the value shows which one it was, ArrowDown undoes it.
 */
export async function typeDate(page: Page, field: string, isoDate: string): Promise<void> {
  const input = page.locator(`[data-field="${field}"] input`);
  await tabTo(page, { field });
  const before = await input.inputValue();
  await page.keyboard.press('ArrowUp');
  const after = await input.inputValue();
  await page.keyboard.press('ArrowDown');
  if (!before || !after) throw new Error(`typeDate needs a prefilled date field (${field})`);
  const firstSegment = before.slice(0, 4) !== after.slice(0, 4) ? 'year' : before.slice(5, 7) !== after.slice(5, 7) ? 'month' : 'day';
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  const order = { year: [year, month, day], month: [month, day, year], day: [day, month, year] }[firstSegment];
  await page.keyboard.type(order.join(''), { delay: 20 });
  if ((await input.inputValue()) !== isoDate) throw new Error(`${field} holds ${await input.inputValue()}, not ${isoDate}`);
}

/** Activates "Next" / "Show result" with Enter and waits for the next view's heading to take focus. */
export async function next(page: Page): Promise<void> {
  await tabTo(page, { testId: 'wegweiser-next' });
  await page.keyboard.press('Enter');
}

/** The step now shown (data-step), or "result". */
export async function shownStep(page: Page): Promise<string> {
  if (await page.getByTestId('wegweiser-result').count()) return 'result';
  return (await page.locator('[data-step]').getAttribute('data-step')) ?? '';
}

/** Waits until the given step (or the result) is shown and its heading has focus. */
export async function expectStep(page: Page, step: string, heading: string): Promise<void> {
  const selector = step === 'result' ? '[data-testid="wegweiser-result"]' : `[data-step="${step}"]`;
  await page.locator(selector).waitFor();
  await page.waitForFunction((text) => {
    const active = document.activeElement;
    return active instanceof HTMLHeadingElement && active.textContent?.trim() === text;
  }, heading);
}

/** axe on the current view, after KoliBri's lazily loaded components have rendered. */
export async function axeOnView(page: Page): Promise<string[]> {
  await page.waitForFunction(() => [...document.querySelectorAll('main *')].every((node) => !node.tagName.startsWith('KOL-') || node.classList.contains('hydrated')));
  return axeViolations(page);
}
