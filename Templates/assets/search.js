/*
 * Siar search for /cari/: loads /search-index.json (same site, no framework, no third-party requests),
 * folds the query exactly like SearchKey.fold in Sources/SiarSite/Documents/SearchKey.swift, keeps the
 * releases whose key contains every query word, and lists title hits first, then newer releases.
 *
 * Labels come from data- attributes of #search-status (data-results, data-result, data-none,
 * data-loading, data-error), with built-in Indonesian and English wording when the theme sets none.
 * Results are built with textContent only; nothing from the index is ever parsed as HTML.
 */
(function () {
  'use strict';

  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!input || !status || !list || !window.fetch || !String.prototype.normalize) return;

  var builtIn = {
    id: {
      results: 'hasil', result: 'hasil', none: 'Tidak ada siaran pers yang cocok.',
      loading: 'Memuat indeks pencarian…', error: 'Indeks pencarian tidak dapat dimuat.'
    },
    en: {
      results: 'results', result: 'result', none: 'No press release matches.',
      loading: 'Loading the search index…', error: 'The search index could not be loaded.'
    }
  };
  var language = (document.documentElement.getAttribute('lang') || 'id').slice(0, 2);
  var wording = builtIn[language] || builtIn.id;

  function label(name) {
    return status.getAttribute('data-' + name) || wording[name];
  }

  // Unicode property escapes where supported (every current browser); a Latin-only fallback elsewhere.
  var marks, separators;
  try {
    marks = new RegExp('\\p{M}', 'gu');
    separators = new RegExp('[^\\p{L}\\p{N}]+', 'gu');
  } catch (error) {
    marks = /[\u0300-\u036f]/g;
    separators = /[^0-9a-z\u00c0-\uffff]+/g;
  }
  var apostrophes = /['\u2019\u02bc`\u00b4]/g;

  /** Lowercase, NFD, combining marks and apostrophes dropped, other non-letters as single spaces. */
  function fold(text) {
    return String(text || '').toLowerCase().normalize('NFD')
      .replace(apostrophes, '').replace(marks, '').replace(separators, ' ').trim();
  }

  var entries = null;
  var loading = null;

  function load() {
    if (!loading) {
      loading = fetch('/search-index.json', { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        })
        .then(function (items) {
          entries = items.map(function (item, position) {
            return {
              item: item, position: position, title: fold(item.title),
              key: item.text || fold([item.title, item.summary, item.category].join(' '))
            };
          });
          return entries;
        });
    }
    return loading;
  }

  /** Entries containing every word, title hits first, then in index order (newest first). */
  function search(words) {
    var hits = [];
    entries.forEach(function (entry) {
      var titleHits = 0;
      for (var i = 0; i < words.length; i++) {
        if (entry.key.indexOf(words[i]) < 0 && entry.title.indexOf(words[i]) < 0) return;
        if (entry.title.indexOf(words[i]) >= 0) titleHits += 1;
      }
      hits.push({ entry: entry, score: titleHits });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.entry.position - b.entry.position;
    });
    return hits;
  }

  function safeURL(url) {
    return typeof url === 'string' && (url.charAt(0) === '/' || /^https?:\/\//i.test(url)) ? url : '#';
  }

  function render(hits) {
    var fragment = document.createDocumentFragment();
    hits.forEach(function (hit) {
      var item = hit.entry.item;
      var row = document.createElement('li');
      var link = document.createElement('a');
      link.href = safeURL(item.url);
      link.textContent = item.title || '';
      row.appendChild(link);
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = [item.date_label, item.category].filter(Boolean).join(' · ');
      row.appendChild(meta);
      if (item.summary) {
        var summary = document.createElement('p');
        summary.textContent = item.summary;
        row.appendChild(summary);
      }
      fragment.appendChild(row);
    });
    list.textContent = '';
    list.appendChild(fragment);
  }

  var latest = 0;

  function run(query) {
    var words = fold(query).split(' ').filter(Boolean);
    var ticket = ++latest;
    if (!words.length) {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    if (!entries) status.textContent = label('loading');
    load().then(function () {
      if (ticket !== latest) return;
      var hits = search(words);
      render(hits);
      status.textContent = hits.length
        ? hits.length + ' ' + label(hits.length === 1 ? 'result' : 'results')
        : label('none');
    }, function () {
      if (ticket !== latest) return;
      list.textContent = '';
      status.textContent = label('error');
    });
  }

  function remember(query) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      remember(input.value);
      run(input.value);
    }, 150);
  });
  if (input.form) {
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      remember(input.value);
      run(input.value);
    });
  }

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
