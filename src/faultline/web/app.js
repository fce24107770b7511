// faultline dashboard: a single page over the JSON API. Every view is a URL (path and query
// string), so a view is shared by copying the address bar. No external scripts: charts are
// inline SVG drawn here.
"use strict";

const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"};
const SVG_NS = "http://www.w3.org/2000/svg";

// -- small helpers -----------------------------------------------------------------------

/** An HTML element with attributes and children (text is always inserted as text). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** An SVG element with attributes. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : value);
  }
}

/** A URL path with query parameters, leaving out empty ones. */
function url(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "" && v !== false) q.set(k, v);
  }
  const text = q.toString();
  return text ? `${path}?${text}` : path;
}

/** GET a JSON API path; a non-2xx answer throws with the server's message. */
async function api(path, params = {}) {
  const response = await fetch(url(path, params), {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`${response.status}: ${body.detail || response.statusText}`);
  }
  return body;
}

function link(href, text, attrs = {}) { return h("a", {href, ...attrs}, text); }
function actorLink(code) { return code ? link(url("/events", {actor: code}), code) : "—"; }
function quadBadge(q) { return h("span", {class: `badge q${q}`, title: QUADS[q]}, `Q${q}`); }
function fmt(x, digits = 2) { return x === null || x === undefined ? "—" : Number(x).toFixed(digits); }
function card(title, ...body) { return h("section", {class: "card"}, title ? h("h2", {}, title) : null, body); }
function legend() {
  return h("div", {class: "legend"}, [1, 2, 3, 4].map(q =>
    h("span", {class: `q${q}`}, h("span", {class: "swatch", style: `background:var(--q${q})`}),
      `${q} ${QUADS[q]}`)));
}

function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message || "";
  box.hidden = !message;
}

/** A filter form whose submission navigates to the same view with the fields as query. */
function filterForm(path, fields, values, extra = {}, inPath = []) {
  const form = h("form", {class: "filters"});
  for (const f of fields) {
    const input = f.options
      ? h("select", {name: f.name}, f.options.map(([v, label]) =>
          h("option", {value: v, selected: String(values[f.name] ?? "") === String(v)}, label)))
      : h("input", {name: f.name, type: f.type || "text", placeholder: f.placeholder || "",
                    value: values[f.name] ?? "", size: f.size || 10,
                    checked: f.type === "checkbox" && values[f.name] === "true"});
    if (f.type === "checkbox") input.value = "true";
    form.append(h("label", {}, f.label, input));
  }
  form.append(h("button", {type: "submit"}, "Apply"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    const params = {...extra};
    for (const [k, v] of new FormData(form).entries()) params[k] = v;
    const to = typeof path === "function" ? path(params) : path;
    for (const k of inPath) delete params[k];  // fields the path already carries
    navigate(url(to, params));
  });
  return form;
}

const DATE_FIELDS = [{name: "since", label: "Since", type: "date"},
                     {name: "until", label: "Until", type: "date"}];

// -- charts ------------------------------------------------------------------------------

