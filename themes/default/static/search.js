/*! dossier search: the browser half of src/search. Plain JavaScript, no dependencies.
 *
 * DOM contract (what a page must offer; everything is optional but the script tag):
 *   <meta name="dossier-base" content="/repo/">  the site's base path; without it, the base is
 *       the folder above the folder this script is served from ({base}static/search.js).
 *   <script src="{base}static/search.js" defer></script>  on every page, for the `/` key.
 *   <input type="search" name="q" id="search-box">  the header box (inside
 *       <form role="search" action="{base}search/">); `/` focuses it.
 *   On the search page, search/index.html, these mark it as the search page:
 *   <ol id="search-results"></ol>  filled with one <li class="search-result"> per result.
 *   <p id="search-status" role="status" aria-live="polite"></p>  the result count.
 *   <input type="search" name="q" id="search-page-box">  the page's own box, if any.
 *   The query is the page's ?q=; typing in either box searches as you type and keeps ?q= in
 *   the address, so results can be linked. From a box, ArrowDown goes to the first result;
 *   ArrowUp/ArrowDown move between results, Escape returns to the box, Enter opens.
 *
 * Index files (written by src/search/format.rs): search/index.json is the manifest (and the
 * whole index for a small site); search/s/N.json shards of terms; search/d/N.json result data.
 * They are plain JSON: the host compresses them on the way.
 * Text from the index is only ever put in the page as text nodes, never as HTML.
 */
