// The other peer in the card benchmark: satori + resvg, what @vercel/og uses — the same card as a flexbox tree
// (photo as a data URL, gradient scrim, pill, headline, footer) laid out to SVG by satori and rasterised by resvg
// to PNG (their format), timed whole, one card after another.
//   cd src/test/peers && npm install --no-save satori@0.63.2 @resvg/resvg-js@2.6.2 && node satori-card.mjs [runs]
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url).pathname;
const bold = readFileSync(root + 'src/main/resources/fonts/NotoSans-Bold.ttf');
const regular = readFileSync(root + 'src/main/resources/fonts/NotoSans-Regular.ttf');
const photo = 'data:image/jpeg;base64,' + readFileSync(root + 'src/test/resources/card/photos/arena-stage-1600x900.jpg').toString('base64');
const headline = '\u2018US has evidence of China\u2019s interference in elections\u2019: Antony Blinken';

const h = (type, style, children) => ({ type, props: { style, children } });
const tree = h('div', { display: 'flex', width: 1200, height: 675, position: 'relative', fontFamily: 'Noto Sans' }, [
  { type: 'img', props: { src: photo, width: 1200, height: 675, style: { position: 'absolute', top: 0, left: 0 } } },
  h('div', { position: 'absolute', top: 260, left: 0, width: 1200, height: 415,
    backgroundImage: 'linear-gradient(to bottom, rgba(0,0,0,0), rgba(0,0,0,0.55) 45%, rgba(0,0,0,0.8))' }, []),
  h('div', { position: 'absolute', top: 0, left: 0, width: 1200, height: 10, backgroundColor: '#FFC94A' }, []),
  h('div', { position: 'absolute', left: 64, top: 352, width: 1072, display: 'flex', flexDirection: 'column', color: '#FFFFFF' }, [
    h('div', { display: 'flex', backgroundColor: '#B3122E', padding: '4px 12px', fontSize: 24, fontWeight: 700, alignSelf: 'flex-start' }, 'WORLD'),
    h('div', { display: 'flex', fontSize: 56, fontWeight: 700, lineHeight: 1.18, marginTop: 24 }, headline),
    h('div', { display: 'flex', fontSize: 26, marginTop: 40 }, 'Jaano Junction \u00b7 27 Apr 2024'),
  ]),
]);

async function card() {
  const svg = await satori(tree, { width: 1200, height: 675, fonts: [
    { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' }, { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' }] });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

const runs = Number(process.argv[2] ?? 100);
for (let i = 0; i < 10; i++) await card();
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  await card();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = q => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`satori + resvg (PNG) layout+rasterise+encode, ${runs} cards: median ${at(0.5)} ms, p90 ${at(0.9)} ms, bytes ${(await card()).length}`);
