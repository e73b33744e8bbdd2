/**
 * Right-to-left text for the PDFs. pdfkit lays a string out left to right; fontkit joins Arabic
 * letters and reverses an Arabic run, but neither orders mixed text (an Arabic sentence with a date,
 * "DSGVO" or an organisation's Latin name). This is the part of the Unicode Bidirectional Algorithm
 * (UAX #9) such text needs, without explicit embeddings: weak types W1/W4/W5/W7, neutrals N1/N2,
 * implicit levels I1/I2 and the reordering of runs L2, plus mirrored brackets (L4).
 */

export type Direction = 'ltr' | 'rtl';
export type FontKind = 'latin' | 'arabic';

/** A piece of one line in visual order, drawn left to right in one font. */
export type VisualSegment = {
  text: string;
  font: FontKind;
  /** The text is logical right-to-left Arabic: fontkit reverses it while shaping. */
  shapedRtl: boolean;
};

const rtlLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const arabicScript = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const digit = /[0-9]/;
const separator = /[-+.,:/\u00a0]/;
const terminator = /[€%°]/;
const mirrored: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '‹': '›', '›': '‹' };

type Kind = 'R' | 'L' | 'D' | 'N';

export const hasRtl = (text: string): boolean => rtlLetter.test(text);

/** The direction of a paragraph from its first strong letter (UAX #9 P2/P3), like HTML's dir="auto". */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  for (const char of text) {
    if (rtlLetter.test(char)) return 'rtl';
    if (/\p{L}/u.test(char)) return 'ltr';
  }
  return fallback;
}

/** The font a character is drawn in: Arabic script in the Arabic font, everything else in Noto Sans. */
export const fontOf = (char: string): FontKind => (arabicScript.test(char) ? 'arabic' : 'latin');

function kinds(chars: readonly string[], direction: Direction): Kind[] {
  const result: Kind[] = chars.map((char) => (rtlLetter.test(char) ? 'R' : digit.test(char) ? 'D' : /[\p{L}\p{M}]/u.test(char) ? 'L' : 'N'));
  // W1: a combining mark outside the Arabic blocks takes the type of the character before it.
  chars.forEach((char, index) => {
    if (index > 0 && /\p{M}/u.test(char) && !rtlLetter.test(char)) result[index] = result[index - 1] ?? 'N';
  });
  // W4: one separator between two digits belongs to the number ("2026-12-31", "12:30", "1.000").
  for (let index = 1; index < chars.length - 1; index += 1) {
    if (result[index] === 'N' && separator.test(chars[index] ?? '') && result[index - 1] === 'D' && result[index + 1] === 'D') result[index] = 'D';
  }
  // W5: currency and percent signs next to a number belong to it.
  for (let index = 0; index < chars.length; index += 1) {
    if (result[index] === 'N' && terminator.test(chars[index] ?? '') && (result[index - 1] === 'D' || result[index + 1] === 'D')) result[index] = 'D';
  }
  // W7: a number after Latin text (or at the start of a left-to-right line) is Latin.
  let strong: 'L' | 'R' = direction === 'rtl' ? 'R' : 'L';
  for (let index = 0; index < chars.length; index += 1) {
    const kind = result[index];
    if (kind === 'L' || kind === 'R') strong = kind;
    else if (kind === 'D' && strong === 'L') result[index] = 'L';
  }
  return result;
}

/** Embedding levels of each character (0/2 left to right, 1 right to left). */
export function bidiLevels(text: string, direction: Direction): number[] {
  const chars = [...text];
  const types = kinds(chars, direction);
  const base: 'L' | 'R' = direction === 'rtl' ? 'R' : 'L';
  // N1/N2: neutrals between two strong types of the same direction take it; numbers count as R.
  const resolved = types.map((kind) => (kind === 'D' ? 'R' : kind));
  for (let index = 0; index < resolved.length; ) {
    if (resolved[index] !== 'N') {
      index += 1;
      continue;
    }
    let end = index;
    while (end < resolved.length && resolved[end] === 'N') end += 1;
    const before = index === 0 ? base : (resolved[index - 1] as 'L' | 'R');
    const after = end === resolved.length ? base : (resolved[end] as 'L' | 'R');
    const side = before === after ? before : base;
    for (let k = index; k < end; k += 1) resolved[k] = side;
    index = end;
  }
  const paragraph = direction === 'rtl' ? 1 : 0;
  return types.map((kind, index) => {
    if (kind === 'D') return 2;
    const side = resolved[index];
    if (paragraph === 0) return side === 'R' ? 1 : 0;
    return side === 'L' ? 2 : 1;
  });
}

/**
 * One line in visual order (left to right), cut into pieces of one font and one level. Arabic
 * pieces stay in logical order for fontkit to shape and reverse; other right-to-left pieces
 * (brackets, dashes) are reversed and mirrored here.
 */
export function visualSegments(line: string, direction: Direction): VisualSegment[] {
  const chars = [...line];
  if (chars.length === 0) return [];
  const levels = bidiLevels(line, direction);
  // Fonts: spaces keep the font of the character before them, so an Arabic phrase is one piece.
  const fonts: FontKind[] = [];
  chars.forEach((char, index) => {
    fonts.push(char === ' ' && index > 0 ? (fonts[index - 1] ?? 'latin') : fontOf(char));
  });
  type Run = { text: string; font: FontKind; level: number };
  const runs: Run[] = [];
  chars.forEach((char, index) => {
    const level = levels[index] ?? 0;
    const font = fonts[index] ?? 'latin';
    const last = runs[runs.length - 1];
    if (last && last.level === level && last.font === font) last.text += char;
    else runs.push({ text: char, font, level });
  });
  // L2: from the highest level down to the lowest odd level, reverse every sequence at or above it.
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level).filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let index = 0; index < runs.length; ) {
      if ((runs[index]?.level ?? 0) < level) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < runs.length && (runs[end]?.level ?? 0) >= level) end += 1;
      runs.splice(index, end - index, ...runs.slice(index, end).reverse());
      index = end;
    }
  }
  return runs.map((run) => {
    const odd = run.level % 2 === 1;
    const shapedRtl = odd && run.font === 'arabic' && arabicScript.test(run.text);
    const text = odd && !shapedRtl ? [...run.text].reverse().map((char) => mirrored[char] ?? char).join('') : run.text;
    return { text, font: run.font, shapedRtl };
  });
}

/**
 * Breaks a paragraph into lines (logical order) no wider than `width`, by words; a word wider than
 * a line is cut. `measure` gives the drawn width of a piece of text.
 */
export function breakLines(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  let line = '';
  let lineWidth = 0;
  const push = () => {
    lines.push(line);
    line = '';
    lineWidth = 0;
  };
  for (const word of text.split(' ')) {
    let rest = word;
    let wordWidth = measure(rest);
    if (line !== '' && lineWidth + space + wordWidth <= width) {
      line += ` ${rest}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line !== '') push();
    while (wordWidth > width && [...rest].length > 1) {
      const chars = [...rest];
      let cut = chars.length - 1;
      while (cut > 1 && measure(chars.slice(0, cut).join('')) > width) cut -= 1;
      line = chars.slice(0, cut).join('');
      push();
      rest = chars.slice(cut).join('');
      wordWidth = measure(rest);
    }
    line = rest;
    lineWidth = wordWidth;
  }
  if (line !== '' || lines.length === 0) push();
  return lines;
}
