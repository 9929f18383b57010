// ClaimScope report: sorts, filters and pages the claims table. Runs offline, no dependencies.
// All feed text reaches the page through textContent, never innerHTML.
(function () {
  'use strict';
  var PAGE_SIZE = 100;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var papers = data.papers;
  var claims = data.claims;
  var table = document.getElementById('claims-table');
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var countEl = document.getElementById('row-count');
  var pageEl = document.getElementById('page-info');
  var prevBtn = document.getElementById('page-prev');
  var nextBtn = document.getElementById('page-next');
  var kindSel = document.getElementById('f-kind');
  var targetSel = document.getElementById('f-target');
  var factorIn = document.getElementById('f-factor');
  var textIn = document.getElementById('f-text');
  var collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  var columns = {
    title: function (c) { return papers[c.p].title; },
    kind: function (c) { return c.k; },
    value: function (c) { return c.v; },
    unit: function (c) { return c.u; },
    qualifier: function (c) { return c.q; },
    target: function (c) { return c.t; },
    baseline: function (c) { return c.b || ''; },
    factor: function (c) { return c.f; },
    text: function (c) { return c.x; }
  };
  var state = { key: null, dir: 1, page: 0 };
  var open = new Set();
  var view = [];

  claims.forEach(function (c, i) {
    c.i = i;
    c.hay = [papers[c.p].title, c.x, c.t, c.u, c.b || ''].join('\n').toLowerCase();
  });

  function fillOptions(select, values) {
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v[0];
      o.textContent = v[0] + ' (' + v[1] + ')';
      select.appendChild(o);
    });
  }

  function counted(get) {
    var counts = new Map();
    claims.forEach(function (c) { var k = get(c); if (k) { counts.set(k, (counts.get(k) || 0) + 1); } });
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || collator.compare(a[0], b[0]); });
  }

  fillOptions(kindSel, counted(columns.kind));
  fillOptions(targetSel, counted(columns.target));

  function filters() {
    var min = parseFloat(factorIn.value);
    return {
      kind: kindSel.value,
      target: targetSel.value,
      min: isNaN(min) ? null : min,
      text: textIn.value.trim().toLowerCase()
    };
  }

  function matches(c, f) {
    if (f.kind && c.k !== f.kind) { return false; }
    if (f.target && c.t !== f.target) { return false; }
    if (f.min !== null && !(c.f !== null && c.f >= f.min)) { return false; }
    return !f.text || c.hay.indexOf(f.text) >= 0;
  }

  function compare(a, b) {
    var get = columns[state.key];
    var x = get(a), y = get(b);
    // Claims without a number for this column sink to the end in both directions.
    if (x === null || y === null || x === '' || y === '') {
      var xe = x === null || x === '', ye = y === null || y === '';
      return xe === ye ? a.i - b.i : (xe ? 1 : -1);
    }
    var d = typeof x === 'number' ? x - y : collator.compare(x, y);
    return d !== 0 ? d * state.dir : a.i - b.i;
  }

  function refresh(resetPage) {
    var f = filters();
    view = claims.filter(function (c) { return matches(c, f); });
    if (state.key) { view.sort(compare); }
    if (resetPage) { state.page = 0; }
    render();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function link(href, text) {
    var a = el('a', null, text);
    a.href = href;
    if (href.charAt(0) !== '#') { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
    return a;
  }

  function detailsRow(c) {
    var paper = papers[c.p];
    var tr = el('tr', 'details');
    var td = el('td');
    td.colSpan = 9;
    var abs = el('p', 'abstract');
    var s = c.s, e = c.e;
    if (s >= 0 && e > s && e <= paper.abstract.length) {
      abs.appendChild(document.createTextNode(paper.abstract.slice(0, s)));
      abs.appendChild(el('mark', null, paper.abstract.slice(s, e)));
      abs.appendChild(document.createTextNode(paper.abstract.slice(e)));
    } else {
      abs.textContent = paper.abstract;
    }
    var links = el('p', 'links');
    links.appendChild(link(paper.url, 'Paper'));
    if (paper.code) { links.appendChild(link(paper.code, 'Code')); }
    links.appendChild(link('#' + encodeURIComponent(paper.id), 'All claims of this paper'));
    td.appendChild(abs);
    td.appendChild(links);
    tr.appendChild(td);
    return tr;
  }

  function row(c) {
    var tr = el('tr');
    tr.dataset.claim = c.i;
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
    title.appendChild(link('#' + encodeURIComponent(papers[c.p].id), papers[c.p].title));
    tr.appendChild(title);
    var kind = el('td', 'kind');
    kind.appendChild(el('span', 'badge kind-' + c.k, c.k));
    tr.appendChild(kind);
    tr.appendChild(el('td', 'num value', c.vd));
    tr.appendChild(el('td', 'unit', c.u));
    tr.appendChild(el('td', 'qualifier', c.q));
    tr.appendChild(el('td', 'target', c.t));
    tr.appendChild(el('td', 'baseline', c.b || ''));
    tr.appendChild(el('td', 'num factor', c.fd));
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
    countEl.dataset.matching = String(view.length);
    countEl.textContent = view.length === 0
      ? 'No claim matches these filters (' + claims.length.toLocaleString('en') + ' in total).'
      : 'Showing ' + (start + 1).toLocaleString('en') + '–' + (start + slice.length).toLocaleString('en') +
        ' of ' + view.length.toLocaleString('en') + ' matching claims (' + claims.length.toLocaleString('en') + ' in total).';
    pageEl.textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    prevBtn.disabled = state.page === 0;
    nextBtn.disabled = state.page >= pages - 1;
  }

  Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var key = th.dataset.key;
      state.dir = state.key === key ? -state.dir : 1;
      state.key = key;
      Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (other) {
        other.setAttribute('aria-sort', other === th ? (state.dir === 1 ? 'ascending' : 'descending') : 'none');
      });
      refresh(true);
    });
  });

  [kindSel, targetSel].forEach(function (s) { s.addEventListener('change', function () { refresh(true); }); });
  [factorIn, textIn].forEach(function (i) { i.addEventListener('input', function () { refresh(true); }); });
  document.getElementById('f-reset').addEventListener('click', function () {
    kindSel.value = ''; targetSel.value = ''; factorIn.value = ''; textIn.value = '';
    refresh(true);
  });
  prevBtn.addEventListener('click', function () { state.page--; render(); });
  nextBtn.addEventListener('click', function () { state.page++; render(); });

  refresh(true);
})();
