// What the page knows besides the contacts: the countries (names, how many contacts each has), the CAMEO kinds,
// and the colours every view uses for them, so that a series has the same colour in every chart and in the legend.
import { getJson } from './api.js';

const countryNames = new Map();
const countryCounts = new Map();
let countryList = [];
const kindOrder = new Map();

/** Loads the countries, their contact counts and the kinds; the page works with codes when any of it fails. */
export async function loadCatalogue() {
  const [countries, counts, kinds] = await Promise.allSettled([
    getJson('/api/v1/countries'),
    getJson('/api/v1/stats?group=year&by=country'),
    getJson('/api/v1/kinds')
  ]);
  if (countries.status === 'fulfilled') {
    countries.value.items.forEach((country) => countryNames.set(country.code, country.name));
  }
  if (counts.status === 'fulfilled') {
    counts.value.series.forEach((series) => countryCounts.set(series.key, series.sum));
  }
  if (kinds.status === 'fulfilled') {
    kinds.value.items.forEach((kind, i) => kindOrder.set(kind.code, i));
  }
  // countries with contacts first, most first; then the others by name
  countryList = Array.from(countryNames, ([code, name]) => ({ code, name, count: countryCounts.get(code) || 0 }))
    .sort((a, b) => (b.count - a.count) || a.name.localeCompare(b.name, 'en'));
}

export function countryName(code) {
  return countryNames.get(String(code).toUpperCase()) || String(code).toUpperCase();
}

/** Every country, those with contacts first; each {code, name, count}. */
export function countries() {
  return countryList;
}

/** The code a reader meant by "RU", "rus" or "Russia", or null. */
export function countryCode(text) {
  const wanted = String(text).trim().toLowerCase();
  const found = countryList.find((c) => c.code.toLowerCase() === wanted || c.name.toLowerCase() === wanted);
  return found ? found.code : null;
}

function cssColour(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

// Meetings are blue in the timeline's legend, so each kind of meeting is a shade of blue or teal; delegation
// visits keep the legend's orange.
const KIND_COLOURS = ['#1d5fa7', '#0f7c86', '#3949ab', '#5a6472', '#00695c', '#6a7fb5', '#283593', '#4f8fc0'];
const COUNTRY_COLOURS = ['#1d5fa7', '#9b2c2c', '#2f6b3a', '#6b4c9a', '#a34d08', '#0f7c86', '#b8860b', '#c2185b'];
export const OTHER_COLOUR = '#8a939e';

/** The colour of a series of /stats, fixed by what it counts (not by its place in one answer). */
export function seriesColour(by, key) {
  if (by === 'status') {
    return cssColour('--' + (key === 'held' ? 'held' : key)) || OTHER_COLOUR;
  }
  if (key === 'delegation') {
    return cssColour('--delegation');
  }
  return kindOrder.has(key) ? KIND_COLOURS[kindOrder.get(key) % KIND_COLOURS.length] : OTHER_COLOUR;
}

/** The colour of a country in the network: the countries with the most contacts have their own, the rest share one. */
export function countryColour(code) {
  const rank = countryList.findIndex((c) => c.code === code && c.count > 0);
  return rank >= 0 && rank < COUNTRY_COLOURS.length ? COUNTRY_COLOURS[rank] : OTHER_COLOUR;
}