const DAY_MS = 86400000;
function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / DAY_MS; }
function isoDay(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

/** The start of the period after the one starting on ``day``. */
function nextPeriod(day, period) {
  const d = new Date(day + "T00:00:00Z");
  if (period === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (period === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (period === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/** Every period start from the first to the last, so bars sit on a true time axis. */
function periodsBetween(first, last, period) {
  const out = [];
  for (let d = first; d <= last && out.length < 5000; d = nextPeriod(d, period)) out.push(d);
  return out;
}

/** Stacked bars of events per period and quad class. */
function stackedBars(rows, period) {
  const width = 1100, height = 240, left = 40, bottom = 22, top = 8;
  const svg = s("svg", {class: "chart", viewBox: `0 0 ${width} ${height}`,
                        "data-testid": "overview-chart", role: "img",
                        "aria-label": "events over time by quad class"});
  if (!rows.length) {
    svg.append(s("text", {x: width / 2, y: height / 2, "text-anchor": "middle"}, "no events"));
    return svg;
  }
  const byPeriod = new Map();
  for (const r of rows) {
    if (!byPeriod.has(r.period)) byPeriod.set(r.period, {1: 0, 2: 0, 3: 0, 4: 0});
    byPeriod.get(r.period)[r.quad_class] += r.events;
  }
  const keys = [...byPeriod.keys()].sort();
  const periods = periodsBetween(keys[0], keys[keys.length - 1], period);
  const max = Math.max(...[...byPeriod.values()].map(v => v[1] + v[2] + v[3] + v[4]));
  const plotW = width - left - 8, plotH = height - top - bottom;
  const bw = plotW / periods.length;
  const y = v => top + plotH - (v / max) * plotH;
  svg.append(s("g", {class: "axis"},
    s("line", {x1: left, x2: width - 8, y1: top + plotH, y2: top + plotH}),
    s("text", {x: left - 6, y: top + 10, "text-anchor": "end"}, max),
    s("text", {x: left - 6, y: top + plotH, "text-anchor": "end"}, 0)));
  const labelEvery = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((p, i) => {
    const counts = byPeriod.get(p);
    const x = left + i * bw;
    if (i % labelEvery === 0) {
      svg.append(s("text", {x: x, y: height - 6},
        period === "year" ? p.slice(0, 4) : period === "month" ? p.slice(0, 7) : p));
    }
    if (!counts) return;
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      if (!counts[q]) continue;
      const y0 = y(base), y1 = y(base + counts[q]);
      const last = isoDay(dayNumber(nextPeriod(p, period)) - 1);
      svg.append(s("rect", {x: x + 0.5, y: y1, width: Math.max(1, bw - 1), height: y0 - y1,
                            fill: `var(--q${q})`, class: "bar", style: "cursor:pointer",
                            "data-period": p, "data-quad": q,
                            onclick: () => navigate(url("/events", {since: p, until: last,
                                                                    quad: q}))},
        s("title", {}, `${p}: ${counts[q]} ${QUADS[q]} (click for the events)`)));
      base += counts[q];
    }
  });
  return svg;
}

/** A time-axis chart of one value per day; each point is clickable (onPick(day)). */
function dayChart(series, key, {label, testid, selected, onPick, bars = false, axis = "days"}) {
  const width = 1100, height = 200, left = 46, bottom = 22, top = 10;
  const svg = s("svg", {class: "chart", viewBox: `0 0 ${width} ${height}`,
                        "data-testid": testid, role: "img", "aria-label": label});
  const points = series.filter(r => r[key] !== null && r[key] !== undefined);
  if (!points.length) {
    svg.append(s("text", {x: width / 2, y: height / 2, "text-anchor": "middle"}, "no data"));
    return svg;
  }
  // "days": one even step per reported day (readable when reports bunch up in a crisis);
  // "time": true calendar spacing.
  const days = axis === "time" ? points.map(r => dayNumber(r.day)) : points.map((r, i) => i);
  let d0 = Math.min(...days), d1 = Math.max(...days);
  if (d0 === d1) { d0 -= 1; d1 += 1; }
  const dayLabel = n => axis === "time" ? isoDay(n) : (points[n] || {}).day || "";
  const values = points.map(r => Number(r[key]));
  let lo = Math.min(0, ...values), hi = Math.max(0, ...values);
  if (lo === hi) hi = lo + 1;
  const plotW = width - left - 12, plotH = height - top - bottom;
  const x = d => left + ((d - d0) / (d1 - d0)) * plotW;
  const y = v => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  svg.append(s("g", {class: "axis"},
    s("line", {x1: left, x2: width - 12, y1: y(0), y2: y(0)}),
    s("text", {x: left - 6, y: y(hi) + 4, "text-anchor": "end"}, fmt(hi, 1)),
    s("text", {x: left - 6, y: y(lo) + 4, "text-anchor": "end"}, fmt(lo, 1)),
    s("text", {x: left, y: height - 5}, dayLabel(d0)),
    s("text", {x: width - 12, y: height - 5, "text-anchor": "end"}, dayLabel(d1)),
    s("text", {x: left + 4, y: top + 10}, label)));
  if (!bars) {
    const path = points.map((r, i) => `${i ? "L" : "M"}${x(days[i]).toFixed(1)},${y(values[i]).toFixed(1)}`);
    svg.append(s("path", {d: path.join(" "), fill: "none", stroke: "#2456a6", "stroke-width": 1.5}));
  }
  if (axis !== "time") {  // a few dates between the ends
    const every = Math.max(1, Math.ceil(points.length / 8));
    for (let i = every; i < points.length - every / 2; i += every) {
      svg.append(s("text", {x: x(i), y: height - 5, "text-anchor": "middle"}, points[i].day));
    }
  }
  points.forEach((r, i) => {
    const cx = x(days[i]), value = values[i];
    const attrs = {class: "point" + (r.day === selected ? " selected" : ""), "data-day": r.day,
                   onclick: () => onPick(r.day)};
    const mark = bars
      ? s("rect", {...attrs, x: cx - 3, width: 6, y: Math.min(y(value), y(0)),
                   height: Math.max(1, Math.abs(y(value) - y(0))),
                   fill: value < 0 ? "var(--q4)" : "var(--q2)"})
      : s("circle", {...attrs, cx, cy: y(value), r: 4, fill: "#2456a6"});
    mark.append(s("title", {}, `${r.day}: ${label} ${fmt(value)} (${r.events} events)`));
    svg.append(mark);
  });
  return svg;
}

// -- tables ------------------------------------------------------------------------------

function table(columns, rows, attrs = {}) {
  return h("table", attrs,
    h("thead", {}, h("tr", {}, columns.map(c => h("th", {class: c.num ? "num" : ""}, c.label)))),
    h("tbody", {}, rows.map(r => h("tr", {}, columns.map(c =>
      h("td", {class: c.num ? "num" : ""}, c.value(r)))))));
}

function eventTable(events, attrs = {}) {
  if (!events.length) return h("p", {class: "muted"}, "No events.");
  return table([
    {label: "Date", value: e => e.date},
    {label: "Source", value: e => actorLink(e.source.country || e.source.org || e.source.code)},
    {label: "Target", value: e => e.target ? actorLink(e.target.country || e.target.org || e.target.code) : "—"},
    {label: "CAMEO", value: e => [quadBadge(e.cameo.quad_class), ` ${e.cameo.code} ${e.cameo.name}`]},
    {label: "Goldstein", num: true, value: e => fmt(e.cameo.goldstein, 1)},
    {label: "Sentence", value: e => h("span", {class: "sentence"}, e.sentence.trim(), " ",
      link(`/articles/${e.article_id}?event=${e.event_id}`, "read"))},
  ], events, {"data-testid": "event-table", ...attrs});
}

function dyadLabel(a, b) { return `${a}–${b}`; }

// -- views -------------------------------------------------------------------------------

async function overview(params) {
  const period = params.get("period") || "month";
  const since = params.get("since"), until = params.get("until");
  const [health, counts] = await Promise.all([
    api("/api/health"), api("/api/events/counts", {period, since, until})]);
  const root = h("div", {},
    h("h1", {}, "Overview"),
    card(null, h("div", {class: "stats"},
      h("div", {class: "stat"}, h("b", {}, health.articles), "articles"),
      h("div", {class: "stat"}, h("b", {}, health.merged_events), "real-world events"),
      h("div", {class: "stat"}, h("b", {}, health.events), "coded mentions"))),
    card("Events over time by quad class",
      filterForm("/", [...DATE_FIELDS, {name: "period", label: "Per", options:
        [["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"]]}],
        {since, until, period}),
      legend(), stackedBars(counts, period)));
  const grid = h("div", {class: "grid"});
  root.append(grid);
  // The alert scan reads the whole record (seconds over millions of events): the cards
  // fill in as their answers come, the rest of the view does not wait for them.
  grid.append(section("Most active dyads", async () => {
    const dyads = await api("/api/dyads", {since, until, limit: 10});
    return table([
      {label: "Dyad", value: d => link(`/dyads/${d.a}/${d.b}`, dyadLabel(d.a, d.b))},
      {label: "Names", value: d => `${d.a_name || d.a} – ${d.b_name || d.b}`},
      {label: "Events", num: true, value: d => d.events},
      {label: "Conflict", num: true, value: d => d.conflict},
      {label: "Goldstein", num: true, value: d => fmt(d.goldstein_mean, 1)},
      {label: "Tension", num: true, value: d => fmt(d.tension)},
    ], dyads, {"data-testid": "top-dyads"});
  }, root), section("Latest alerts", async () => {
    const alerts = await api("/api/alerts", {since, until, limit: 10});
    if (!alerts.length) return h("p", {class: "muted", "data-testid": "alerts"}, "No alerts.");
    return table([
      {label: "Day", value: a => a.day},
      {label: "Dyad", value: a => link(url(`/dyads/${a.a}/${a.b}`, {day: a.day}), dyadLabel(a.a, a.b))},
      {label: "Tension", num: true, value: a => fmt(a.tension)},
      {label: "Baseline", num: true, value: a => fmt(a.baseline)},
      {label: "Score", num: true, value: a => fmt(a.score, 1)},
      {label: "Events", num: true, value: a => a.events},
    ], alerts, {"data-testid": "alerts"});
  }, root));
  return root;
}

/** A card filled in when ``build`` answers; its failure (e.g. analysis missing) shows in
 * the card without breaking the view. ``owner.pending`` collects the wait, so the view
 * counts as ready once every card is filled. */
function section(title, build, owner) {
  const body = h("div", {}, h("p", {class: "muted"}, "Loading…"));
  const done = build()
    .then(content => body.replaceChildren(content))
    .catch(err => body.replaceChildren(h("p", {class: "muted"}, `Not available: ${err.message}`)));
  owner.pending = [...(owner.pending || []), done];
  return card(title, body);
}

async function dyadView(a, b, params) {
  const since = params.get("since"), until = params.get("until");
  const directed = params.get("directed") === "true";
  const day = params.get("day"), axis = params.get("axis") || "days";
  const data = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`,
                         {since, until, directed});
  const pick = picked => navigate(url(location.pathname, {since, until, directed, axis,
                                                         day: picked}), {keepScroll: true});
  const root = h("div", {},
    h("h1", {}, `${data.a_name || data.a} – ${data.b_name || data.b} `,
      h("span", {class: "muted"}, `(${dyadLabel(data.a, data.b)})`)),
    card(null, filterForm(p => `/dyads/${(p.a || a).toUpperCase()}/${(p.b || b).toUpperCase()}`,
      [{name: "a", label: "Actor A", size: 6}, {name: "b", label: "Actor B", size: 6},
       ...DATE_FIELDS, {name: "axis", label: "Time axis", options:
         [["days", "reported days"], ["time", "calendar"]]},
       {name: "directed", label: "A→B only", type: "checkbox"}],
      {a: data.a, b: data.b, since, until, axis, directed: String(directed)}, {}, ["a", "b"]),
      h("p", {class: "muted"}, `${data.series.length} days with data. Click a point to see `
        + "the events behind it.")),
    card("Goldstein (sum per day)", dayChart(data.series, "goldstein_sum",
      {label: "Goldstein sum", testid: "goldstein-chart", selected: day, onPick: pick,
       bars: true, axis})),
    card("Tension", dayChart(data.series, "tension",
      {label: "tension", testid: "tension-chart", selected: day, onPick: pick, axis})));
  // historical events sit on their own (past) days in the series, so they are listed too
  const events = day
    ? await api("/api/events", {dyad: `${data.a},${data.b}`, since: day, until: day, limit: 500,
                                historical: true})
    : null;
  root.append(card(day ? `Events on ${day}` : "Events",
    events ? h("div", {"data-testid": "day-events"}, eventTable(events.items))
           : h("p", {class: "muted"}, "Pick a day on either chart.")));
  return root;
}

async function dyadIndex(params) {
  const dyads = await api("/api/dyads", {since: params.get("since"), until: params.get("until"),
                                         limit: 50});
  return h("div", {}, h("h1", {}, "Dyads"), card(null, table([
    {label: "Dyad", value: d => link(`/dyads/${d.a}/${d.b}`, dyadLabel(d.a, d.b))},
    {label: "Names", value: d => `${d.a_name || d.a} – ${d.b_name || d.b}`},
    {label: "Events", num: true, value: d => d.events},
    {label: "Tension", num: true, value: d => fmt(d.tension)},
  ], dyads, {"data-testid": "top-dyads"})));
}

/** A force-directed layout, run to rest before drawing (deterministic start on a circle). */
function layout(nodes, edges, width, height) {
  const index = new Map(nodes.map((n, i) => [n.actor, i]));
  const pos = nodes.map((n, i) => {
    const t = (2 * Math.PI * i) / nodes.length;
    return {x: width / 2 + (width / 3) * Math.cos(t), y: height / 2 + (height / 3) * Math.sin(t)};
  });
  const links = edges.map(e => [index.get(e.source), index.get(e.target)]);
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 1.1;
  for (let step = 0; step < 300; step++) {
    const heat = 0.1 * (1 - step / 300) + 0.005;
    const force = pos.map(() => ({x: 0, y: 0}));
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1), f = (k * k) / d2;
        force[i].x += dx * f; force[i].y += dy * f; force[j].x -= dx * f; force[j].y -= dy * f;
      }
    }
    for (const [i, j] of links) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.hypot(dx, dy), 1), f = d / k;
      force[i].x -= dx * f; force[i].y -= dy * f; force[j].x += dx * f; force[j].y += dy * f;
    }
    pos.forEach((p, i) => {
      p.x += (width / 2 - p.x) * 0.01; p.y += (height / 2 - p.y) * 0.01;
      const len = Math.max(Math.hypot(force[i].x, force[i].y), 1);
      const move = Math.min(len, k) * heat;
      p.x = Math.min(width - 30, Math.max(30, p.x + (force[i].x / len) * move));
      p.y = Math.min(height - 20, Math.max(20, p.y + (force[i].y / len) * move));
    });
  }
  return pos;
}

async function networkView(params) {
  const since = params.get("since"), until = params.get("until");
  const top = params.get("top") || 80;
  const data = await api("/api/network", {since, until, top});
  const width = 1100, height = 640;
  const svg = s("svg", {id: "network-svg", class: "chart", viewBox: `0 0 ${width} ${height}`,
                        "data-testid": "network", role: "img", "aria-label": "actor network"});
  svg.append(s("defs", {}, ["cooperation", "conflict"].map(kind =>
    s("marker", {id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: 16, refY: 5, markerWidth: 7,
                 markerHeight: 7, orient: "auto-start-reverse"},
      s("path", {d: "M0,0 L10,5 L0,10 z", class: `edge ${kind}`,
                 fill: kind === "conflict" ? "var(--q4)" : "var(--q2)"})))));
  const pos = layout(data.nodes, data.edges, width, height);
  const at = new Map(data.nodes.map((n, i) => [n.actor, pos[i]]));
  const degree = new Map();
  for (const e of data.edges) {
    degree.set(e.source, (degree.get(e.source) || 0) + e.events);
    degree.set(e.target, (degree.get(e.target) || 0) + e.events);
  }
  const edgeLayer = s("g", {}), nodeLayer = s("g", {});
  for (const e of data.edges) {
    const kind = e.conflict > e.cooperation ? "conflict" : "cooperation";
    const p = at.get(e.source), q = at.get(e.target);
    const line = s("line", {x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: `edge ${kind}`,
                            "stroke-width": Math.min(1 + Math.log2(e.events) * 1.2, 7),
                            "stroke-opacity": 0.65, "marker-end": `url(#arrow-${kind})`,
                            "data-source": e.source, "data-target": e.target,
                            style: "cursor:pointer",
                            onclick: () => navigate(`/dyads/${e.source}/${e.target}`)});
    line.append(s("title", {}, `${e.source} → ${e.target}: ${e.events} events, `
      + `${e.cooperation} cooperation, ${e.conflict} conflict, mean Goldstein `
      + fmt(e.goldstein_mean, 1)));
    edgeLayer.append(line);
  }
  data.nodes.forEach((n, i) => {
    const r = 5 + Math.sqrt(degree.get(n.actor) || 1) * 1.6;
    nodeLayer.append(s("g", {class: "node", "data-actor": n.actor,
                             onclick: () => navigate(url("/events", {actor: n.actor}))},
      s("circle", {cx: pos[i].x, cy: pos[i].y, r}),
      s("text", {x: pos[i].x + r + 2, y: pos[i].y + 4}, n.actor),
      s("title", {}, `${n.name || n.actor}: ${degree.get(n.actor) || 0} events`)));
  });
  svg.append(edgeLayer, nodeLayer);
  return h("div", {}, h("h1", {}, "Actor network"),
    card(null, filterForm("/network", [...DATE_FIELDS,
      {name: "top", label: "Edges", type: "number", size: 4}], {since, until, top}),
      h("div", {class: "legend"},
        h("span", {}, h("span", {class: "swatch", style: "background:var(--q2)"}),
          "mostly cooperation"),
        h("span", {}, h("span", {class: "swatch", style: "background:var(--q4)"}),
          "mostly conflict"),
        h("span", {class: "muted"}, "Arrows point from actor to target; click an edge for "
          + "the dyad, a node for its events.")),
      data.edges.length ? svg : h("p", {class: "muted"}, "No events between two actors.")));
}

const EVENT_FIELDS = [
  {name: "actor", label: "Actor", placeholder: "ARM", size: 6},
  {name: "dyad", label: "Dyad", placeholder: "ARM,AZE", size: 9},
  {name: "cameo", label: "CAMEO prefix", placeholder: "19", size: 5},
  {name: "quad", label: "Quad class", options: [["", "any"], ...Object.entries(QUADS)
    .map(([q, name]) => [q, `${q} ${name}`])]},
  ...DATE_FIELDS,
  {name: "historical", label: "Historical too", type: "checkbox"},
];

function pager(path, params, page) {
  const offset = page.offset, limit = page.limit;
  const go = to => navigate(url(path, {...Object.fromEntries(params), offset: to}));
  return h("div", {class: "pager"},
    h("button", {class: "plain", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit))},
      "← Previous"),
    h("span", {class: "muted"}, page.total ? `${offset + 1}–${Math.min(offset + limit, page.total)} `
      + `of ${page.total}` : "none"),
    h("button", {class: "plain", disabled: offset + limit >= page.total,
                 onclick: () => go(offset + limit)}, "Next →"));
}

