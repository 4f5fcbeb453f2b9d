// The peer in the card benchmark: the same 1200×675 JPEG card drawn with Skia through @napi-rs/canvas
// (decode the 1600×900 photo, cover-scale it, a gradient scrim, section pill, wrapped headline, footer,
// JPEG quality 90), timed whole, one card after another, as CardBenchmark.decodeRenderEncode times Herald.
//   cd src/test/peers && npm install --no-save @napi-rs/canvas@1.1.1 && node skia-card.mjs [runs]
import { createCanvas, Image, GlobalFonts } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url).pathname;
GlobalFonts.registerFromPath(root + 'src/main/resources/fonts/NotoSans-Bold.ttf', 'Noto Sans');
GlobalFonts.registerFromPath(root + 'src/main/resources/fonts/NotoSans-Regular.ttf', 'Noto Sans');
const photo = readFileSync(root + 'src/test/resources/card/photos/arena-stage-1600x900.jpg');
const headline = "\u2018US has evidence of China\u2019s interference in elections\u2019: Antony Blinken";

function card() {
  const image = new Image();
  image.src = photo; // decodes
  const canvas = createCanvas(1200, 675);
  const g = canvas.getContext('2d');
  g.drawImage(image, 0, 0, 1600, 900, 0, 0, 1200, 675);
  const scrim = g.createLinearGradient(0, 260, 0, 675);
  scrim.addColorStop(0, 'rgba(0,0,0,0)');
  scrim.addColorStop(0.45, 'rgba(0,0,0,0.55)');
  scrim.addColorStop(1, 'rgba(0,0,0,0.8)');
  g.fillStyle = scrim;
  g.fillRect(0, 260, 1200, 415);
  g.fillStyle = '#FFC94A';
  g.fillRect(0, 0, 1200, 10);
  g.fillStyle = '#B3122E';
  g.fillRect(64, 352, 120, 40);
  g.font = 'bold 24px "Noto Sans"';
  g.fillStyle = '#FFFFFF';
  g.fillText('WORLD', 76, 381);
  g.font = 'bold 56px "Noto Sans"';
  let line = '', y = 460;
  for (const word of headline.split(' ')) {
    const next = line ? line + ' ' + word : word;
    if (g.measureText(next).width > 1072 && line) { g.fillText(line, 64, y); y += 66; line = word; } else line = next;
  }
  g.fillText(line, 64, y);
  g.font = '26px "Noto Sans"';
  g.fillText('Jaano Junction \u00b7 27 Apr 2024', 64, 630);
  return canvas.toBuffer('image/jpeg', 90);
}

const runs = Number(process.argv[2] ?? 400);
for (let i = 0; i < 50; i++) card();
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  card();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = q => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`skia (@napi-rs/canvas) decode+draw+encode, ${runs} cards: median ${at(0.5)} ms, p90 ${at(0.9)} ms, bytes ${card().length}`);
