#!/usr/bin/env node
/**
 * Renders assets/icon.svg into every icon file electron-builder.yml points at:
 *
 *   build/icon.png               1024 × 1024, the master (electron-builder derives nothing from it
 *                                because the platform files below exist)
 *   build/icons/<n>x<n>.png      16 … 512, the Linux icon set (AppImage and deb hicolor theme)
 *   build/icon.ico               Windows: 16, 24, 32, 48, 64, 128 as 32-bit BMP entries and 256 as
 *                                PNG, the classic layout that NSIS and Explorer both read
 *   build/icon.icns              macOS: PNG entries icp4 … ic10 (16 to 1024, with @2x sizes), what
 *                                `iconutil` writes
 *
 * Rasterising happens in headless Chromium (an SVG drawn onto a canvas at each target size, so
 * every size is rendered from the vectors, not scaled down from a bitmap). ICO and ICNS are small
 * container formats and are written here, so no image tool or extra npm package is needed.
 *
 * Usage: `node build/scripts/icons.mjs` (re-run after editing assets/icon.svg and commit the
 * results). Needs Chromium: /usr/bin/chromium (Debian package `chromium`) or the path in the
 * CHROMIUM_PATH environment variable. It is not part of `npm test` or CI: the generated files are
 * committed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceSvgPath = path.join(projectRoot, 'assets', 'icon.svg');
const buildDirectory = path.join(projectRoot, 'build');

/** Sizes of the Linux icon set (build/icons/<n>x<n>.png). */
const linuxSizes = [16, 32, 48, 64, 128, 256, 512];
/** Sizes inside build/icon.ico; Windows picks the nearest for each DPI and view. */
const windowsSizes = [16, 24, 32, 48, 64, 128, 256];
/**
 * ICNS element types holding PNG data, with their pixel size. The @2x types (ic11 … ic14, ic10)
 * are what Retina displays use.
 */
const macEntries = [
  { type: 'icp4', size: 16 },
  { type: 'ic11', size: 32 },
  { type: 'icp5', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 },
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
];
/** At this size and below the signal arcs are left out: at 2 px or less they only blur the beacon. */
const largestSimplifiedSize = 32;
/** Windows reads entries this large as PNG; smaller ones are written as bitmaps. */
const smallestPngEntryInIco = 256;

/**
 * @typedef {object} RenderedIcon
 * @property {number} size    width and height in pixels
 * @property {Buffer} png     PNG file bytes
 * @property {Buffer} rgba    raw pixels, row by row from the top, 4 bytes each (non-premultiplied)
 */

/**
 * Renders the SVG at every size in one Chromium page.
 * @param {string} svgText
 * @param {number[]} sizes
 * @returns {Promise<Map<number, RenderedIcon>>}
 */
async function renderSizes(svgText, sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    const results = await page.evaluate(
      async ({ svg, sizeList, simplifiedUpTo }) => {
        /* global DOMParser, XMLSerializer, Image, document -- this function runs inside Chromium */
        /** @param {boolean} isSimplified */
        async function loadImage(isSimplified) {
          const document_ = new DOMParser().parseFromString(svg, 'image/svg+xml');
          if (isSimplified) document_.getElementById('signal')?.remove();
          const text = new XMLSerializer().serializeToString(document_);
          const image = new Image();
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
          await image.decode();
          return image;
        }
        /** @param {Uint8ClampedArray | Uint8Array} bytes */
        function toBase64(bytes) {
          let binary = '';
          for (let index = 0; index < bytes.length; index += 0x8000) {
            binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
          }
          return btoa(binary);
        }
        const fullImage = await loadImage(false);
        const simplifiedImage = await loadImage(true);
        const rendered = [];
        for (const size of sizeList) {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d', { colorSpace: 'srgb' });
          if (context === null) throw new Error('No 2D canvas context');
          context.imageSmoothingQuality = 'high';
          context.drawImage(size <= simplifiedUpTo ? simplifiedImage : fullImage, 0, 0, size, size);
          const pngDataUrl = canvas.toDataURL('image/png');
          const pixels = context.getImageData(0, 0, size, size).data;
          rendered.push({
            size,
            png: pngDataUrl.slice(pngDataUrl.indexOf(',') + 1),
            rgba: toBase64(pixels),
          });
        }
        return rendered;
      },
      { svg: svgText, sizeList: sizes, simplifiedUpTo: largestSimplifiedSize },
    );
    return new Map(
      results.map((result) => [
        result.size,
        {
          size: result.size,
          png: Buffer.from(result.png, 'base64'),
          rgba: Buffer.from(result.rgba, 'base64'),
        },
      ]),
    );
  } finally {
    await browser.close();
  }
}

