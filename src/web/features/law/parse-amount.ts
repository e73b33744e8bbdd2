/**
 * A number as a person types it: "105.600,00", "105600", "1.091", "1091,5" (German) or
 * "105,600.00" / "105600.5" (English). Returns null for anything else.
 */
export function parseAmount(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0€]/g, '');
  if (compact === '' || !/^\d[\d.,]*$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let normal: string;
  if (lastComma > lastDot) {
    // German decimal comma; dots group thousands.
    if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(compact)) return null;
    normal = compact.replace(/\./g, '').replace(',', '.');
  } else if (lastDot > -1 && lastComma > -1) {
    // English: commas group thousands, a dot marks decimals.
    if (!/^\d{1,3}(,\d{3})*(\.\d{1,2})?$/.test(compact)) return null;
    normal = compact.replace(/,/g, '');
  } else if (lastDot > -1) {
    // Only dots: "1.091" or "105.600" group thousands in German; "1091.5" is a decimal point.
    normal = /^\d{1,3}(\.\d{3})+$/.test(compact) ? compact.replace(/\./g, '') : /^\d+\.\d{1,2}$/.test(compact) ? compact : '';
  } else {
    normal = compact;
  }
  if (normal === '') return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}
