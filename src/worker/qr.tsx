/**
 * QR codes as SVG, made in the Worker: the live session's join link on the projector, and any other link
 * a phone should open. The encoding is uqr's (unjs, MIT, no dependencies, about 4 kB gzip of the bundle);
 * the drawing is here, one path of horizontal runs, so the SVG stays small and carries a text alternative.
 */
import type { FC } from "hono/jsx";
import { encode } from "uqr";

/** The light margin scanners need around the code, in modules (the QR standard asks for 4). */
const QUIET_ZONE = 4;

/** The dark modules of the code for `text` as one SVG path, one unit per module, quiet zone included. */
export function qrPath(text: string): { size: number; path: string } {
  // Level M survives a smudged or partly covered projection (15 % of the code may be lost).
  const { size, data } = encode(text, { ecc: "M", border: QUIET_ZONE });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, path: runs.join("") };
}

/** The QR code of `text` as an image; `label` says what it opens, for screen readers. */
export const QrCode: FC<{ text: string; label: string; class?: string }> = ({ text, label, class: className }) => {
  const { size, path } = qrPath(text);
  return (
    <svg class={className} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
};
