/** Reading the parts of a generated Office file, as any zip reader would. */
import JSZip from 'jszip';

export async function parts(bytes: Uint8Array, pattern: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  const names = Object.keys(zip.files)
    .filter((n) => pattern.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** The runs of a DrawingML part: the attributes and children of each run's rPr, and its text. */
export function drawingRuns(xml: string): { rPr: string; text: string }[] {
  return [
    ...xml.matchAll(
      /<a:r><a:rPr([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([\s\S]*?)<\/a:t><\/a:r>/g,
    ),
  ].map((m) => ({ rPr: `${m[1]} ${m[2] ?? ''}`, text: unescapeXml(m[3]!) }));
}

/** The runs of a WordprocessingML part: run properties and text. */
export function wordRuns(xml: string): { rPr: string; text: string }[] {
  return [
    ...xml.matchAll(
      /<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t><\/w:r>/g,
    ),
  ].map((m) => ({ rPr: m[1] ?? '', text: unescapeXml(m[2]!) }));
}

export const HAN = /\p{Script=Han}/u;