async function eventsView(params) {
  const query = Object.fromEntries(params);
  const page = await api("/api/events", {limit: 50, ...query});
  return h("div", {}, h("h1", {}, "Events"),
    card(null, filterForm("/events", EVENT_FIELDS, query), eventTable(page.items),
      pager("/events", params, page)));
}

async function articlesView(params) {
  const query = Object.fromEntries(params);
  const page = await api("/api/articles", {limit: 50, ...query});
  return h("div", {}, h("h1", {}, "Articles"),
    card(null, filterForm("/articles", DATE_FIELDS, query), table([
      {label: "Date", value: a => a.date || "undated"},
      {label: "Title", value: a => link(`/articles/${a.id}`, a.title || a.id)},
      {label: "Spin", num: true, value: a => fmt(a.spin_score)},
      {label: "Chars", num: true, value: a => a.chars},
      {label: "Source", value: a => a.url || a.path},
    ], page.items, {"data-testid": "article-table"}), pager("/articles", params, page)));
}

/** The input text cut at every event and change boundary, each piece marked with what
 * covers it: the events whose sentence it is in, and the spun phrase it belongs to. */
function pieces(text, events, changes, evidence) {
  const cuts = new Set([0, text.length]);
  for (const e of events) { cuts.add(e.char_span[0]); cuts.add(e.char_span[1]); }
  for (const c of [...changes, ...evidence]) { cuts.add(c.start); cuts.add(c.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    out.push({start, end, text: text.slice(start, end),
              events: events.filter(e => e.char_span[0] <= start && end <= e.char_span[1]),
              change: changes.find(c => c.start <= start && end <= c.end),
              evidence: evidence.find(c => c.start <= start && end <= c.end)});
  }
  return out;
}

function focusEvent(id, scroll = true) {
  // the focused event goes into the URL, so the link shows the same sentence
  const here = new URL(location.href);
  here.searchParams.set("event", id);
  history.replaceState(null, "", here.pathname + here.search);
  document.querySelectorAll(".focus").forEach(el => el.classList.remove("focus"));
  const marks = document.querySelectorAll(`mark.event[data-events~="${id}"]`);
  marks.forEach(el => el.classList.add("focus"));
  const cardEl = document.getElementById(`event-${id}`);
  if (cardEl) cardEl.classList.add("focus");
  if (scroll && marks.length) marks[0].scrollIntoView({block: "center"});
}

function readerText(article) {
  const box = h("div", {class: "article-text", "data-testid": "article-text"});
  for (const piece of pieces(article.text, article.events, article.changes, article.evidence)) {
    let node = document.createTextNode(piece.text);
    if (piece.change) {
      node = h("span", {class: "spun", title: `spun (${piece.change.kind}); restored: `
        + piece.change.restored}, piece.text);
    } else if (piece.evidence) {
      node = h("span", {class: "evidence", title: `possible spinner swap for `
        + `"${piece.evidence.restored}"`}, piece.text);
    }
    const parts = [node];
    if (piece.change && piece.end === piece.change.end) {
      parts.push(h("ins", {class: "restored", title: `restored from "${piece.change.found}"`},
        piece.change.restored));
    }
    if (piece.events.length) {
      const ids = piece.events.map(e => e.event_id);
      const q = Math.max(...piece.events.map(e => e.cameo.quad_class));
      box.append(h("mark", {class: `event q${q}`, "data-events": ids.join(" "),
                            title: piece.events.map(e => `${e.cameo.code} ${e.cameo.name}`).join("; "),
                            onclick: () => focusEvent(ids[0], false)}, parts));
    } else {
      box.append(...parts);
    }
  }
  return box;
}

function eventCard(e) {
  const target = e.target ? (e.target.country || e.target.org || e.target.code) : "—";
  const flags = ["historical", "negated", "hypothetical"].filter(f => e[f]);
  return h("div", {class: `event-card q${e.cameo.quad_class}`, id: `event-${e.event_id}`,
                   "data-event": e.event_id, onclick: () => focusEvent(e.event_id)},
    h("div", {class: "who"}, `${e.source.country || e.source.org || e.source.code} → ${target} `,
      quadBadge(e.cameo.quad_class)),
    h("div", {}, `${e.cameo.code} ${e.cameo.name} · Goldstein ${fmt(e.cameo.goldstein, 1)} · ${e.date}`),
    flags.length ? h("div", {class: "muted"}, flags.join(", ")) : null,
    e.attribution ? h("div", {class: "muted"}, `said by ${e.attribution.speaker.code}`) : null);
}

async function articleView(id, params) {
  const article = await api(`/api/articles/${encodeURIComponent(id)}`);
  const spun = article.changes.length;
  const root = h("div", {},
    h("h1", {}, article.title || article.id),
    h("p", {class: "muted"}, [
      article.published || "undated", " · ", article.format, " · ",
      article.url ? link(article.url, article.url, {"data-external": true}) : article.source,
      " · spin score ", h("b", {"data-testid": "spin-score"}, fmt(article.spin_score)),
      article.story && article.story.spun ? [" ", h("span", {class: "badge q4"}, "spun")] : "",
      spun ? ` · ${spun} spun phrase${spun > 1 ? "s" : ""} restored` : "",
      article.copy_of ? [" · copy of ", link(`/articles/${article.copy_of.original_id}`,
                                              "the original")] : ""]),
    h("div", {class: "reader"},
      card("Text", h("div", {class: "legend"},
        h("span", {}, h("mark", {class: "event"}, "sentence"), " coded event"),
        h("span", {}, h("span", {class: "spun"}, "spun"), h("ins", {class: "restored"}, "restored")),
        h("span", {}, h("span", {class: "evidence"}, "word"), " possible swap")),
        readerText(article)),
      card(`Events (${article.events.length})`,
        h("div", {"data-testid": "event-list"}, article.events.length
          ? article.events.map(eventCard) : h("p", {class: "muted"}, "No events coded.")))));
  const wanted = params.get("event");
  if (wanted) setTimeout(() => focusEvent(wanted), 0);
  return root;
}

async function searchView(params) {
  const q = params.get("q") || "";
  document.getElementById("search-input").value = q;
  if (q.trim().length < 2) return h("div", {}, h("h1", {}, "Search"),
    h("p", {class: "muted"}, "Type at least two characters in the search box."));
  const found = await api("/api/search", {q, limit: 50});
  return h("div", {}, h("h1", {}, `Search: ${q}`),
    card(`Articles (${found.articles.length})`, found.articles.length ? table([
      {label: "Date", value: a => a.date || "undated"},
      {label: "Title", value: a => link(`/articles/${a.id}`, a.title || a.id)},
    ], found.articles, {"data-testid": "search-articles"}) : h("p", {class: "muted"}, "None.")),
    card(`Events (${found.events.length})`, eventTable(found.events,
                                                       {"data-testid": "search-events"})));
}

async function obligationsView(params) {
  const since = params.get("since"), until = params.get("until");
  const rows = await api("/api/obligations", {since, until});
  return h("div", {}, h("h1", {}, "Treaty obligations engaged"),
    card(null, filterForm("/obligations", DATE_FIELDS, {since, until}), rows.length ? table([
      {label: "Day", value: r => r.day},
      {label: "Treaty", value: r => h("span", {title: r.treaty}, r.treaty_name || r.treaty)},
      {label: "Commitment", value: r => r.commitment.replaceAll("_", " ")},
      {label: "Engaged by", value: r => [actorLink(r.engaged), r.counterpart ? " → " : "",
                                         r.counterpart ? actorLink(r.counterpart) : ""]},
      {label: "Bound", value: r => [].concat(r.committed || []).join(" ")},
      {label: "How", value: r => h("span", {class: "sentence"}, r.how)},
      {label: "Event", value: r => r.counterpart
        ? link(url(`/dyads/${r.engaged}/${r.counterpart}`, {day: r.day}), r.cameo_code)
        : r.cameo_code},
    ], rows, {"data-testid": "obligations"}) : h("p", {class: "muted"}, "None found.")));
}

/** The API reference, read from the app's own OpenAPI document (works offline, unlike the
 * Swagger page at /docs, which loads its script from a CDN). */
async function apiDocs() {
  const spec = await api("/openapi.json");
  const typeOf = schema => {
    const kinds = (schema.anyOf || [schema]).map(k => k.type || (k.$ref || "").split("/").pop())
      .filter(k => k && k !== "null");
    return kinds.join(" | ") || "any";
  };
  const limits = schema => {
    const found = (schema.anyOf || [schema]).concat([schema]);
    const parts = [];
    for (const k of found) {
      if (k.minimum !== undefined) parts.push(`≥ ${k.minimum}`);
      if (k.maximum !== undefined) parts.push(`≤ ${k.maximum}`);
      if (k.pattern) parts.push(`pattern ${k.pattern}`);
      if (k.format) parts.push(k.format);
    }
    if (schema.default !== undefined && schema.default !== null) parts.push(`default ${schema.default}`);
    return [...new Set(parts)].join(", ");
  };
  const sections = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => card(null,
      h("h2", {id: op.operationId}, h("code", {}, `${method.toUpperCase()} ${path}`)),
      h("p", {}, op.summary || ""),
      op.description ? h("p", {class: "muted"}, op.description) : null,
      (op.parameters || []).length ? table([
        {label: "Parameter", value: q => h("code", {}, q.name)},
        {label: "In", value: q => q.in},
        {label: "Type", value: q => typeOf(q.schema || {})},
        {label: "Limits", value: q => limits(q.schema || {})},
        {label: "", value: q => q.required ? "required" : ""},
        {label: "What", value: q => q.description || ""},
      ], op.parameters) : h("p", {class: "muted"}, "No parameters."))));
  return h("div", {"data-testid": "api-docs"},
    h("h1", {}, `${spec.info.title} API ${spec.info.version}`),
    h("p", {}, spec.info.description || "", " The OpenAPI document: ",
      link("/openapi.json", "/openapi.json", {"data-external": true}), "; interactive docs ",
      "(they need the internet for their script): ", link("/docs", "/docs", {"data-external": true}),
      "."),
    sections);
}

