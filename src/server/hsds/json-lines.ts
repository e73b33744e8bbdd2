/**
 * Where each item of the arrays of a JSON text starts (1-based line numbers), for error reports
 * that name a line: the items of a root array, and of the arrays under the root object's keys.
 * Assumes the text is valid JSON (it is parsed first).
 */
export function itemLines(text: string): { root: number[]; byKey: Record<string, number[]> } {
  const root: number[] = [];
  const byKey: Record<string, number[]> = {};
  type Frame = { kind: 'array' | 'object'; key: string | null; expectItem: boolean; expectKey: boolean; lastKey: string | null };
  const stack: Frame[] = [];
  let line = 1;
  const startValue = () => {
    const top = stack[stack.length - 1];
    if (!top || top.kind !== 'array' || !top.expectItem) return;
    top.expectItem = false;
    if (stack.length === 1) root.push(line);
    else if (stack.length === 2 && top.key !== null) (byKey[top.key] ??= []).push(line);
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') {
      line += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    const top = stack[stack.length - 1];
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const content = text.slice(index + 1, end);
      if (top?.kind === 'object' && top.expectKey) {
        top.lastKey = JSON.parse(`"${content}"`) as string;
        top.expectKey = false;
      } else startValue();
      index = end;
      continue;
    }
    if (char === '{' || char === '[') {
      startValue();
      const key = top?.kind === 'object' ? top.lastKey : null;
      stack.push({ kind: char === '[' ? 'array' : 'object', key, expectItem: char === '[', expectKey: char === '{', lastKey: null });
      continue;
    }
    if (char === '}' || char === ']') {
      stack.pop();
      continue;
    }
    if (char === ',') {
      if (top?.kind === 'array') top.expectItem = true;
      if (top?.kind === 'object') top.expectKey = true;
      continue;
    }
    if (char === ':') continue;
    startValue();
  }
  return { root, byKey };
}
