// claimgraph landing page: lists the canned queries, runs them against the SPARQL endpoint and shows the
// results as a table plus the query's declared view (timeline, bar, map). Clicking a claim IRI opens its
// provenance: the article text with the claim's sentence highlighted.
//
// Chart.js (global Chart) and Leaflet (global L) are loaded as classic scripts by index.html.
// All text from the server goes into the DOM through textContent, never innerHTML: article text is untrusted.

import {
  el, select, table, isNumeric, isClaimIri, display, shortIri, withClaim, PROVENANCE_FALLBACK,
} from "./sparql.js";

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
  "#7f7f7f", "#bcbd22", "#393b79", "#ad494a"];

const queries = new Map();
let chart = null;
let map = null;
let run = 0;

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- query list

async function loadQueries() {
  const status = $("query-list-status");
  try {
    const response = await fetch("api/queries", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const list = await response.json();
    list.forEach((q) => queries.set(q.name, q));
    $("query-list").replaceChildren(...list.map(queryItem));
    status.textContent = `${list.length} queries`;
    status.classList.add("visually-hidden");
  } catch (e) {
    status.textContent = `Could not load the queries: ${e.message}`;
    status.classList.add("error");
  }
}

function queryItem(q) {
  const needsParams = (q.params || []).length > 0;
  const title = needsParams
    ? el("h3", { class: "query-title" }, q.title)
    : el("h3", { class: "query-title" },
        el("button", { type: "button", class: "run", "aria-describedby": `desc-${q.name}` }, q.title));
  const item = el("li", { class: "query-item", "data-name": q.name, "data-view": q.view },
    title,
    el("p", { class: "query-description", id: `desc-${q.name}` }, q.description),
    needsParams
      ? el("p", { class: "needs-param" }, `Needs a ${q.params.join(", ")}: click a claim IRI in a result table.`)
      : null,
    el("p", { class: "query-actions" },
      el("span", { class: `view-badge view-${q.view}` }, q.view),
      el("a", { class: "editor-link", href: `editor.html?query=${encodeURIComponent(q.name)}` },
        "Open in SPARQL editor")));
  if (!needsParams) {
    item.querySelector("button.run").addEventListener("click", () => runQuery(q));
  }
  return item;
}

// ---------------------------------------------------------------- running a query

async function runQuery(q) {
  const mine = ++run;
  document.querySelectorAll(".query-item").forEach((li) => {
    li.classList.toggle("selected", li.dataset.name === q.name);
    const button = li.querySelector("button.run");
    if (button) button.setAttribute("aria-pressed", String(li.dataset.name === q.name));
  });
  $("result-title").textContent = q.title;
  $("result-description").textContent = q.description;
  if ($("result").getBoundingClientRect().top < 0) $("result").scrollIntoView({ block: "start" });
  setStatus("result-status", "Running…");
  $("result").setAttribute("aria-busy", "true");
  try {
    const results = table(await select(q.sparql));
    if (mine !== run) return;
    clearView();
    renderView(q.view, results);
    renderTable(results);
    const n = results.rows.length;
    setStatus("result-status", `${n} ${n === 1 ? "row" : "rows"}`);
  } catch (e) {
    if (mine !== run) return;
    clearView();
    $("result-table").hidden = true;
    setStatus("result-status", `Query failed: ${e.message}`, true);
  } finally {
    if (mine === run) $("result").removeAttribute("aria-busy");
  }
}

function setStatus(id, text, error = false) {
  const node = $(id);
  node.textContent = text;
  node.classList.toggle("error", error);
}

function renderTable({ vars, rows }) {
  const t = $("result-table");
  const numeric = vars.filter((v) => isNumericColumn(rows, v));
  t.tHead.replaceChildren(el("tr", {}, ...vars.map((v) => el("th", { scope: "col" }, v))));
  t.tBodies[0].replaceChildren(...rows.map((row) => el("tr", {},
    ...vars.map((v) => el("td", { class: numeric.includes(v) ? "num" : null, "data-var": v }, cell(row[v]))))));
  t.hidden = false;
}

function cell(term) {
  if (!term) return "";
  if (isClaimIri(term)) {
    const attrs = { type: "button", class: "claim-link", "data-iri": term.value, title: `Provenance of ${term.value}` };
    return el("button", attrs, shortIri(term.value));
  }
  if (term.type === "uri") return el("span", { class: "iri", title: term.value }, shortIri(term.value));
  return display(term);
}

// ---------------------------------------------------------------- views

function clearView() {
  if (chart) { chart.destroy(); chart = null; }
  if (map) { map.remove(); map = null; }
  $("result-view").replaceChildren();
}

function renderView(view, results) {
  if (results.rows.length === 0) return;
  if (view === "timeline") timeline(results);
  else if (view === "bar") bar(results);
  else if (view === "map") pointMap(results);
}

function isNumericColumn(rows, v) {
  const filled = rows.filter((r) => r[v]);
  return filled.length > 0 && filled.every((r) => isNumeric(r[v]));
}

function textColumns(vars, rows) {
  return vars.filter((v) => !isNumericColumn(rows, v) && rows.some((r) => r[v] && r[v].type !== "uri"));
}

function chartCanvas(label) {
  const canvas = el("canvas", { role: "img", "aria-label": label });
  $("result-view").append(el("figure", { id: "result-chart", class: "chart" }, canvas,
    el("figcaption", { class: "visually-hidden" }, label)));
  return canvas;
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

function toTime(s) {
  const m = DATE.exec(s || "");
  return m ? Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) : null;
}

const DAY = 86400000;
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);
/** Tick spacing for a date axis: days, weeks or 30-day months, so labels fall on whole days. */
const dayStep = (range) => (range <= 14 * DAY ? DAY : range <= 120 * DAY ? 7 * DAY : 30 * DAY);

