// editor.html?query=NAME[&claim=IRI]: YASGUI pointed at this server's endpoint with a canned query loaded.

import { ENDPOINT, withClaim } from "./sparql.js";

const DEFAULT_QUERY = "SELECT * WHERE { ?s ?p ?o } LIMIT 10";

async function cannedQuery(name, claim) {
  const response = await fetch("api/queries", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status} from api/queries`);
  const q = (await response.json()).find((x) => x.name === name);
  if (!q) throw new Error(`no canned query named "${name}"`);
  const param = q.params && q.params[0];
  return { title: q.title, sparql: param && claim ? withClaim(q.sparql, param, claim) : q.sparql };
}

async function start() {
  const params = new URLSearchParams(location.search);
  const status = document.getElementById("editor-status");
  const endpoint = new URL(ENDPOINT, location.href).href;
  document.getElementById("endpoint-url").textContent = endpoint;
  let query = { title: "Query", sparql: DEFAULT_QUERY };
  if (params.get("query")) {
    try {
      query = await cannedQuery(params.get("query"), params.get("claim"));
    } catch (e) {
      status.textContent = `Could not load the query: ${e.message}`;
      status.classList.add("error");
    }
  }
  // Offline: the prefix.cc and LOV autocompleters fetch from the internet, so only the local one stays.
  // Yasqe merges arrays element-wise, hence the defaults themselves are replaced.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  Yasgui.defaults.yasqe.autocompleters = ["variables"];
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST", acceptHeaderSelect: "application/sparql-results+json" },
    // Only this server in the endpoint list (the default catalogue offers DBpedia and Wikidata).
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    persistenceId: null, // nothing kept in localStorage: every visit starts from the canned query
    populateFromUrl: false, // ?query= names a canned query here, not SPARQL text
    copyEndpointOnNewTab: true,
    autofocus: false,
    tabName: query.title,
    yasqe: { value: query.sparql },
  });
  window.claimgraphYasgui = yasgui;
  document.body.dataset.ready = "true";
}

start();
