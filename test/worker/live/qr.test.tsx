/** The projector's QR code must scan: the SVG's modules are read back with jsQR, a QR decoder. */
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { QrCode, qrPath } from "../../../src/worker/qr";

const PIXELS_PER_MODULE = 4;

/** Draws the path ("M x y h n v1 h -n z" runs) black on white, as RGBA pixels. */
function rasterize(size: number, path: string): { pixels: Uint8ClampedArray; width: number } {
  const width = size * PIXELS_PER_MODULE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)];
  expect(runs.map((run) => run[0]).join("")).toBe(path);
  for (const [, x, y, length] of runs) {
    for (let row = Number(y) * PIXELS_PER_MODULE; row < (Number(y) + 1) * PIXELS_PER_MODULE; row++) {
      for (let column = Number(x) * PIXELS_PER_MODULE; column < (Number(x) + Number(length)) * PIXELS_PER_MODULE; column++) {
        pixels.fill(0, (row * width + column) * 4, (row * width + column) * 4 + 3);
      }
    }
  }
  return { pixels, width };
}

describe("QR codes", () => {
  it.each([
    "https://quellenquiz.example/live?code=482913",
    "http://127.0.0.1:8787/live?code=000001",
    "https://quellenquiz.example/klassen/beitreten?code=ABCDEFGH&ä=ü",
  ])("a decoder reads back %s", (text) => {
    const { size, path } = qrPath(text);
    const { pixels, width } = rasterize(size, path);
    expect(jsQR(pixels, width, width)?.data).toBe(text);
  });

  it("keeps a quiet zone of four light modules around the code", () => {
    const { size, path } = qrPath("https://quellenquiz.example/live?code=482913");
    const darkCells = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].flatMap(([, x, y, length]) => [
      { x: Number(x), y: Number(y) },
      { x: Number(x) + Number(length) - 1, y: Number(y) },
    ]);
    expect(Math.min(...darkCells.map((cell) => cell.x))).toBe(4);
    expect(Math.min(...darkCells.map((cell) => cell.y))).toBe(4);
    expect(Math.max(...darkCells.map((cell) => cell.x))).toBe(size - 5);
    expect(Math.max(...darkCells.map((cell) => cell.y))).toBe(size - 5);
  });

  it("renders an SVG image with a text alternative", async () => {
    const svg = String(await (<QrCode text="https://quellenquiz.example/live?code=482913" label="QR-Code: Link zum Beitreten" />).toString());
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="QR-Code: Link zum Beitreten"/);
    expect(svg).toContain(`d="${qrPath("https://quellenquiz.example/live?code=482913").path}"`);
  });
});
