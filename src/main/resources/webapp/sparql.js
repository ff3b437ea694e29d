// Small helpers shared by the landing page and the editor: SPARQL requests, result terms, DOM building.

export const ENDPOINT = "claims/sparql";
export const CLAIM_PREFIX = "https://w3id.org/claimgraph/id/claim/";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC_TYPES = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "byte",
  "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
  "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"].map((t) => XSD + t));

const PREFIXES = [
  ["https://w3id.org/claimgraph/id/", "id:"],
  ["https://w3id.org/claimgraph/ontology#", "cg:"],
  ["http://www.wikidata.org/entity/", "wd:"],
  ["https://schema.org/", "schema:"],
  ["http://www.w3.org/ns/prov#", "prov:"],
];

/**
 * Creates an element. Attributes with null or undefined values are left out; children are nodes or strings,
 * and strings always become text nodes (so untrusted text is never parsed as HTML).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** POSTs a query to the endpoint and returns the SPARQL JSON results. */
export async function select(sparql) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { Accept: "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ query: sparql }),
  });
  if (!response.ok) {
    const text = (await response.text()).trim().split("\n")[0];
    throw new Error(`HTTP ${response.status}${text ? `: ${text}` : ""}`);
  }
  return response.json();
}

/** SPARQL JSON results as {vars, rows}; an ASK answer becomes one row with the variable "answer". */
export function table(json) {
  if (typeof json.boolean === "boolean") {
    return { vars: ["answer"], rows: [{ answer: { type: "literal", value: String(json.boolean) } }] };
  }
  return { vars: json.head.vars || [], rows: json.results.bindings || [] };
}

export const isNumeric = (term) => term.type === "literal" && NUMERIC_TYPES.has(term.datatype) && term.value !== "";

export const isClaimIri = (term) => !!term && typeof term.value === "string" && term.value.startsWith(CLAIM_PREFIX)
  && term.type !== "bnode";

/** The text shown for a term: IRIs compacted, literals as written. */
export function display(term) {
  return term.type === "uri" ? shortIri(term.value) : term.value;
}

export function shortIri(iri) {
  for (const [ns, prefix] of PREFIXES) {
    if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  }
  return iri;
}

/**
 * Binds {@code ?param} to an IRI with {@code VALUES ?param { <iri> }}: placed first in the outer WHERE clause,
 * where the engine starts from it (a trailing VALUES, the fallback, is joined only after the whole pattern).
 * Refuses strings that are not plain IRIs.
 */
export function withClaim(sparql, param, iri) {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri)) throw new Error(`not an IRI: ${iri}`);
  if (!/^\w+$/.test(param)) throw new Error(`not a variable name: ${param}`);
  const values = `VALUES ?${param} { <${iri}> }`;
  // Comment lines (the # title: / # description: headers) may contain the word "where": blank them out,
  // keeping offsets, before looking for the keyword.
  const code = sparql.replace(/^[ \t]*#.*$/gm, (line) => " ".repeat(line.length));
  const where = /\bWHERE\s*\{/i.exec(code);
  if (!where) return `${sparql.trimEnd()}\n${values}\n`;
  const at = where.index + where[0].length;
  return `${sparql.slice(0, at)}\n  ${values}${sparql.slice(at)}`;
}

/** Used when the server has no claim-provenance query: the same columns, so one renderer serves both. */
export const PROVENANCE_FALLBACK = `PREFIX cg:     <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX oa:     <http://www.w3.org/ns/oa#>

SELECT ?value ?value_text ?measure ?qualifier ?status ?subject ?claimant ?claimant_label ?location
       ?claim_date ?sentence ?start ?end ?source ?headline ?publisher ?date ?sha256 ?body
       ?extraction ?software_version ?extracted
WHERE {
  ?claim cg:value ?value ; cg:measure ?m ; cg:qualifier ?q ; cg:status ?st ; cg:source ?src ;
         cg:target/oa:hasSelector ?position .
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?src schema:articleBody ?body .
  OPTIONAL { ?claim cg:valueText ?value_text }
  OPTIONAL { ?claim cg:target/oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?sentence }
  OPTIONAL { ?claim cg:subject/rdfs:label ?subject FILTER(LANG(?subject) = "") }
  OPTIONAL { ?claim cg:claimantMention ?claimant }
  OPTIONAL { ?claim cg:claimant/rdfs:label ?claimant_label FILTER(LANG(?claimant_label) = "") }
  OPTIONAL { ?claim cg:locationMention ?location }
  OPTIONAL { ?claim cg:claimDate ?d }
  OPTIONAL { ?src cg:fileName ?source }
  OPTIONAL { ?src cg:sha256 ?sha256 }
  OPTIONAL { ?src schema:headline ?headline }
  OPTIONAL { ?src schema:publisher/rdfs:label ?publisher FILTER(LANG(?publisher) = "") }
  OPTIONAL { ?src schema:datePublished ?published }
  OPTIONAL { ?claim prov:wasGeneratedBy ?extraction .
             OPTIONAL { ?extraction cg:softwareVersion ?software_version }
             OPTIONAL { ?extraction prov:endedAtTime ?ended } }
  BIND(STRAFTER(STR(?m), "/measure/") AS ?measure)
  BIND(REPLACE(STRAFTER(STR(?q), "/qualifier/"), "-", " ") AS ?qualifier)
  BIND(STRAFTER(STR(?st), "/status/") AS ?status)
  BIND(STR(?d) AS ?claim_date)
  BIND(STR(?published) AS ?date)
  BIND(STR(?ended) AS ?extracted)
}
LIMIT 20`;
