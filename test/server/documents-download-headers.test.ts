import { describe, expect, it } from 'vitest';
import { attachmentDisposition, downloadHeaders } from '../../src/server/http/presenters/document';

describe('download headers of a document', () => {
  it.each([
    ['Reisepass.pdf', `attachment; filename="Reisepass.pdf"; filename*=UTF-8''Reisepass.pdf`],
    ['Zeugnis Übersetzung.pdf', `attachment; filename="Zeugnis Ubersetzung.pdf"; filename*=UTF-8''Zeugnis%20%C3%9Cbersetzung.pdf`],
    ['say "hi"; x=1.png', `attachment; filename="say _hi__ x=1.png"; filename*=UTF-8''say%20%22hi%22%3B%20x%3D1.png`],
    ["it's (1)*.jpg", `attachment; filename="it's (1)*.jpg"; filename*=UTF-8''it%27s%20%281%29%2A.jpg`],
    ['100%.pdf', `attachment; filename="100_.pdf"; filename*=UTF-8''100%25.pdf`],
    ['مستند.pdf', `attachment; filename="_____.pdf"; filename*=UTF-8''%D9%85%D8%B3%D8%AA%D9%86%D8%AF.pdf`],
  ])('offers %j as an attachment with an ASCII stand-in and the UTF-8 name', (fileName, expected) => {
    expect(attachmentDisposition(fileName)).toBe(expected);
  });

  it('sends the stored type, forbids sniffing and caching', () => {
    expect(downloadHeaders({ fileName: 'a.png', mediaType: 'image/png' })).toEqual({
      'content-type': 'image/png',
      'content-disposition': `attachment; filename="a.png"; filename*=UTF-8''a.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
  });
});
