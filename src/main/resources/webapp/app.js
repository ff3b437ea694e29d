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
const MAP_PLACEHOLDER = "map view: coordinates come with the linking issue";

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

function pointMap({ vars, rows }) {
  const latVar = vars.find((v) => /^(lat|latitude)$/i.test(v)) || vars.find((v) => /lat/i.test(v));
  const lonVar = vars.find((v) => /^(long|lon|lng|longitude)$/i.test(v)) || vars.find((v) => /(lon|lng)/i.test(v));
  const coordinate = (term) => (term && term.value.trim() !== "" ? Number(term.value) : NaN);
  const points = latVar && lonVar
    ? rows.filter((r) => Number.isFinite(coordinate(r[latVar])) && Number.isFinite(coordinate(r[lonVar])))
    : [];
  if (points.length === 0) return note(MAP_PLACEHOLDER, "map-placeholder");
  const labelVar = textColumns(vars, rows).find((v) => v !== latVar && v !== lonVar);
  const box = el("div", { id: "result-map", class: "map", role: "img",
    "aria-label": `${points.length} places on a map` });
  $("result-view").append(box);
  // No tile layer: nothing is fetched from a tile server; the points are drawn as vectors on a plain background.
  map = L.map(box, { attributionControl: false });
  const grid = { color: "#c5d0dd", weight: 1, interactive: false };
  for (let lat = -80; lat <= 80; lat += 10) L.polyline([[lat, -540], [lat, 540]], grid).addTo(map);
  for (let lon = -540; lon <= 540; lon += 10) L.polyline([[-85, lon], [85, lon]], grid).addTo(map);
  const latlngs = points.map((r) => [coordinate(r[latVar]), coordinate(r[lonVar])]);
  latlngs.forEach((p, i) => {
    const marker = L.circleMarker(p, { radius: 7, color: PALETTE[1], fillOpacity: 0.7 }).addTo(map);
    const label = labelVar && points[i][labelVar] ? points[i][labelVar].value : `${p[0]}, ${p[1]}`;
    marker.bindTooltip(document.createTextNode(label), { permanent: latlngs.length <= 12, direction: "right" });
  });
  map.fitBounds(L.latLngBounds(latlngs).pad(0.4), { maxZoom: 6 });
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
