import PDFDocument from 'pdfkit';

export type CertificateContent = {
  code: string;
  holderName: string;
  courseTitle: string;
  courseVersion: number;
  areaLabel: string;
  lessonCount: number;
  correct: number;
  total: number;
  /** YYYY-MM-DD (Europe/Berlin). */
  issuedOn: string;
  /** Where anyone can check the code: an absolute address when the installation knows its own, else the path. */
  verifyAt: string;
};

const colours = { text: '#1b1b1b', muted: '#555555', accent: '#0b3c5d', rule: '#c8c8c8' };

const germanDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
};

/**
 * The certificate of a completed course as a one-page A4 PDF (landscape), in German like the
 * courses. The verification code is printed large, together with where to check it.
 */
export function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 64,
    lang: 'de',
    displayTitle: true,
    info: { Title: `Zertifikat: ${content.courseTitle}`, Subject: `Prüfcode ${content.code}`, Creator: 'Lotse', Producer: 'Lotse' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 128;
  const centred = { align: 'center' as const, width };

  doc.rect(32, 32, doc.page.width - 64, doc.page.height - 64).lineWidth(2).strokeColor(colours.accent).stroke();
  doc.x = 64;
  doc.y = 80;
  doc.font('Helvetica').fontSize(11).fillColor(colours.muted).text('Lotse · Wissen & Lernen im Fachkräftenetzwerk', centred);
  doc.moveDown(1.2).font('Helvetica-Bold').fontSize(32).fillColor(colours.accent).text('Zertifikat', centred);
  doc.moveDown(0.8).font('Helvetica').fontSize(13).fillColor(colours.text).text('Hiermit wird bestätigt, dass', centred);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(22).text(content.holderName, centred);
  doc.moveDown(0.5).font('Helvetica').fontSize(13).text('den Kurs', centred);
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(18).fillColor(colours.accent).text(content.courseTitle, centred);
  doc.moveDown(0.4).font('Helvetica').fontSize(13).fillColor(colours.text).text(`am ${germanDate(content.issuedOn)} erfolgreich abgeschlossen hat.`, centred);
  doc
    .moveDown(0.8)
    .fontSize(11)
    .fillColor(colours.muted)
    .text(
      `Bereich: ${content.areaLabel} · ${content.lessonCount} Lektionen bearbeitet · Abschlussquiz: ${content.correct} von ${content.total} Fragen richtig (${Math.floor((content.correct * 100) / Math.max(content.total, 1))} %) · Kursfassung ${content.courseVersion}`,
      centred,
    );

  doc.moveDown(1.6).font('Helvetica').fontSize(11).fillColor(colours.text).text('Prüfcode', centred);
  doc.font('Courier-Bold').fontSize(24).fillColor(colours.accent).text(content.code, centred);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(colours.muted).text(`Echtheit prüfen: ${content.verifyAt}`, centred);
  doc.end();
  return finished;
}
