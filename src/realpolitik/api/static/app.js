// realpolitik dashboard: plain DOM over the REST API. Every piece of data is inserted as text
// (textContent / text nodes), never as HTML, so article text cannot inject markup or scripts.
"use strict";

const view = document.getElementById("view");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function link(href, text) {
  return el("a", { href }, text);
}

async function getJSON(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else url.searchParams.set(k, v);
  }
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) {
    const err = new Error(body.error + (body.field ? ` (${body.field})` : ""));
    err.status = response.status;
    throw err;
  }
  return { body, next: response.headers.get("X-Next-Cursor") };
}

function render(...nodes) {
  view.replaceChildren(...nodes);
}

function failure(err) {
  return el("p", { class: "error", role: "alert" }, `Could not load: ${err.message}`);
}

function fmt(x, digits = 2) {
  return x === null || x === undefined ? "" : Number(x).toFixed(digits);
}

// The evidence sentence with the words naming source and target highlighted (as text nodes).
function highlighted(sentence, sourceText, targetText) {
  const span = el("span", { class: "evidence-text" });
  if (!sentence) return span;
  const marks = [];
  for (const [text, cls] of [[sourceText, "src"], [targetText, "tgt"]]) {
    if (!text) continue;
    const at = sentence.indexOf(text);
    if (at >= 0 && !marks.some((m) => at < m.end && at + text.length > m.start)) {
      marks.push({ start: at, end: at + text.length, cls });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const m of marks) {
    span.append(sentence.slice(pos, m.start), el("mark", { class: m.cls }, sentence.slice(m.start, m.end)));
    pos = m.end;
  }
  span.append(sentence.slice(pos));
  return span;
}

function eventsTable(events) {
  if (!events.length) return el("p", { class: "muted" }, "No events.");
  const rows = events.map((e) => el("tr", { "data-event": e.event_id },
    el("td", {}, e.event_date || "undated"),
    el("td", {}, link(`#/actor/${encodeURIComponent(e.source_code || "")}`, e.source_code || "?")),
    el("td", {}, link(`#/actor/${encodeURIComponent(e.target_code || "")}`, e.target_code || "?")),
    el("td", {}, `${e.event_code} ${e.event_name || ""}`),
    el("td", {}, e.modality),
    el("td", { class: "evidence" }, highlighted(e.evidence, e.source_text, e.target_text)),
    el("td", {}, e.doc_id ? link(`#/article/${encodeURIComponent(e.doc_id)}`, e.title || "article") : (e.url || "")),
  ));
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ["date", "source", "target", "event", "modality", "evidence", "article"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

// ---- views ---------------------------------------------------------------------------------------

async function overview() {
  render(el("h1", {}, "Overview"), el("p", { class: "muted" }, "Loading…"));
  const { body: stats } = await getJSON("/stats");
  const totals = Object.fromEntries(stats.filter((r) => r.section === "totals").map((r) => [r.key, r.value]));
  const cards = el("div", { class: "cards", id: "totals" },
    ["articles", "events", "mentions", "actors"].map((k) =>
      el("div", { class: "card" }, el("div", { class: "n" }, totals[k] ?? 0), el("div", { class: "label" }, k))),
    el("div", { class: "card" }, el("div", { class: "n" }, `${totals.first_event_date || "–"} … ${totals.last_event_date || "–"}`),
      el("div", { class: "label" }, "event dates")));
  const dyads = stats.filter((r) => r.section === "top_dyads").map((r) => {
    const [a, b] = r.key.split("-");
    return el("li", {}, link(`#/dyad/${a}/${b}`, `${a} – ${b}`), ` (${r.value} events)`);
  });
  let latest = [];
  if (totals.last_event_date) {
    const since = new Date(totals.last_event_date);
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    const { body } = await getJSON("/events", { since: since.toISOString().slice(0, 10), limit: 1000 });
    latest = body.slice(-10).reverse();
  }
  const { body: shifts } = await getJSON("/shifts", { window: "1y", min_events: 1, threshold: 0, limit: 5 });
  const shiftRows = shifts.map((s) => el("tr", {},
    el("td", {}, link(`#/dyad/${s.a}/${s.b}`, `${s.a} – ${s.b}`)),
    el("td", {}, `${s.before_start} → ${s.after_start}`),
    el("td", { class: "num" }, fmt(s.mean_before)), el("td", { class: "num" }, fmt(s.mean_after)),
    el("td", { class: s.z > 0 ? "pos" : "neg" }, `${s.direction} (z ${fmt(s.z)})`)));
  render(el("h1", {}, "Overview"), cards,
    el("h2", {}, "Most active dyads"), el("ul", {}, dyads),
    el("h2", {}, "Biggest shifts"),
    shiftRows.length ? el("table", { id: "shifts" }, el("thead", {}, el("tr", {},
      ["dyad", "windows", "mean before", "mean after", "change"].map((h) => el("th", {}, h)))), el("tbody", {}, shiftRows))
      : el("p", { class: "muted" }, "No shifts between consecutive windows yet."),
    el("h2", {}, "Latest events"), eventsTable(latest));
}

async function eventsView(params) {
  const form = el("form", { class: "filters", id: "event-search" },
    ["actor", "dyad", "code", "since", "until", "modality"].map((name) => el("label", {}, name,
      el("input", { name, value: params.get(name) || "", placeholder: { dyad: "TUR,VEN", modality: "asserted", since: "YYYY-MM-DD" }[name] || "" }))),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (v) q.set(k, v);
    window.location.hash = `#/events?${q}`;
  });
  const results = el("div", { id: "results" }, el("p", { class: "muted" }, "Loading…"));
  render(el("h1", {}, "Events"), form, results);
  const query = Object.fromEntries(params.entries());
  const pages = [];
  let cursor = null;
  const more = el("button", { type: "button", id: "more" }, "More");
  async function load() {
    try {
      const { body, next } = await getJSON("/events", { ...query, limit: 50, cursor });
      pages.push(...body);
      cursor = next;
      results.replaceChildren(el("p", { class: "muted" }, `${pages.length} event(s)`), eventsTable(pages), cursor ? more : "");
    } catch (err) {
      results.replaceChildren(failure(err));
    }
  }
  more.addEventListener("click", load);
  await load();
}

async function articleView(docId) {
  const { body: a } = await getJSON(`/articles/${encodeURIComponent(docId)}`);
  render(el("h1", { id: "article-title" }, a.title || "(untitled article)"),
    el("p", { class: "muted" }, [a.outlet, a.published, a.url].filter(Boolean).join(" · ")),
    el("div", { class: "article-text", id: "article-text" }, a.text),
    el("h2", {}, "Events coded from it"), eventsTable(a.events));
}

function monthEnd(period, by) {
  const d = new Date(`${period}T00:00:00Z`);
  if (by === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function dyadView(a, b, params) {
  const by = params.get("by") || "month";
  const form = el("form", { class: "filters" },
    el("label", {}, "actor A", el("input", { name: "a", value: a })),
    el("label", {}, "actor B", el("input", { name: "b", value: b })),
    el("label", {}, "by", el("select", { name: "by" }, ["day", "week", "month", "year"].map((p) =>
      el("option", { value: p, selected: p === by ? "selected" : null }, p)))),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    window.location.hash = `#/dyad/${encodeURIComponent(f.get("a"))}/${encodeURIComponent(f.get("b"))}?by=${f.get("by")}`;
  });
  const canvas = el("canvas", { id: "dyad-chart" });
  const below = el("div", { id: "point-events" }, el("p", { class: "muted" }, "Click a point to list the events behind it."));
  render(el("h1", {}, `${a} ↔ ${b}`), form, el("div", { class: "chart-box" }, canvas), below);
  const { body: rows } = await getJSON(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by });
  canvas.dataset.points = String(rows.length);
  if (!rows.length) {
    below.replaceChildren(el("p", { class: "muted" }, "No events between these actors."));
    return;
  }
  const labels = rows.map((r) => r.period);
  const chart = new Chart(canvas, {
    data: {
      labels,
      datasets: [
        { type: "bar", label: "cooperation", data: rows.map((r) => r.verbal_coop + r.material_coop), backgroundColor: "#1f8a4c", stack: "n", yAxisID: "y" },
        { type: "bar", label: "conflict", data: rows.map((r) => r.verbal_conflict + r.material_conflict), backgroundColor: "#c0392b", stack: "n", yAxisID: "y" },
        { type: "line", label: "Goldstein mean", data: rows.map((r) => r.goldstein_mean), borderColor: "#2456a6", backgroundColor: "#2456a6", yAxisID: "g", pointRadius: 5 },
      ],
    },
    options: {
      maintainAspectRatio: false, animation: false,
      scales: { y: { stacked: true, title: { display: true, text: "events" } }, g: { position: "right", min: -10, max: 10, title: { display: true, text: "Goldstein" } } },
      onClick: (_evt, elements) => {
        if (!elements.length) return;
        const period = labels[elements[0].index];
        showPointEvents(a, b, period, monthEnd(period, by), below);
      },
    },
  });
  window.rpDyadChart = chart;
}

async function showPointEvents(a, b, since, until, box) {
  box.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const { body } = await getJSON("/events", { dyad: `${a},${b}`, since, until, limit: 200 });
    box.replaceChildren(el("h2", {}, `Events ${since} – ${until}`), eventsTable(body));
  } catch (err) {
    box.replaceChildren(failure(err));
  }
}

async function networkView() {
  const graph = el("div", { id: "graph" });
  render(el("h1", {}, "Relations network"),
    el("p", { class: "legend" }, el("span", {}, el("i", { style: "background:#1f8a4c" }), "cooperative"),
      el("span", {}, el("i", { style: "background:#c0392b" }), "hostile"),
      el("span", {}, el("i", { style: "background:#9aa3b2" }), "neutral"),
      el("span", { class: "muted" }, "Edge width: number of events. Click a state for its page.")),
    graph);
  const { body: edges } = await getJSON("/network");
  const nodes = new Map();
  for (const e of edges) {
    nodes.set(e.a, e.a_name || e.a);
    nodes.set(e.b, e.b_name || e.b);
  }
  const elements = [
    ...[...nodes].map(([id, name]) => ({ data: { id, label: `${id}\n${name}` } })),
    ...edges.map((e) => ({ data: { id: `${e.a}-${e.b}`, source: e.a, target: e.b, sign: e.sign, w: 1 + Math.log2(1 + e.n_events) * 1.5 } })),
  ];
  const cy = cytoscape({
    container: graph, elements,
    style: [
      { selector: "node", style: { label: "data(id)", "background-color": "#2456a6", color: "#1d2330", "font-size": 11, "text-valign": "top" } },
      { selector: "edge", style: { width: "data(w)", "line-color": "#9aa3b2", "curve-style": "bezier", opacity: 0.8 } },
      { selector: "edge[sign > 0]", style: { "line-color": "#1f8a4c" } },
      { selector: "edge[sign < 0]", style: { "line-color": "#c0392b" } },
    ],
    layout: { name: "cose", animate: false, randomize: false },
  });
  cy.on("tap", "node", (evt) => { window.location.hash = `#/actor/${encodeURIComponent(evt.target.id())}`; });
  graph.dataset.nodes = String(cy.nodes().length);
  graph.dataset.edges = String(cy.edges().length);
  window.rpNetwork = cy;
}

async function actorView(who, params) {
  const form = el("form", { class: "filters" },
    el("label", {}, "name or code", el("input", { name: "who", value: who })),
    el("label", {}, "date", el("input", { name: "date", value: params.get("date") || "", placeholder: "YYYY-MM-DD" })),
    el("button", { type: "submit" }, "Look up"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    window.location.hash = `#/actor/${encodeURIComponent(f.get("who"))}${f.get("date") ? `?date=${f.get("date")}` : ""}`;
  });
  render(el("h1", {}, who), form, el("p", { class: "muted" }, "Loading…"));
  const { body: found } = await getJSON("/actors/lookup", { name: who, date: params.get("date") });
  const entry = found[0];
  const code = (entry && entry.country) || who.toUpperCase().slice(0, 3);
  const roles = entry ? el("table", { id: "roles" }, el("thead", {}, el("tr", {}, ["code", "title", "from", "until"].map((h) => el("th", {}, h)))),
    el("tbody", {}, (entry.roles.length ? entry.roles : [{ code: entry.code, title: entry.role, start: entry.valid_from, end: entry.valid_until }])
      .map((r) => el("tr", {}, el("td", {}, r.code), el("td", {}, r.title || ""), el("td", {}, r.start || ""), el("td", {}, r.end || "")))))
    : el("p", { class: "muted" }, "No dictionary entry for this name.");
  const { body: edges } = await getJSON("/network");
  const mine = edges.filter((e) => e.a === code || e.b === code).map((e) => ({ other: e.a === code ? e.b : e.a, name: e.a === code ? e.b_name : e.a_name, ...e }));
  const partners = mine.filter((e) => e.goldstein_sum > 0).sort((x, y) => y.goldstein_sum - x.goldstein_sum).slice(0, 10);
  const adversaries = mine.filter((e) => e.goldstein_sum < 0).sort((x, y) => x.goldstein_sum - y.goldstein_sum).slice(0, 10);
  const list = (items, id) => items.length ? el("ul", { id }, items.map((e) => el("li", {},
    link(`#/dyad/${code}/${e.other}`, `${e.other} ${e.name || ""}`), ` — ${e.n_events} events, Goldstein ${fmt(e.goldstein_sum, 1)}`)))
    : el("p", { class: "muted" }, "None in the data.");
  render(el("h1", {}, entry ? `${entry.name} (${entry.code})` : who), form,
    entry ? el("p", { class: "muted" }, `${entry.kind}; ${entry.why}; source ${entry.source}`) : "",
    el("h2", {}, "Roles over time"), roles,
    el("h2", {}, `Top partners of ${code}`), list(partners, "partners"),
    el("h2", {}, `Top adversaries of ${code}`), list(adversaries, "adversaries"));
}

// One line per (component, sentence): two events coded from one sentence cite it once.
function distinctCites(evidence) {
  const seen = new Set();
  return evidence.filter((ev) => {
    const key = `${ev.component}|${ev.sentence || ev.url || ev.event_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function sanctuaryView(params) {
  const leader = params.get("leader") || "";
  const form = el("form", { class: "filters", id: "sanctuary-form" },
    el("label", {}, "leader", el("input", { name: "leader", value: leader, placeholder: "Nicolas Maduro" })),
    el("label", {}, "as of", el("input", { name: "as_of", value: params.get("as_of") || "", placeholder: "YYYY-MM-DD" })),
    el("button", { type: "submit" }, "Rank"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (v) q.set(k, v);
    window.location.hash = `#/sanctuary?${q}`;
  });
  const box = el("div", { id: "candidates" });
  render(el("h1", {}, "Sanctuary: where could a leader go?"), form, box);
  if (!leader) {
    box.append(el("p", { class: "muted" }, "Give a leader's name."));
    return;
  }
  box.append(el("p", { class: "muted" }, "Ranking…"));
  try {
    const { body: r } = await getJSON("/sanctuary", { leader, as_of: params.get("as_of"), top: 10 });
    const rows = r.candidates.map((c) => el("tr", { "data-code": c.code },
      el("td", { class: "num" }, c.rank),
      el("td", {}, link(`#/actor/${c.code}`, `${c.name} (${c.code})`)),
      el("td", { class: "num" }, fmt(c.score, 3)),
      el("td", {}, c.basis, el("div", { class: "components" },
        Object.entries(c.components).filter(([, v]) => v).map(([k, v]) => `${k} ${v > 0 ? "+" : ""}${fmt(v)}`).join(", "))),
      el("td", { class: "evidence" }, c.evidence.length ? el("ul", { class: "cites" }, distinctCites(c.evidence).slice(0, 4).map((ev) =>
        el("li", {}, el("b", {}, `[${ev.component}] `), `${ev.event_date || ""} `, ev.sentence || ev.url || "",
          ev.doc_id ? [" ", link(`#/article/${encodeURIComponent(ev.doc_id)}`, "article")] : "")))
        : el("span", { class: "muted" }, c.note || "no cited events"))));
    box.replaceChildren(
      el("p", {}, `${r.leader} → ${r.country_name} (${r.country}), as of ${r.as_of}; ${r.modality}; pressing states: ${Object.keys(r.pressers).join(", ") || "none found"}`),
      el("table", { id: "sanctuary-table" }, el("thead", {}, el("tr", {}, ["rank", "state", "score", "basis and components", "evidence"].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows)));
  } catch (err) {
    box.replaceChildren(failure(err));
  }
}

// ---- routing -------------------------------------------------------------------------------------

async function route() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const name = parts[0] || "overview";
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name));
  document.body.dataset.ready = "false";
  try {
    if (name === "overview") await overview();
    else if (name === "events") await eventsView(params);
    else if (name === "article") await articleView(parts[1]);
    else if (name === "dyad") await dyadView(parts[1] || "TUR", parts[2] || "VEN", params);
    else if (name === "network") await networkView();
    else if (name === "actor") await actorView(parts[1] || "TUR", params);
    else if (name === "sanctuary") await sanctuaryView(params);
    else render(el("p", { class: "error" }, `No page ${path}`));
  } catch (err) {
    render(failure(err));
  }
  document.body.dataset.ready = "true";
}

window.addEventListener("hashchange", route);
route();
