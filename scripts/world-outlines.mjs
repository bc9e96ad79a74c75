// Converts Natural Earth's 1:110m country outlines (public domain, as TopoJSON in the npm package world-atlas)
// into resources/world/countries-110m.json: one entry per ISO 3166 country, keyed by alpha-2 code, with its rings
// as flat [lon, lat, lon, lat, …] lists in hundredths of a degree, and a centre for markers. Countries too small
// for 1:110m get a centre only (from the 1:50m outlines, or the table below), so they can still be drawn as a dot.
// Run by scripts/make-world-outlines; the output is committed, so the build needs neither Node.js nor a network.
import fs from 'fs';
import {feature} from 'topojson-client';

const [atlasDir, isoFile, outFile] = process.argv.slice(2);
const iso = JSON.parse(fs.readFileSync(isoFile))['3166-1'];
const alpha2ByNumeric = Object.fromEntries(iso.map(c => [c.numeric, c.alpha_2]));
// Natural Earth features without an ISO numeric id.
const alpha2ByName = {'Kosovo': 'XK', 'N. Cyprus': 'CY', 'Somaliland': 'SO'};
// Territories missing even at 1:50m (folded into another country there): their main town, lon/lat.
const fallbackCentres = {
    BQ: [-68.27, 12.15], BV: [3.35, -54.42], CC: [96.83, -12.17], CX: [105.69, -10.45], GI: [-5.35, 36.14],
    GP: [-61.55, 16.25], GF: [-53.13, 3.93], MQ: [-61.02, 14.64], YT: [45.17, -12.83], RE: [55.54, -21.12],
    SJ: [15.63, 78.22], TK: [-171.85, -9.2], TV: [179.2, -8.52], UM: [-162.07, 5.88],
};

const load = scale => {
    const topo = JSON.parse(fs.readFileSync(`${atlasDir}/countries-${scale}.json`));
    return feature(topo, topo.objects.countries).features;
};
const polygonsOf = f => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
const ringArea = ring => {
    let a = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
    return Math.abs(a / 2);
};
// The area-weighted centroid of the largest polygon's outer ring: metropolitan France, not French Guiana.
const centreOf = f => {
    let best = null;
    for (const polygon of polygonsOf(f)) {
        if (!best || ringArea(polygon[0]) > ringArea(best))
            best = polygon[0];
    }
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
        const cross = best[j][0] * best[i][1] - best[i][0] * best[j][1];
        a += cross;
        cx += (best[j][0] + best[i][0]) * cross;
        cy += (best[j][1] + best[i][1]) * cross;
    }
    if (Math.abs(a) < 1e-9)
        return best[0];
    return [cx / (3 * a), cy / (3 * a)];
};
const inside = (ring, [x, y]) => {
    let result = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
            result = !result;
    }
    return result;
};
// The centroid when it falls inside (most countries); for a bent one such as Norway, whose centroid lies in
// Sweden, the middle of the widest stretch of land across the rows nearest the centroid's latitude.
const markerPointOf = f => {
    const centroid = centreOf(f);
    let best = polygonsOf(f)[0][0];
    for (const polygon of polygonsOf(f)) {
        if (ringArea(polygon[0]) > ringArea(best))
            best = polygon[0];
    }
    if (inside(best, centroid))
        return centroid;
    let widest = null;
    for (let step = 0; step <= 40; ++step) {
        const y = centroid[1] + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.25;
        const xs = [];
        for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
            const [xi, yi] = best[i], [xj, yj] = best[j];
            if ((yi > y) !== (yj > y))
                xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
        }
        xs.sort((a, b) => a - b);
        for (let k = 0; k + 1 < xs.length; k += 2) {
            if (!widest || xs[k + 1] - xs[k] > widest.width)
                widest = {width: xs[k + 1] - xs[k], point: [(xs[k] + xs[k + 1]) / 2, y]};
        }
    }
    return widest ? widest.point : centroid;
};
// A ring that jumps from +180 to -180 (Russia's far east, Fiji) would be drawn as a band across the whole map:
// made continuous east of +180, and drawn a second time 360 degrees west, so that both edges of the map show it.
const acrossTheAntimeridian = ring => {
    const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
    if (!jumps)
        return [ring];
    const east = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
    return [east, east.map(([lon, lat]) => [lon - 360, lat])];
};
const codeOf = f => alpha2ByNumeric[f.id] || alpha2ByName[f.properties.name];
const hundredths = v => Math.round(v * 100);

const countries = new Map();
for (const f of load('110m')) {
    const code = codeOf(f);
    if (!code)
        throw new Error(`no ISO code for ${f.properties.name}`);
    const entry = countries.get(code) || {code, rings: []};
    for (const polygon of polygonsOf(f)) {
        for (const ring of polygon) {
            for (const copy of acrossTheAntimeridian(ring))
                entry.rings.push(copy.flatMap(([lon, lat]) => [hundredths(lon), hundredths(lat)]));
        }
    }
    // A country made of several features (Cyprus and N. Cyprus) keeps the centre of its main one.
    if (!entry.centre || f.id)
        entry.centre = markerPointOf(f).map(hundredths);
    countries.set(code, entry);
}
for (const f of load('50m')) {
    const code = codeOf(f);
    if (code && !countries.has(code))
        countries.set(code, {code, rings: [], centre: centreOf(f).map(hundredths)});
}
for (const [code, centre] of Object.entries(fallbackCentres)) {
    if (!countries.has(code))
        countries.set(code, {code, rings: [], centre: centre.map(hundredths)});
}
const missing = iso.map(c => c.alpha_2).filter(code => !countries.has(code));
if (missing.length)
    throw new Error(`no outline or centre for ${missing.join(' ')}`);

const sorted = [...countries.values()].sort((a, b) => a.code.localeCompare(b.code));
const lines = sorted.map(c => '  ' + JSON.stringify(c));
const header = {
    source: 'Natural Earth 1:110m Admin 0 countries (public domain), via the npm package world-atlas',
    units: 'hundredths of a degree, [lon, lat, lon, lat, ...]',
};
fs.writeFileSync(outFile,
    `{"about": ${JSON.stringify(header)},\n "countries": [\n${lines.join(',\n')}\n]}\n`);
console.log(`${sorted.length} countries, ${sorted.reduce((n, c) => n + c.rings.length, 0)} rings -> ${outFile}`);
