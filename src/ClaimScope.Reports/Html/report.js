// ClaimScope report: sorts, filters and pages the claims table, keeps the filters in the URL's
// hash, and opens a claim a chart or list links to (#claim=N). Runs offline, no dependencies.
// All feed text reaches the page through textContent, never innerHTML.
(function () {
  'use strict';
  var PAGE_SIZE = 100;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var table = document.getElementById('claims-table');
  if (!table) { return; }
  // Field order as written by ClaimsTableData.cs.
  var papers = data.papers.map(function (p) {
    return { id: p[0], title: p[1], url: p[2], code: p[3], listed: p[4], upvotes: p[5], abstract: p[6], section: p[7] === 1 };
  });
  var claims = data.claims.map(function (c) {
    return { i: c[0], p: c[1], k: c[2], v: c[3], vd: c[4], u: c[5], q: c[6], t: c[7], g: c[8], b: c[9], f: c[10], fd: c[11], x: c[12], s: c[13], e: c[14], cred: c[15] === 1, ctx: c[16] };
  });
  var byId = new Map();
  claims.forEach(function (c) {
    byId.set(c.i, c);
    c.hay = [papers[c.p].title, c.x, c.t, c.u, c.b].join('\n').toLowerCase();
  });
  var tbody = table.tBodies[0];
  var $ = function (id) { return document.getElementById(id); };
  var countEl = $('row-count'), pageEl = $('page-info'), prevBtn = $('page-prev'), nextBtn = $('page-next');
  var oneClaim = $('one-claim');
  // Filter controls by the hash key they are kept under.
  var selects = { kind: $('f-kind'), group: $('f-group'), hedge: $('f-hedge'), listed: $('f-listed'), baseline: $('f-baseline') };
  var credibleIn = $('f-credible'), factorIn = $('f-factor'), textIn = $('f-text');
  var collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  var columns = {
    title: function (c) { return papers[c.p].title; },
    kind: function (c) { return c.k; },
    value: function (c) { return c.v; },
    unit: function (c) { return c.u; },
    qualifier: function (c) { return c.q; },
    target: function (c) { return c.t; },
    baseline: function (c) { return c.b; },
    factor: function (c) { return c.f; },
    listed: function (c) { return papers[c.p].listed || ''; },
    text: function (c) { return c.x; }
  };
  var numeric = { value: true, factor: true };
  var state = { key: 'factor', dir: -1, page: 0, claim: null };
  var open = new Set();
  var view = [];

  function fillOptions(select, values) {
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v[0];
      o.textContent = v[0] + ' (' + v[1].toLocaleString('en') + ')';
      select.appendChild(o);
    });
  }

  function counted(get, byKey) {
    var counts = new Map();
    claims.forEach(function (c) { var k = get(c); if (k) { counts.set(k, (counts.get(k) || 0) + 1); } });
    return Array.from(counts.entries()).sort(byKey
      ? function (a, b) { return collator.compare(b[0], a[0]); }
      : function (a, b) { return b[1] - a[1] || collator.compare(a[0], b[0]); });
  }

  fillOptions(selects.kind, counted(columns.kind));
  fillOptions(selects.group, counted(function (c) { return c.g; }));
  fillOptions(selects.hedge, counted(columns.qualifier));
  fillOptions(selects.listed, counted(columns.listed, true));
  fillOptions(selects.baseline, counted(columns.baseline).slice(0, 300));

  function filters() {
    var min = parseFloat(factorIn.value);
    return {
      kind: selects.kind.value, group: selects.group.value, hedge: selects.hedge.value,
      listed: selects.listed.value, baseline: selects.baseline.value,
      credible: credibleIn.checked, min: isNaN(min) ? null : min, text: textIn.value.trim().toLowerCase()
    };
  }

  function matches(c, f) {
    if (state.claim !== null) { return c.i === state.claim; }
    if (f.kind && c.k !== f.kind) { return false; }
    if (f.group && c.g !== f.group) { return false; }
    if (f.hedge && c.q !== f.hedge) { return false; }
    if (f.listed && papers[c.p].listed !== f.listed) { return false; }
    if (f.baseline === '*' ? !c.b : (f.baseline && c.b.toLowerCase() !== f.baseline.toLowerCase())) { return false; }
    if (f.credible && !c.cred) { return false; }
    if (f.min !== null && !(c.f !== null && c.f >= f.min)) { return false; }
    return !f.text || c.hay.indexOf(f.text) >= 0;
  }

  function compare(a, b) {
    var get = columns[state.key];
    var x = get(a), y = get(b);
    // Claims without a value for this column sink to the end in both directions.
    var xe = x === null || x === '', ye = y === null || y === '';
    if (xe || ye) { return xe === ye ? a.i - b.i : (xe ? 1 : -1); }
    var d = typeof x === 'number' ? x - y : collator.compare(x, y);
    return d !== 0 ? d * state.dir : a.i - b.i;
  }

  // The hash holds every filter, the sort and the page, so a view can be bookmarked and shared.
  function writeHash() {
    var f = filters(), parts = [];
    if (state.claim !== null) { parts.push('claim=' + state.claim); }
    Object.keys(selects).forEach(function (k) { if (f[k]) { parts.push(k + '=' + encodeURIComponent(f[k])); } });
    if (f.credible) { parts.push('credible=1'); }
    if (f.min !== null) { parts.push('min=' + f.min); }
    if (f.text) { parts.push('q=' + encodeURIComponent(textIn.value.trim())); }
    if (state.key !== 'factor' || state.dir !== -1) { parts.push('sort=' + state.key + (state.dir < 0 ? ':desc' : ':asc')); }
    if (state.page > 0) { parts.push('page=' + (state.page + 1)); }
    if (parts.length === 0) {
      // Back to the default view: drop a table state from the URL, but keep a section anchor (#papers).
      if (location.hash.indexOf('=') >= 0) { history.replaceState(null, '', location.pathname + location.search); }
      return;
    }
    var hash = '#' + parts.join('&');
    if (location.hash !== hash) { history.replaceState(null, '', hash); }
  }

  function setSelect(select, value) {
    if (!value) { select.value = ''; return; }
    var found = Array.prototype.find.call(select.options, function (o) { return o.value.toLowerCase() === value.toLowerCase(); });
    if (!found) {
      // A value the list does not offer (a rare baseline) is added so the filter can still apply.
      found = document.createElement('option');
      found.value = value;
      found.textContent = value;
      select.appendChild(found);
    }
    select.value = found.value;
  }

  // Reads the hash; returns false when it is not a table state (a plain section anchor).
  function readHash() {
    var raw = location.hash.slice(1);
    if (!raw || raw.indexOf('=') < 0) { return false; }
    var params = {};
    raw.split('&').forEach(function (part) {
      var at = part.indexOf('=');
      if (at > 0) { try { params[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' ')); } catch (e) { /* a malformed value is ignored */ } }
    });
    Object.keys(selects).forEach(function (k) { setSelect(selects[k], params[k]); });
    credibleIn.checked = params.credible === '1';
    factorIn.value = params.min || '';
    textIn.value = params.q || '';
    var sort = (params.sort || 'factor:desc').split(':');
    state.key = columns[sort[0]] ? sort[0] : 'factor';
    state.dir = sort[1] === 'asc' ? 1 : -1;
    state.page = Math.max(0, (parseInt(params.page, 10) || 1) - 1);
    state.claim = params.claim !== undefined && byId.has(parseInt(params.claim, 10)) ? parseInt(params.claim, 10) : null;
    if (state.claim !== null) { open.add(state.claim); }
    return true;
  }

  function refresh(resetPage) {
    var f = filters();
    view = claims.filter(function (c) { return matches(c, f); });
    view.sort(compare);
    if (resetPage) { state.page = 0; }
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
      th.setAttribute('aria-sort', th.dataset.key === state.key ? (state.dir === 1 ? 'ascending' : 'descending') : 'none');
    });
    render();
    writeHash();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function link(href, text, cls) {
    var a = el('a', cls, text);
    a.href = href;
    if (href.charAt(0) !== '#') { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
    return a;
  }

  function detailsRow(c) {
    var paper = papers[c.p];
    var tr = el('tr', 'details');
    var td = el('td');
    td.colSpan = 10;
    var abs = el('p', 'abstract');
    var text = paper.abstract;
    if (text && c.s >= 0 && c.e > c.s && c.e <= text.length) {
      abs.appendChild(document.createTextNode(text.slice(0, c.s)));
      abs.appendChild(el('mark', null, text.slice(c.s, c.e)));
      abs.appendChild(document.createTextNode(text.slice(c.e)));
    } else if (c.ctx) {
      abs.appendChild(document.createTextNode(c.ctx[0]));
      abs.appendChild(el('mark', null, c.ctx[1]));
      abs.appendChild(document.createTextNode(c.ctx[2]));
    } else {
      abs.textContent = text || c.x;
    }
    var links = el('p', 'links');
    links.appendChild(link(paper.url, 'Paper'));
    if (paper.code) { links.appendChild(link(paper.code, 'Code')); }
    if (paper.upvotes !== null) { links.appendChild(el('span', null, paper.upvotes.toLocaleString('en') + ' upvotes')); }
    if (paper.section) { links.appendChild(link('#' + encodeURIComponent(paper.id), 'All claims of this paper')); }
    links.appendChild(link('#claim=' + c.i, 'Link to this claim'));
    td.appendChild(abs);
    td.appendChild(links);
    tr.appendChild(td);
    return tr;
  }

  function row(c) {
    var paper = papers[c.p];
    var tr = el('tr');
    tr.dataset.claim = c.i;
    tr.id = 'claim-' + c.i;
    var first = el('td', 'toggle');
    var btn = el('button', 'expand', open.has(c.i) ? '▾' : '▸');
    btn.type = 'button';
    btn.setAttribute('aria-expanded', open.has(c.i) ? 'true' : 'false');
    btn.setAttribute('aria-label', 'Show the evidence in the abstract');
    btn.addEventListener('click', function () {
      if (open.has(c.i)) { open.delete(c.i); } else { open.add(c.i); }
      render();
    });
    first.appendChild(btn);
    tr.appendChild(first);
    var title = el('td', 'title');
    title.appendChild(link(paper.section ? '#' + encodeURIComponent(paper.id) : paper.url, paper.title));
    if (paper.code) { title.appendChild(document.createTextNode(' ')); title.appendChild(link(paper.code, 'code', 'cue code')); }
    if (c.cred) { title.appendChild(el('span', 'cue credible', 'credible')); }
    tr.appendChild(title);
    var kind = el('td', 'kind');
    kind.appendChild(el('span', 'badge kind-' + c.k, c.k));
    tr.appendChild(kind);
    tr.appendChild(el('td', 'num value', c.vd));
    var hedge = el('td', 'qualifier');
    hedge.appendChild(el('span', 'hedge hedge-' + c.q.replace(' ', '-'), c.q));
    tr.appendChild(hedge);
    tr.appendChild(el('td', 'target', c.t));
    tr.appendChild(el('td', 'baseline', c.b));
    tr.appendChild(el('td', 'num factor', c.fd));
    tr.appendChild(el('td', 'listed', paper.listed || ''));
    tr.appendChild(el('td', 'text', c.x));
    return tr;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * PAGE_SIZE;
    var slice = view.slice(start, start + PAGE_SIZE);
    var frag = document.createDocumentFragment();
    slice.forEach(function (c) {
      frag.appendChild(row(c));
      if (open.has(c.i)) { frag.appendChild(detailsRow(c)); }
    });
    tbody.replaceChildren(frag);
    oneClaim.hidden = state.claim === null;
    var total = data.total.toLocaleString('en');
    var held = claims.length < data.total ? ' (' + claims.length.toLocaleString('en') + ' in this table, ' + total + ' in total)' : ' (' + total + ' in total)';
    countEl.dataset.matching = String(view.length);
    countEl.textContent = view.length === 0
      ? 'No claim matches these filters' + held + '.'
      : 'Showing ' + (start + 1).toLocaleString('en') + '–' + (start + slice.length).toLocaleString('en') +
        ' of ' + view.length.toLocaleString('en') + ' matching claims' + held + '.';
    pageEl.textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    prevBtn.disabled = state.page === 0;
    nextBtn.disabled = state.page >= pages - 1;
  }

  Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var key = th.dataset.key;
      // Numbers read largest first; text reads A to Z. A second click reverses.
      state.dir = state.key === key ? -state.dir : (numeric[key] ? -1 : 1);
      state.key = key;
      refresh(true);
    });
  });

  function clearClaim() { state.claim = null; }
  Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', function () { clearClaim(); refresh(true); }); });
  credibleIn.addEventListener('change', function () { clearClaim(); refresh(true); });
  [factorIn, textIn].forEach(function (i) { i.addEventListener('input', function () { clearClaim(); refresh(true); }); });
  function reset() {
    Object.keys(selects).forEach(function (k) { selects[k].value = ''; });
    credibleIn.checked = false; factorIn.value = ''; textIn.value = '';
    state.claim = null; state.key = 'factor'; state.dir = -1;
    refresh(true);
  }
  $('f-reset').addEventListener('click', reset);
  $('show-all').addEventListener('click', reset);
  prevBtn.addEventListener('click', function () { state.page--; render(); writeHash(); });
  nextBtn.addEventListener('click', function () { state.page++; render(); writeHash(); });

  // A link from a chart, the baseline board or a list sets the hash: apply it and bring the table into view.
  window.addEventListener('hashchange', function () {
    if (readHash()) {
      refresh(false);
      var target = state.claim !== null ? document.getElementById('claim-' + state.claim) : table;
      (target || table).scrollIntoView({ block: 'start' });
    }
  });

  var fromUrl = readHash();
  refresh(!fromUrl);
  if (fromUrl) { table.scrollIntoView({ block: 'start' }); }
})();