// -- routing -----------------------------------------------------------------------------

const ROUTES = [
  [/^\/$/, (m, p) => overview(p)],
  [/^\/dyads\/([^/]+)\/([^/]+)$/, (m, p) => dyadView(decodeURIComponent(m[1]),
                                                     decodeURIComponent(m[2]), p)],
  [/^\/dyads\/([A-Za-z0-9]+)-([A-Za-z0-9]+)$/, (m, p) => dyadView(m[1], m[2], p)],  // ARM-AZE
  [/^\/dyads$/, (m, p) => dyadIndex(p)],
  [/^\/network$/, (m, p) => networkView(p)],
  [/^\/events$/, (m, p) => eventsView(p)],
  [/^\/articles$/, (m, p) => articlesView(p)],
  [/^\/articles\/([^/]+)$/, (m, p) => articleView(decodeURIComponent(m[1]), p)],
  [/^\/search$/, (m, p) => searchView(p)],
  [/^\/obligations$/, (m, p) => obligationsView(p)],
  [/^\/api-docs$/, () => apiDocs()],
];

let rendering = 0;

async function render() {
  const ticket = ++rendering;
  const view = document.getElementById("view");
  const params = new URLSearchParams(location.search);
  showError("");
  for (const [pattern, build] of ROUTES) {
    const match = location.pathname.match(pattern);
    if (!match) continue;
    try {
      const content = await build(match, params);
      if (ticket !== rendering) return;  // a later navigation won
      view.replaceChildren(content);
      await Promise.all(content.pending || []);
      if (ticket !== rendering) return;
      document.body.dataset.view = pattern.source;
      document.body.dataset.ready = "true";
    } catch (err) {
      if (ticket !== rendering) return;
      view.replaceChildren(h("p", {class: "muted"}, "This view could not be loaded."));
      showError(err.message);
      document.body.dataset.ready = "true";
    }
    return;
  }
  view.replaceChildren(h("p", {}, "No such view. ", link("/", "Back to the overview")));
}

function navigate(to, {keepScroll = false} = {}) {
  const y = window.scrollY;
  history.pushState(null, "", to);
  document.body.dataset.ready = "false";
  render().then(() => { if (keepScroll) window.scrollTo(0, y); });
}

document.addEventListener("click", event => {
  const a = event.target.closest("a");
  if (!a || a.hasAttribute("data-external") || a.target || event.ctrlKey || event.metaKey) return;
  const dest = new URL(a.href, location.href);
  if (dest.origin !== location.origin || dest.pathname.startsWith("/api/")
      || dest.pathname.startsWith("/docs")) return;
  event.preventDefault();
  navigate(dest.pathname + dest.search);
});

document.getElementById("search-form").addEventListener("submit", event => {
  event.preventDefault();
  navigate(url("/search", {q: document.getElementById("search-input").value.trim()}));
});

window.addEventListener("popstate", render);
render();
