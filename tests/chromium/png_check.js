// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// node png_check.js <file.png> <width> <height>
//
// Decodes a PNG (8-bit RGB or RGBA, not interlaced, as Chromium writes its screenshots) with
// Node's own zlib, and checks that it is <width> by <height> and not blank: at least 16 distinct
// colours, and at least 2% of its pixels unlike the most common one (the background). Prints
// what it found; exits 1 with the reasons when a check fails.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const [file, wantWidth, wantHeight] = process.argv.slice(2);
const data = fs.readFileSync(file);
const fail = (why) => {
  console.log(`FAIL ${file}: ${why}`);
  process.exit(1);
};
if (!data.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) {
  fail('not a PNG file');
}
let width = 0, height = 0, depth = 0, type = 0, interlace = 0;
const idat = [];
for (let at = 8; at + 8 <= data.length;) {
  const length = data.readUInt32BE(at);
  const name = data.toString('latin1', at + 4, at + 8);
  const body = data.subarray(at + 8, at + 8 + length);
  if (name === 'IHDR') {
    width = body.readUInt32BE(0);
    height = body.readUInt32BE(4);
    depth = body[8];
    type = body[9];
    interlace = body[12];
  } else if (name === 'IDAT') {
    idat.push(body);
  } else if (name === 'IEND') {
    break;
  }
  at += 12 + length;
}
if (depth !== 8 || (type !== 2 && type !== 6) || interlace !== 0) {
  fail(`unsupported PNG: bit depth ${depth}, colour type ${type}, interlace ${interlace}`);
}
const channels = type === 6 ? 4 : 3;
const raw = zlib.inflateSync(Buffer.concat(idat));
const stride = width * channels;
if (raw.length !== height * (stride + 1)) fail('the image data has the wrong length');

// Undo the row filters (PNG spec, section 9).
const pixels = Buffer.alloc(height * stride);
for (let y = 0; y < height; ++y) {
  const filter = raw[y * (stride + 1)];
  const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
  const out = pixels.subarray(y * stride, (y + 1) * stride);
  const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
  for (let i = 0; i < stride; ++i) {
    const a = i >= channels ? out[i - channels] : 0;
    const b = up[i];
    const c = i >= channels ? up[i - channels] : 0;
    let p = row[i];
    if (filter === 1) p += a;
    else if (filter === 2) p += b;
    else if (filter === 3) p += (a + b) >> 1;
    else if (filter === 4) {
      const q = a + b - c, pa = Math.abs(q - a), pb = Math.abs(q - b), pc = Math.abs(q - c);
      p += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    } else if (filter !== 0) {
      fail(`unknown row filter ${filter}`);
    }
    out[i] = p & 255;
  }
}

const counts = new Map();
for (let i = 0; i < pixels.length; i += channels) {
  const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
  counts.set(key, (counts.get(key) || 0) + 1);
}
const total = width * height;
const background = Math.max(...counts.values());
const other = 100 * (total - background) / total;
console.log(`${file}: ${width}x${height}, ${counts.size} distinct colours, ` +
            `${other.toFixed(1)}% of pixels unlike the background`);
const problems = [];
if (String(width) !== wantWidth || String(height) !== wantHeight) {
  problems.push(`the image is ${width}x${height}, not ${wantWidth}x${wantHeight}`);
}
if (counts.size < 16 || other < 2) problems.push('the image is blank');
if (problems.length) fail(problems.join('; '));