/**
 * One ICO image as a 32-bit BGRA DIB (BITMAPINFOHEADER, bottom-up rows, then the 1-bit AND mask
 * that old readers still expect; alpha carries the real transparency).
 * @param {RenderedIcon} icon
 * @returns {Buffer}
 */
function encodeIcoBitmap(icon) {
  const { size, rgba } = icon;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows plus mask rows, as ICO requires
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(0, 16); // BI_RGB
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    const sourceRow = size - 1 - row;
    for (let column = 0; column < size; column += 1) {
      const source = (sourceRow * size + column) * 4;
      const target = (row * size + column) * 4;
      pixels[target] = rgba[source + 2] ?? 0;
      pixels[target + 1] = rgba[source + 1] ?? 0;
      pixels[target + 2] = rgba[source] ?? 0;
      pixels[target + 3] = rgba[source + 3] ?? 0;
    }
  }
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskRowBytes * size);
  for (let row = 0; row < size; row += 1) {
    const sourceRow = size - 1 - row;
    for (let column = 0; column < size; column += 1) {
      const alpha = rgba[(sourceRow * size + column) * 4 + 3] ?? 0;
      if (alpha === 0) {
        const byteIndex = row * maskRowBytes + (column >> 3);
        mask[byteIndex] = (mask[byteIndex] ?? 0) | (0x80 >> (column & 7));
      }
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

/**
 * Builds a multi-size .ico file.
 * @param {RenderedIcon[]} icons
 * @returns {Buffer}
 */
function encodeIco(icons) {
  const images = icons.map((icon) =>
    icon.size >= smallestPngEntryInIco ? icon.png : encodeIcoBitmap(icon),
  );
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(icons.length, 4);
  const directory = Buffer.alloc(16 * icons.length);
  let offset = header.length + directory.length;
  icons.forEach((icon, index) => {
    const entry = index * 16;
    const image = images[index] ?? Buffer.alloc(0);
    directory.writeUInt8(icon.size >= 256 ? 0 : icon.size, entry); // 0 means 256
    directory.writeUInt8(icon.size >= 256 ? 0 : icon.size, entry + 1);
    directory.writeUInt8(0, entry + 2); // no palette
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(image.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, directory, ...images]);
}

/**
 * Builds an .icns file from PNG entries.
 * @param {Map<number, RenderedIcon>} rendered
 * @returns {Buffer}
 */
function encodeIcns(rendered) {
  const elements = macEntries.map(({ type, size }) => {
    const icon = rendered.get(size);
    if (icon === undefined) throw new Error(`No ${size} px rendering for ICNS entry ${type}`);
    const elementHeader = Buffer.alloc(8);
    elementHeader.write(type, 0, 'latin1');
    elementHeader.writeUInt32BE(icon.png.length + 8, 4);
    return Buffer.concat([elementHeader, icon.png]);
  });
  const body = Buffer.concat(elements);
  const fileHeader = Buffer.alloc(8);
  fileHeader.write('icns', 0, 'latin1');
  fileHeader.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([fileHeader, body]);
}

/**
 * Looks up one rendered size, failing loudly if the size list above and the renderer disagree.
 * @param {Map<number, RenderedIcon>} rendered
 * @param {number} size
 * @returns {RenderedIcon}
 */
function renderedAt(rendered, size) {
  const icon = rendered.get(size);
  if (icon === undefined) throw new Error(`No ${size} px rendering`);
  return icon;
}

async function main() {
  const startedAt = performance.now();
  const svgText = await readFile(sourceSvgPath, 'utf8');
  const sizes = [
    ...new Set([...linuxSizes, ...windowsSizes, ...macEntries.map((entry) => entry.size), 1024]),
  ].sort((left, right) => left - right);
  const rendered = await renderSizes(svgText, sizes);

  await mkdir(path.join(buildDirectory, 'icons'), { recursive: true });
  const written = [];
  /** @param {string} relativePath @param {Buffer} bytes */
  async function write(relativePath, bytes) {
    await writeFile(path.join(buildDirectory, relativePath), bytes);
    written.push(`build/${relativePath} (${bytes.length} bytes)`);
  }
  await write('icon.png', renderedAt(rendered, 1024).png);
  for (const size of linuxSizes)
    await write(`icons/${size}x${size}.png`, renderedAt(rendered, size).png);
  await write('icon.ico', encodeIco(windowsSizes.map((size) => renderedAt(rendered, size))));
  await write('icon.icns', encodeIcns(rendered));

  console.log(
    `Rendered ${path.relative(projectRoot, sourceSvgPath)} in ${Math.round(performance.now() - startedAt)} ms:`,
  );
  for (const line of written) console.log(`  ${line}`);
}

main().catch((error) => {
  console.error(
    `Icon generation failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