function timeline({ vars, rows }) {
  const valueVar = vars.includes("value") && isNumericColumn(rows, "value")
    ? "value" : vars.find((v) => isNumericColumn(rows, v));
  const dateVar = vars.find((v) => /date/i.test(v))
    || vars.find((v) => rows.some((r) => r[v] && toTime(r[v].value) !== null));
  const seriesVar = vars.find((v) => v === "claimant") || textColumns(vars, rows).find((v) => v !== dateVar);
  if (!valueVar || !dateVar) return note("No date and number columns to draw a timeline.");
  const series = new Map();
  for (const row of rows) {
    const x = toTime(row[dateVar] && row[dateVar].value);
    if (x === null || !row[valueVar]) continue;
    const name = (seriesVar && row[seriesVar] && row[seriesVar].value) || "(unknown)";
    if (!series.has(name)) series.set(name, []);
    series.get(name).push({ x, y: Number(row[valueVar].value) });
  }
  if (series.size === 0) return note("No dated rows to draw.");
  const datasets = [...series].map(([label, data], i) => ({
    label, data: data.sort((a, b) => a.x - b.x), showLine: data.length > 1,
    borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
    pointRadius: 5, pointHoverRadius: 7,
  }));
  const times = datasets.flatMap((d) => d.data.map((p) => p.x));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const step = dayStep(last - first);
  const canvas = chartCanvas(`${valueVar} over ${dateVar}, one colour per ${seriesVar || "series"}`);
  chart = new Chart(canvas, {
    type: "scatter",
    data: { datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: {
        x: {
          type: "linear", title: { display: true, text: dateVar },
          ticks: { callback: isoDay, maxRotation: 0, stepSize: step },
          suggestedMin: first - step / 2, suggestedMax: last + step / 2,
        },
        y: { beginAtZero: true, title: { display: true, text: valueVar } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed.y.toLocaleString("en")} (${isoDay(c.parsed.x)})` },
        },
      },
    },
  });
}

function bar({ vars, rows }) {
  const valueVar = vars.find((v) => isNumericColumn(rows, v));
  if (!valueVar) return note("No number column to draw a bar chart.");
  const labels = rowLabels(vars, rows);
  const canvas = chartCanvas(`${valueVar} per row`);
  chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels,
      datasets: [{ label: valueVar, data: rows.map((r) => (r[valueVar] ? Number(r[valueVar].value) : null)),
        backgroundColor: PALETTE[0] + "cc", borderColor: PALETTE[0], borderWidth: 1, maxBarThickness: 64 }],
    },
    options: {
      animation: false, maintainAspectRatio: false, indexAxis: rows.length > 12 ? "y" : "x",
      scales: { x: { ticks: { autoSkip: false } }, y: { ticks: { autoSkip: false } } },
      plugins: { legend: { display: false } },
    },
  });
}

/** The first text column labels the bars; more text columns are added while labels repeat. */
function rowLabels(vars, rows) {
  const text = textColumns(vars, rows);
  const fallback = vars.filter((v) => !isNumericColumn(rows, v));
  const columns = text.length ? text : fallback;
  const label = (r, k) => columns.slice(0, k).map((v) => (r[v] ? display(r[v]) : "")).filter(Boolean).join(" · ");
  let k = 1;
  while (k < Math.min(columns.length, 3) && new Set(rows.map((r) => label(r, k))).size < rows.length) k++;
  return rows.map((r, i) => label(r, k) || `row ${i + 1}`);
}

// ---------------------------------------------------------------- map

/** One colour per concept of the ontology's measure scheme, in the scheme's order (the legend's order too). */
const MEASURE_COLOURS = new Map([
  ["personnel", "#1f77b4"], ["killed", "#d62728"], ["wounded", "#ff7f0e"], ["captured", "#9467bd"],
  ["casualties", "#8c564b"], ["materiel", "#2ca02c"],
]);
const EXTRA_COLOURS = ["#e377c2", "#17becf", "#bcbd22", "#393b79"];
const NO_FIGURE = "no figure";
const NO_FIGURE_COLOUR = "#7f7f7f";
const RADIUS = { min: 4, max: 28 };
const WORLD_OUTLINE = "data/world-110m.geojson";
let worldOutline = null;

/** The bundled Natural Earth country outline, fetched once per page; a failed fetch is tried again next time. */
function loadWorldOutline() {
  if (!worldOutline) {
    worldOutline = fetch(WORLD_OUTLINE).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    });
    worldOutline.catch(() => { worldOutline = null; });
  }
  return worldOutline;
}

/** Which columns hold what, found by name: the deployments query's max_personnel is a personnel figure. */
function mapColumns(vars, rows) {
  const named = (...names) => names.find((n) => vars.includes(n));
  const latVar = vars.find((v) => /^(lat|latitude)$/i.test(v)) || vars.find((v) => /lat/i.test(v));
  const lonVar = vars.find((v) => /^(long|lon|lng|longitude)$/i.test(v)) || vars.find((v) => /(lon|lng)/i.test(v));
  const valueVar = [named("value"), vars.find((v) => /^max_/.test(v))].find((v) => v && isNumericColumn(rows, v));
  const measureVar = named("measure");
  const implied = valueVar && !measureVar ? valueVar.replace(/^max_/, "") : null;
  const claimVar = named("claim") || vars.find((v) => rows.some((r) => isClaimIri(r[v])));
  const placeVar = named("place", "destination", "location");
  const used = [latVar, lonVar, valueVar, measureVar, claimVar, placeVar];
  const labelVar = named("deployment", "subject", "label")
    || textColumns(vars, rows).find((v) => !used.includes(v));
  return { latVar, lonVar, valueVar, measureVar, impliedMeasure: MEASURE_COLOURS.has(implied) ? implied : null,
    claimVar, placeVar, labelVar };
}

function pointMap({ vars, rows }) {
  const cols = mapColumns(vars, rows);
  const coordinate = (term) => (term && term.value.trim() !== "" ? Number(term.value) : NaN);
  const points = (cols.latVar && cols.lonVar ? rows : [])
    .map((row) => ({ row, at: [coordinate(row[cols.latVar]), coordinate(row[cols.lonVar])] }))
    .filter((p) => p.at.every(Number.isFinite))
    .map((p) => ({ ...p, value: figure(p.row, cols), measure: measureOf(p.row, cols) }));
  if (points.length === 0) return note("No row has coordinates to put on the map.", "map-placeholder");
  const colours = measureColours(points);
  const largest = Math.max(0, ...points.map((p) => p.value ?? 0));
  points.forEach((p) => {
    p.radius = p.value > 0 && largest > 0
      ? Math.min(RADIUS.max, Math.max(RADIUS.min, RADIUS.max * Math.sqrt(p.value / largest))) : RADIUS.min;
  });
  const places = byPlace(points);
  dodge(places, colours);
  const box = el("div", { id: "result-map", class: "map", role: "region",
    "aria-label": `Map: ${points.length} ${points.length === 1 ? "row" : "rows"} at ${places.length} ${places.length === 1 ? "place" : "places"}` });
  $("result-view").append(el("figure", { class: "map-figure" }, box, mapLegend(points, colours, largest, cols)));
  // No tile layer: nothing is fetched from a tile server; land is the bundled outline, drawn under the markers.
  const mine = L.map(box, { attributionControl: false, minZoom: 1, worldCopyJump: true });
  map = mine;
  mine.createPane("outline").style.zIndex = 350;
  // Largest first, so smaller circles at the same place stay on top and can be pointed at.
  const circles = [...points].sort((a, b) => b.radius - a.radius)
    .map((p) => ({ p, circle: marker(p, colours.get(p.measure), cols, box).addTo(mine) }));
  if (places.length <= 12) placeLabels(places, cols).forEach((t) => t.addTo(mine));
  mine.fitBounds(L.latLngBounds(points.map((p) => p.at)).pad(0.4), { maxZoom: 5 });
  // Offsets are in pixels, so the shifted positions are worked out again at every zoom level.
  const shift = () => circles.filter(({ p }) => p.offset).forEach(({ p, circle }) => {
    circle.setLatLng(mine.layerPointToLatLng(mine.latLngToLayerPoint(p.at).add(p.offset)));
  });
  mine.on("zoomend", shift);
  shift();
  drawWorldOutline(mine, box);
}

function byPlace(points) {
  const places = new Map();
  for (const p of points) {
    const key = p.at.join(",");
    if (!places.has(key)) places.set(key, { at: p.at, points: [] });
    places.get(key).points.push(p);
  }
  return [...places.values()];
}

/**
 * Where one place has figures of several measures, each measure's circles move a few pixels apart around it,
 * so that a measure with a similar figure is not hidden under another one's circle of the same size.
 */
function dodge(places, colours) {
  const order = [...colours.keys()];
  for (const place of places) {
    const measures = order.filter((m) => place.points.some((p) => p.measure === m));
    place.spread = measures.length > 1 ? 0.6 * Math.max(...place.points.map((p) => p.radius)) : 0;
    if (!place.spread) continue;
    for (const p of place.points) {
      const angle = Math.PI + (2 * Math.PI * measures.indexOf(p.measure)) / measures.length;
      p.offset = L.point(place.spread * Math.cos(angle), place.spread * Math.sin(angle));
    }
  }
}

function figure(row, cols) {
  const term = cols.valueVar && row[cols.valueVar];
  return term && term.value !== "" ? Number(term.value) : null;
}

function measureOf(row, cols) {
  if (cols.measureVar) return (row[cols.measureVar] && row[cols.measureVar].value) || NO_FIGURE;
  return cols.impliedMeasure && figure(row, cols) !== null ? cols.impliedMeasure : NO_FIGURE;
}

/** The scheme's colours, then spare ones for measures the ontology does not list yet, in order of appearance. */
function measureColours(points) {
  const colours = new Map();
  const present = new Set(points.map((p) => p.measure));
  for (const [measure, colour] of MEASURE_COLOURS) if (present.has(measure)) colours.set(measure, colour);
  let spare = 0;
  for (const measure of present) {
    if (colours.has(measure) || measure === NO_FIGURE) continue;
    colours.set(measure, EXTRA_COLOURS[spare++ % EXTRA_COLOURS.length]);
  }
  if (present.has(NO_FIGURE)) colours.set(NO_FIGURE, NO_FIGURE_COLOUR);
  return colours;
}

function marker(p, colour, cols, box) {
  const circle = L.circleMarker(p.at, { radius: p.radius, color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.3 });
  const tip = markerText(p, cols);
  circle.bindTooltip(tip, { direction: "top", offset: [0, -p.radius] });
  const iri = cols.claimVar && isClaimIri(p.row[cols.claimVar]) ? p.row[cols.claimVar].value : null;
  circle.on("add", () => {
    const path = circle.getElement();
    path.dataset.measure = p.measure;
    if (p.value !== null) path.dataset.value = String(p.value);
    if (!iri) return;
    path.dataset.iri = iri;
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", `${tip.textContent}. Show provenance.`);
    path.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      openProvenance(iri, box);
    });
  });
  if (iri) circle.on("click", () => openProvenance(iri, box));
  return circle;
}

/** The tooltip: built from text nodes only, as the rows carry article text. */
function markerText(p, cols) {
  const text = (v) => (v && p.row[v] && p.row[v].value.trim() !== "" ? display(p.row[v]) : null);
  const amount = p.value === null ? NO_FIGURE
    : `${p.value.toLocaleString("en")} ${p.measure === NO_FIGURE ? "" : p.measure}`.trim();
  const who = [text("claimant") && `per ${text("claimant")}`, text("publisher"), text("date")].filter(Boolean);
  return el("div", { class: "map-tip" },
    el("strong", {}, text(cols.labelVar) || text(cols.placeVar) || p.at.join(", ")),
    el("span", {}, amount),
    el("span", {}, text(cols.placeVar) || p.at.join(", ")),
    who.length ? el("span", {}, who.join(" · ")) : null);
}

/** One permanent name per place, beside its circles. */
function placeLabels(places, cols) {
  const name = (p) => (cols.placeVar && p.row[cols.placeVar] && p.row[cols.placeVar].value) || "";
  return places.map((place) => ({ place, name: place.points.map(name).find(Boolean) })).filter((l) => l.name)
    .map(({ place, name: text }) => L.tooltip({
      permanent: true, direction: "right", className: "place-label",
      offset: [place.spread + Math.max(...place.points.map((p) => p.radius)), 0],
    }).setLatLng(place.at).setContent(document.createTextNode(text)));
}

function drawWorldOutline(target, box) {
  loadWorldOutline().then((world) => {
    if (map !== target) return;
    L.geoJSON(world, {
      pane: "outline", interactive: false,
      style: { color: "#98a4b3", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 },
    }).addTo(target);
    box.dataset.outline = "drawn";
  }).catch((e) => {
    if (map !== target) return;
    box.dataset.outline = "failed";
    box.after(el("p", { class: "view-note" }, `The world outline could not be loaded (${e.message}); the points are drawn without it.`));
  });
}

function mapLegend(points, colours, largest, cols) {
  const count = (measure) => points.filter((p) => p.measure === measure).length;
  const items = [...colours].map(([measure, colour]) => {
    const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.backgroundColor = colour;
    return el("li", { "data-measure": measure }, swatch, `${measure} (${count(measure)})`);
  });
  const size = largest > 0
    ? `Circle area is proportional to ${cols.valueVar.replace(/_/g, " ")}; the largest is ${largest.toLocaleString("en")}.`
    : "No figures: every circle has the same size.";
  return el("figcaption", { class: "map-legend" },
    el("ul", { id: "map-legend", "aria-label": "Measures" }, ...items),
    el("p", { class: "map-size-note" }, size));
}

function note(text, cls = "") {
  $("result-view").append(el("p", { class: `view-note ${cls}`.trim() }, text));
}

// ---------------------------------------------------------------- provenance

const SECTIONS = [
  ["Claim", ["value", "value_text", "measure", "qualifier", "status", "subject", "location", "claim_date"]],
  ["Claimant", ["claimant", "claimant_label"]],
  ["Source", ["source", "headline", "publisher", "date", "sha256"]],
  ["Extraction", ["extraction", "software_version", "extracted"]],
];
const LABELS = {
  value_text: "as written", claim_date: "claim date", claimant: "as the article names it", claimant_label: "actor",
  source: "file name", date: "published", sha256: "SHA-256", software_version: "software version", extracted: "time",
  extraction: "activity",
};
const TEXT_VARS = ["body", "start", "end", "sentence"];

let opener = null;
let provenanceRun = 0;

async function openProvenance(iri, from) {
  const mine = ++provenanceRun;
  opener = from || null;
  const panel = $("provenance");
  panel.hidden = false;
  $("provenance-body").replaceChildren();
  setStatus("provenance-status", `Loading ${shortIri(iri)}…`);
  panel.focus();
  try {
    const canned = queries.get("claim-provenance");
    const param = canned && canned.params && canned.params[0] ? canned.params[0] : "claim";
    let results = canned ? table(await select(withClaim(canned.sparql, param, iri))) : null;
    if (!results || !results.vars.includes("body")) {
      results = table(await select(withClaim(PROVENANCE_FALLBACK, "claim", iri)));
    }
    if (mine !== provenanceRun) return;
    if (results.rows.length === 0) {
      setStatus("provenance-status", `Nothing is known about ${iri}.`, true);
      return;
    }
    renderProvenance(iri, results, !!canned);
    setStatus("provenance-status", "");
  } catch (e) {
    if (mine === provenanceRun) setStatus("provenance-status", `Could not load the provenance: ${e.message}`, true);
  }
}

function renderProvenance(iri, { vars, rows }, inCatalogue) {
  const first = (v) => { const r = rows.find((row) => row[v]); return r ? r[v] : null; };
  const values = (v) => [...new Set(rows.filter((r) => r[v]).map((r) => display(r[v])))];
  const body = $("provenance-body");
  body.append(el("p", { class: "claim-iri" }, el("code", {}, iri)));
  body.append(el("h3", {}, "Article text"),
    articleText(first("body"), first("sentence"), first("start"), first("end")));

  const known = new Set(TEXT_VARS);
  for (const [heading, names] of SECTIONS) {
    const present = names.filter((v) => vars.includes(v) && values(v).length);
    names.forEach((v) => known.add(v));
    if (present.length) body.append(fieldList(heading, present, values));
  }
  const other = vars.filter((v) => !known.has(v) && values(v).length);
  if (other.length) body.append(fieldList("More", other, values));
  if (inCatalogue) {
    body.append(el("p", { class: "query-actions" }, el("a", {
      class: "editor-link", href: `editor.html?query=claim-provenance&claim=${encodeURIComponent(iri)}`,
    }, "Open this provenance query in the SPARQL editor")));
  }
  const mark = document.getElementById("claim-sentence");
  // Scroll the article box (not the panel) so the sentence is in view and the fields stay in place.
  if (mark) mark.parentElement.scrollTop = Math.max(0, mark.offsetTop - mark.parentElement.clientHeight / 3);
}

/** The article with the claim's sentence in a mark; the offsets are checked, else the sentence is searched. */
function articleText(text, sentence, startTerm, endTerm) {
  if (!text) return el("p", {}, sentence ? sentence.value : "The article text is not in the graph.");
  const body = text.value;
  let start = Number(startTerm && startTerm.value);
  let end = Number(endTerm && endTerm.value);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= body.length;
  if (!valid && sentence) {
    start = body.indexOf(sentence.value);
    end = start + sentence.value.length;
  }
  const article = el("div", { id: "article-text", class: "article-text", tabindex: "0", role: "region",
    "aria-label": "Article text" });
  if (start >= 0 && end > start) {
    // oa:start/oa:end are Java char offsets: UTF-16 code units, the same unit JavaScript strings index by.
    article.append(body.slice(0, start), el("mark", { id: "claim-sentence" }, body.slice(start, end)), body.slice(end));
  } else {
    article.append(body);
  }
  return article;
}

function fieldList(heading, names, values) {
  return el("section", { class: "fields" },
    el("h3", {}, heading),
    el("dl", {}, ...names.flatMap((v) => [
      el("dt", {}, LABELS[v] || v.replace(/_/g, " ")),
      el("dd", { "data-var": v, class: v === "sha256" ? "hash" : null }, values(v).join("; ")),
    ])));
}

function closeProvenance() {
  $("provenance").hidden = true;
  if (opener && opener.isConnected) opener.focus();
}

// ---------------------------------------------------------------- wiring

document.addEventListener("click", (event) => {
  const link = event.target.closest("button.claim-link");
  if (link) openProvenance(link.dataset.iri, link);
});
$("provenance-close").addEventListener("click", closeProvenance);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !$("provenance").hidden) closeProvenance();
});

loadQueries();
