import { describe, expect, it } from 'vitest';
import { maxFileNameLength, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['Reisepass.pdf', 'application/pdf', 'Reisepass.pdf'],
    ['C:\\Users\\amara\\Scans\\Pass.PDF', 'application/pdf', 'Pass.PDF'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['/tmp/scan.jpeg', 'image/jpeg', 'scan.jpeg'],
    ['Zeugnis Übersetzung  (beglaubigt).pdf', 'application/pdf', 'Zeugnis Übersetzung (beglaubigt).pdf'],
    ['rechnung\u202Efdp.exe', 'application/pdf', 'rechnungfdp.exe.pdf'],
    ['line\r\nbreak\u0000.png', 'image/png', 'linebreak.png'],
    ['a<b>c:d"e|f?g*.pdf', 'application/pdf', 'a_b_c_d_e_f_g_.pdf'],
    ['foto.jpg', 'image/png', 'foto.jpg.png'],
    ['scan', 'image/webp', 'scan.webp'],
    ['.hidden', 'application/pdf', 'hidden.pdf'],
    ['...', 'application/pdf', 'dokument.pdf'],
    ['', 'image/png', 'dokument.png'],
    ['folder/', 'application/pdf', 'dokument.pdf'],
    ['Lebenslauf.pdf. ', 'application/pdf', 'Lebenslauf.pdf'],
  ] as const)('%j as %s → %j', (raw, mediaType, expected) => {
    expect(sanitiseFileName(raw, mediaType)).toBe(expected);
  });

  it('composes decomposed umlauts (NFC), so names compare equal', () => {
    expect(sanitiseFileName('Zeugnis-U\u0308bersetzung.pdf', 'application/pdf')).toBe('Zeugnis-Übersetzung.pdf');
  });

  it('shortens long names but keeps the extension, without splitting a character', () => {
    const long = sanitiseFileName(`${'ä'.repeat(300)}.pdf`, 'application/pdf');
    expect([...long]).toHaveLength(maxFileNameLength);
    expect(long.endsWith('ä.pdf')).toBe(true);
    const emoji = sanitiseFileName(`${'😀'.repeat(200)}.png`, 'image/png');
    expect(emoji).toBe(`${'😀'.repeat(maxFileNameLength - 4)}.png`);
  });
});