(function (root) {
  'use strict';

  // ---- The pipeline: mirrors src/search/pipeline.rs, i.e. elasticlunr-rs's English. ----

  var SEPARATORS = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000-]/;
  var STOP_WORDS = new Set(('|a|able|about|across|after|all|almost|also|am|among|an|and|any|are|as|at|be|' +
    'because|been|but|by|can|cannot|could|dear|did|do|does|either|else|ever|every|for|from|get|got|had|' +
    'has|have|he|her|hers|him|his|how|however|i|if|in|into|is|it|its|just|least|let|like|likely|may|me|' +
    'might|most|must|my|neither|no|nor|not|of|off|often|on|only|or|other|our|own|rather|said|say|says|' +
    'she|should|since|so|some|than|that|the|their|them|then|there|these|they|this|tis|to|too|twas|us|' +
    'wants|was|we|were|what|when|where|which|while|who|whom|why|will|with|would|yet|you|your').split('|'));

  /** Drops possessive 's / ’s where no ASCII letter or digit follows ("Boehler's" -> "Boehler"). */
  function dropPossessives(text) {
    return text.replace(/['\u2019][sS](?![0-9A-Za-z])/g, '');
  }

  /** elasticlunr-rs tokenize_whitespace: split on Unicode white space and '-', lower-case. */
  function tokenize(text) {
    return dropPossessives(String(text)).split(SEPARATORS)
      .filter(function (t) { return t !== ''; })
      .map(function (t) { return t.toLowerCase(); });
  }

  /** elasticlunr-rs's trimmer: strip characters other than ASCII letters, digits and '_'. */
  function trim(token) {
    return token.replace(/^[^0-9A-Za-z_]+|[^0-9A-Za-z_]+$/gu, '');
  }

  var utf8 = typeof TextEncoder === 'function' ? new TextEncoder() : null;
  var utf8Decoder = typeof TextDecoder === 'function' ? new TextDecoder() : null;

  /** The Porter stemmer of elasticlunr-rs, over UTF-8 bytes exactly as it works, so that
   * non-ASCII words stem identically. */
  function stem(word) {
    var bytes = utf8.encode(word);
    if (bytes.length <= 2) return word;
    var b = Array.prototype.slice.call(bytes), k = b.length, j = 0;
    var A = 97, E = 101, I = 105, O = 111, U = 117, Y = 121, S = 115, L = 108, Z = 122;
    function cons(i) {
      var c = b[i];
      if (c === A || c === E || c === I || c === O || c === U) return false;
      if (c === Y) return i === 0 ? true : !cons(i - 1);
      return true;
    }
    function measure() {
      var n = 0, i = 0;
      for (;;) { if (i >= j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i >= j) return n; if (cons(i)) break; i++; }
        i++; n++;
        for (;;) { if (i >= j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function hasVowel() { for (var i = 0; i < j; i++) if (!cons(i)) return true; return false; }
    function doubleC(i) { return i >= 1 && b[i] === b[i - 1] && b[i] < 128 && cons(i); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      return b[i] !== 119 && b[i] !== 120 && b[i] !== Y;
    }
    function ends(s) {
      var n = s.length;
      if (n > k) return false;
      for (var i = 0; i < n; i++) if (b[k - n + i] !== s.charCodeAt(i)) return false;
      j = k - n;
      return true;
    }
    function setTo(s) { for (var i = 0; i < s.length; i++) b[j + i] = s.charCodeAt(i); k = j + s.length; }
    function r(s) { if (measure() > 0) setTo(s); }
    /** Tries (suffix, replacement) pairs in order; the first suffix that matches decides. */
    function rules(list) {
      for (var i = 0; i < list.length; i += 2) if (ends(list[i])) { r(list[i + 1]); return; }
    }
    // step1ab: plurals, -ed, -ing.
    if (b[k - 1] === S) {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setTo('i');
      else if (b[k - 2] !== S) k -= 1;
    }
    if (ends('eed')) {
      if (measure() > 0) k -= 1;
    } else if ((ends('ed') || ends('ing')) && hasVowel()) {
      k = j;
      if (ends('at')) setTo('ate');
      else if (ends('bl')) setTo('ble');
      else if (ends('iz')) setTo('ize');
      else if (doubleC(k - 1)) { k -= 1; if (b[k - 1] === L || b[k - 1] === S || b[k - 1] === Z) k += 1; }
      else if (measure() === 1 && cvc(k - 1)) setTo('e');
    }
    // step1c: terminal y after a non-vowel becomes i.
    if (k > 2 && ends('y') && [A, E, I, O, U].indexOf(b[k - 2]) < 0) b[k - 1] = I;
    // step2: double suffixes.
    if (k >= 2) {
      rules({
        a: ['ational', 'ate', 'tional', 'tion'], c: ['enci', 'ence', 'anci', 'ance'], e: ['izer', 'ize'],
        l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'],
        o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'],
        s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'],
        t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'], g: ['logi', 'log']
      }[String.fromCharCode(b[k - 2])] || []);
    }
    // step3: -ic-, -full, -ness.
    rules({
      e: ['icate', 'ic', 'ative', '', 'alize', 'al'], i: ['iciti', 'ic'], l: ['ical', 'ic', 'ful', ''],
      s: ['ness', '']
    }[String.fromCharCode(b[k - 1])] || []);
    // step4: -ant, -ence and the like, in context <c>vcvc<v>.
    if (k >= 2) {
      var c2 = String.fromCharCode(b[k - 2]), m = false;
      var step4 = { a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'],
        n: ['ant', 'ement', 'ment', 'ent'], s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize'] }[c2];
      if (c2 === 'o') m = (ends('ion') && j > 0 && (b[j - 1] === S || b[j - 1] === 116)) || ends('ou');
      else if (step4) m = step4.some(ends);
      if (m && measure() > 1) k = j;
    }
    // step5: final -e, and -ll to -l.
    j = k;
    if (b[k - 1] === E) { var a = measure(); if (a > 1 || (a === 1 && !cvc(k - 2))) k -= 1; }
    if (b[k - 1] === L && doubleC(k - 1) && measure() > 1) k -= 1;
    return utf8Decoder.decode(new Uint8Array(b.slice(0, k)));
  }

  /** One token to its index term, or null: trimmer, stop words, stemmer. */
  function term(token) {
    var t = trim(token);
    return STOP_WORDS.has(t) ? null : stem(t);
  }

  /** Text to index terms, as the index was built. */
  function analyze(text) {
    return tokenize(text).map(term).filter(function (t) { return t !== null; });
  }

  // ---- Reading the index and scoring: mirrors src/search/query.rs and elasticlunr.js. ----

  function lowerBound(list, key) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < key) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** A searcher over the files that `load(path, build)` returns as parsed JSON: `build` is the
   * manifest's build id (to ask for this build's files, not cached older ones). */
  function Searcher(load) {
    this.load = load;
    this.shards = {};
    this.chunks = {};
    this.ready = load('search/index.json', null).then(function (m) {
      this.m = m;
      if (m.store) whole(m.store);
      if (m.terms) this.shards[0] = Promise.resolve(this.shard(m.terms));
      // The first document of each result-data chunk, from the documents per chunk.
      this.starts = [];
      (m.chunks || []).reduce(function (at, n) { this.starts.push(at); return at + n; }.bind(this), 0);
      return this;
    }.bind(this));
  }

  /** Makes whole, in place, the result data of a file: a document whose URL is a fragment
   * alone ("#p-3") has the page and date of the nearest one before it in the file whose URL
   * is whole (src/search/store.rs). */
  function whole(rows) {
    var page = '', date = null;
    rows.forEach(function (r) {
      if (!r || typeof r[1] !== 'string') return;
      if (r[1].charAt(0) === '#') { r[1] = page + r[1]; r[3] = date; }
      else { page = r[1].split('#')[0]; date = r[3]; }
    });
    return rows;
  }

  /** Keeps a shard's terms with its keys sorted, for prefix expansion. */
  Searcher.prototype.shard = function (terms) {
    return { terms: terms, keys: Object.keys(terms).sort() };
  };

  /** The shards holding `token` and the terms it prefixes; only its own shard when the
   * prefix spans more than expandShards of them. */
  Searcher.prototype.range = function (token) {
    var bounds = this.m.shards;
    if (!bounds) return [0, 1];
    var lo = Math.max(countAtMost(bounds, token) - 1, 0), hi = lo + 1;
    while (hi < bounds.length && bounds[hi].startsWith(token)) hi++;
    return hi - lo > this.m.expandShards ? [lo, lo + 1] : [lo, hi];
  };

  function countAtMost(list, key) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] <= key) lo = mid + 1; else hi = mid; }
    return lo;
  }

  Searcher.prototype.getShard = function (n) {
    if (!this.shards[n]) {
      this.shards[n] = this.load('search/s/' + n + '.json', this.m.build)
        .then(this.shard.bind(this));
    }
    return this.shards[n];
  };

  /** Every matching document, best first: [{doc, score}], scored as elasticlunr.js scores
   * with bool OR, expand true and the manifest's field boosts. */
  Searcher.prototype.search = function (query) {
    var tokens = analyze(query), self = this;
    return this.ready.then(function () {
      var ranges = tokens.map(function (t) { return self.range(t); }), wanted = {};
      ranges.forEach(function (r) { for (var n = r[0]; n < r[1]; n++) wanted[n] = self.getShard(n); });
      var ns = Object.keys(wanted);
      return Promise.all(ns.map(function (n) { return wanted[n]; })).then(function (loaded) {
        var shards = {};
        ns.forEach(function (n, i) { shards[n] = loaded[i]; });
        return self.score(tokens, ranges, shards);
      });
    });
  };

  Searcher.prototype.score = function (tokens, ranges, shards) {
    var m = this.m, total = new Map();
    if (tokens.length === 0) return [];
    var expansions = tokens.map(function (token, i) {
      var keys = [], postings = {};
      for (var n = ranges[i][0]; n < ranges[i][1]; n++) {
        var s = shards[n];
        for (var at = lowerBound(s.keys, token); at < s.keys.length && s.keys[at].startsWith(token); at++) {
          keys.push(s.keys[at]);
          postings[s.keys[at]] = s.terms[s.keys[at]];
        }
      }
      return { token: token, keys: keys, postings: postings };
    });
    m.fields.forEach(function (field, f) {
      var scores = fieldScores(m, f, expansions);
      scores.forEach(function (score, doc) { total.set(doc, (total.get(doc) || 0) + score * field[1]); });
    });
    var hits = [];
    total.forEach(function (score, doc) { hits.push({ doc: doc, score: score }); });
    return hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
  };

  /** Postings of one term in field f: [doc, count, length, ...] with absolute doc ids. The
   * index gives them per field as [f, base64 of LEB128 numbers]: n document gaps, n counts,
   * then n field lengths, except in a one-file index, which gives the lengths once per
   * document in `lengths`. */
  function fieldPostings(perField, f, lengths) {
    for (var i = 0; perField && i < perField.length; i++) {
      if (perField[i][0] !== f) continue;
      var nums = leb128(atob(perField[i][1])), n = nums.length / (lengths ? 2 : 3);
      var out = [], doc = 0;
      for (var p = 0; p < n; p++) {
        doc += nums[p];
        out.push(doc, nums[n + p], lengths ? (lengths[doc] || [])[f] || 0 : nums[2 * n + p]);
      }
      return out;
    }
    return [];
  }

  /** The unsigned LEB128 numbers in a binary string: seven bits a byte, low bits first. */
  function leb128(bytes) {
    var nums = [], n = 0, shift = 0;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes.charCodeAt(i);
      n += (b & 0x7f) * Math.pow(2, shift);
      if (b & 0x80) shift += 7;
      else { nums.push(n); n = 0; shift = 0; }
    }
    return nums;
  }

  /** elasticlunr.js fieldSearch (OR, expanded) followed by coordNorm. */
  function fieldScores(m, f, expansions) {
    var scores = null, docTokens = new Map();
    expansions.forEach(function (e) {
      var tokenScores = new Map();
      e.keys.forEach(function (key) {
        var ps = fieldPostings(e.postings[key], f, m.lengths), df = ps.length / 3;
        if (df === 0) return;
        var idf = 1 + Math.log(m.docs / (df + 1));
        var penalty = key === e.token ? 1 : (1 - (key.length - e.token.length) / key.length) * 0.15;
        for (var p = 0; p < ps.length; p += 3) {
          var doc = ps[p], len = ps[p + 2];
          if (key === e.token) docTokens.set(doc, (docTokens.get(doc) || 0) + 1);
          var norm = len !== 0 ? 1 / Math.sqrt(len) : 1;
          var score = Math.sqrt(ps[p + 1]) * idf * norm * penalty;
          tokenScores.set(doc, (tokenScores.has(doc) ? tokenScores.get(doc) : 0) + score);
        }
      });
      if (scores === null) scores = tokenScores;
      else tokenScores.forEach(function (s, doc) { scores.set(doc, (scores.has(doc) ? scores.get(doc) : 0) + s); });
    });
    scores.forEach(function (s, doc) {
      if (docTokens.has(doc)) scores.set(doc, s * docTokens.get(doc) / expansions.length);
    });
    return scores;
  }

  /** Result data for document ids: [{doc, kind, url, title, date, snippet}], fetching only
   * the chunks they are in. */
  Searcher.prototype.records = function (docs) {
    var self = this;
    return this.ready.then(function () {
      return Promise.all(docs.map(function (doc) {
        if (self.m.store) return self.m.store[doc];
        var n = Math.max(countAtMost(self.starts, doc) - 1, 0);
        if (!self.chunks[n]) self.chunks[n] = self.load('search/d/' + n + '.json', self.m.build).then(whole);
        return self.chunks[n].then(function (chunk) { return chunk[doc - self.starts[n]]; });
      })).then(function (rows) {
        return rows.map(function (r, i) {
          r = r || [];
          return { doc: docs[i], kind: r[0], url: r[1], title: r[2], date: r[3], snippet: r[4] };
        });
      });
    });
  };

  var api = { tokenize: tokenize, trim: trim, stem: stem, term: term, analyze: analyze, Searcher: Searcher };
  if (typeof module === 'object' && module.exports) module.exports = api;
  // Under Node (the parity tests) there is no page; on a page, run once even if included twice.
  if (typeof document === 'undefined' || root.dossierSearch) return;
  root.dossierSearch = api;

  // ---- The page: the `/` key everywhere, and the results on the search page. ----

  var PAGE = 10;
  var KINDS = ['article', 'person', 'organization', 'place', 'quotation'];
  var WORD = /[^\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000-]+/g;

  /** The site's base path, e.g. "/repo/": the meta tag, else the folder above this script's. */
  var scriptSrc = document.currentScript && document.currentScript.src;
  function basePath() {
    var meta = document.querySelector('meta[name="dossier-base"]');
    if (meta && meta.getAttribute('content')) return new URL(meta.getAttribute('content'), location.href).pathname.replace(/\/?$/, '/');
    return scriptSrc ? new URL('../', scriptSrc).pathname : '/';
  }

  function fetchJson(url) {
    return fetch(url).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status + ' for ' + url);
      return res.json();
    });
  }

  /** The theme's word `key` in the dossier's language, from the data-i18n-KEY attribute the
   * template gives `holder`, each {name} in it filled from `values`. */
  function word(holder, key, values) {
    var w = holder.getAttribute('data-i18n-' + key) || key;
    return w.replace(/\{(\w+)\}/g, function (m, name) { return values && name in values ? String(values[name]) : m; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** Appends `text` to `node`, wrapping in <mark> each word whose term a query term matches
   * (equal, or a prefix of it, as expansion matches). Text nodes only: never HTML. */
  function appendMarked(node, text, tokens) {
    var last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var t = analyze(m[0])[0];
      var hit = t && tokens.some(function (q) { return t.startsWith(q); });
      if (!hit) continue;
      var core = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(m[0]);
      var start = m.index + core[1].length, end = start + core[2].length;
      if (start > last) node.appendChild(document.createTextNode(text.slice(last, start)));
      node.appendChild(el('mark', null, text.slice(start, end)));
      last = end;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
  }

  /** One result; `badges` are the kinds' names in the page's language. */
  function renderResult(rec, tokens, base, badges) {
    var kind = KINDS.indexOf(rec.kind) >= 0 ? rec.kind : 'article';
    var li = el('li', 'search-result search-result-' + kind);
    var link = el('a', 'search-result-link');
    link.href = base + String(rec.url).replace(/^\/+/, '');
    link.appendChild(el('span', 'search-badge search-badge-' + kind, badges[kind]));
    link.appendChild(document.createTextNode(' '));
    var title = el('span', 'search-result-title');
    appendMarked(title, String(rec.title), tokens);
    link.appendChild(title);
    li.appendChild(link);
    if (rec.date) {
      var time = el('time', 'search-result-date', String(rec.date));
      time.setAttribute('datetime', String(rec.date));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(time);
    }
    if (rec.snippet) {
      var p = el(kind === 'quotation' ? 'blockquote' : 'p', 'search-snippet');
      appendMarked(p, String(rec.snippet), tokens);
      li.appendChild(p);
    }
    return li;
  }

  function editing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function init() {
    var base = basePath();
    var headerBox = document.getElementById('search-box');
    var pageBox = document.getElementById('search-page-box');
    var list = document.getElementById('search-results');
    document.addEventListener('keydown', function (ev) {
      var box = pageBox || headerBox;
      if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey || editing(ev.target) || !box) return;
      ev.preventDefault();
      box.focus();
      box.select();
    });
    if (list) searchPage(base, [pageBox, headerBox].filter(Boolean), list);
  }

  function searchPage(base, boxes, list) {
    var status = document.getElementById('search-status');
    if (!status) {
      status = el('p', 'search-status');
      status.id = 'search-status';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      list.parentNode.insertBefore(status, list);
    }
    var badges = {
      article: word(list, 'kind_article'),
      person: word(list, 'kind_person'),
      organization: word(list, 'kind_organization'),
      place: word(list, 'kind_place'),
      quotation: word(list, 'kind_quotation')
    };
    var more = el('button', 'search-more', word(list, 'search_more'));
    more.type = 'button';
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    var load = function (path, build) { return fetchJson(base + path + (build ? '?v=' + build : '')); };
    var searcher = null, seq = 0, hits = [], shown = 0, query = '', timer = null;

    function links() { return Array.prototype.slice.call(list.querySelectorAll('a.search-result-link')); }
    function say(text) { status.textContent = text; }

    function showMore(mine) {
      var page = hits.slice(shown, shown + PAGE);
      return searcher.records(page.map(function (h) { return h.doc; })).then(function (records) {
        if (mine !== seq) return;
        var tokens = analyze(query);
        records.forEach(function (rec) { list.appendChild(renderResult(rec, tokens, base, badges)); });
        shown += records.length;
        var n = hits.length;
        var values = { n: n, query: query, shown: shown };
        say(word(list, n === 0 ? 'search_no_results' : n === 1 ? 'search_one_result' :
          shown < n ? 'search_showing' : 'search_n_results', values));
        more.hidden = shown >= n;
      });
    }

    function run(q) {
      query = q.trim();
      boxes.forEach(function (b) { if (b.value !== q) b.value = q; });
      var url = new URL(location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
      var mine = ++seq;
      while (list.firstChild) list.removeChild(list.firstChild);
      more.hidden = true;
      if (!query) { say(word(list, 'search_prompt')); return; }
      say(word(list, 'search_searching'));
      searcher = searcher || new Searcher(load);
      searcher.search(query).then(function (found) {
        if (mine !== seq) return;
        hits = found;
        shown = 0;
        return showMore(mine);
      }).catch(function (err) {
        if (mine === seq) say(word(list, 'search_unavailable', { error: err.message }));
        searcher = null;
      });
    }

    boxes.forEach(function (box) {
      box.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { run(box.value); }, 150);
      });
      box.addEventListener('keydown', function (ev) {
        if (ev.key === 'ArrowDown' && links().length) { ev.preventDefault(); links()[0].focus(); }
      });
      if (box.form) {
        box.form.addEventListener('submit', function (ev) {
          ev.preventDefault();
          clearTimeout(timer);
          run(box.value);
        });
      }
    });
    list.addEventListener('keydown', function (ev) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (ev.key === 'ArrowDown' && at + 1 < all.length) { ev.preventDefault(); all[at + 1].focus(); }
      else if (ev.key === 'ArrowUp' && at > 0) { ev.preventDefault(); all[at - 1].focus(); }
      else if (ev.key === 'ArrowUp' || ev.key === 'Escape') { ev.preventDefault(); boxes[0].focus(); }
    });
    more.addEventListener('click', function () {
      var first = shown;
      showMore(seq).then(function () { if (links()[first]) links()[first].focus(); });
    });
    run(new URLSearchParams(location.search).get('q') || '');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : this);
