/**
 * The report's inline script: reads the case data from the JSON element and renders the
 * drill-down with DOM APIs and textContent only (case text never goes through innerHTML).
 */
export const reportScript = `
(function () {
  'use strict';
  var cases = JSON.parse(document.getElementById('vouch-cases').textContent || '[]');
  var list = document.getElementById('case-list');
  var statusFilter = document.getElementById('filter-status');
  var tagFilter = document.getElementById('filter-tag');
  var textFilter = document.getElementById('filter-text');
  var counter = document.getElementById('case-count');
  var more = document.getElementById('case-more');
  var pageSize = 200;
  var limit = pageSize;

  function node(name, className, text) {
    var element = document.createElement(name);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = String(text);
    return element;
  }
  function block(parent, title, text) {
    parent.appendChild(node('h4', '', title));
    parent.appendChild(node('pre', '', text));
  }
  function caseName(item) { return item.repeat > 0 ? item.id + '#' + item.repeat : item.id; }
  function scoresTable(scores) {
    var table = node('table', 'scores');
    var head = node('tr');
    ['scorer', 'pass', 'value', 'reason'].forEach(function (title) { head.appendChild(node('th', '', title)); });
    table.appendChild(head);
    scores.forEach(function (score) {
      var row = node('tr', score.pass ? 'pass' : 'fail');
      [score.scorer, score.pass ? 'pass' : 'fail', score.value, score.reason].forEach(function (value) { row.appendChild(node('td', '', value)); });
      table.appendChild(row);
    });
    return table;
  }
  function fillDetails(container, item) {
    var body = node('div', 'case-body');
    if (item.error) block(body, 'Error', item.error.code + ': ' + item.error.message);
    block(body, 'Input', item.input);
    block(body, 'Output', item.output);
    if (item.transcript && item.transcript.length) {
      body.appendChild(node('h4', '', 'Transcript'));
      item.transcript.forEach(function (message) {
        var entry = node('div', 'message');
        entry.appendChild(node('span', 'role', message.role));
        entry.appendChild(node('pre', '', message.content));
        body.appendChild(entry);
      });
    }
    body.appendChild(node('h4', '', 'Scores'));
    body.appendChild(item.scores.length ? scoresTable(item.scores) : node('p', 'muted', 'No scores.'));
    if (item.metadata) block(body, 'Metadata', JSON.stringify(item.metadata, null, 2));
    body.appendChild(node('p', 'muted', 'latency ' + item.latencyMs + ' ms' + (item.cached ? ' (cached)' : '')));
    container.appendChild(body);
  }
  function caseElement(item) {
    var details = node('details', 'case status-' + item.status);
    var summary = node('summary');
    summary.appendChild(node('span', 'badge ' + item.status, item.status));
    summary.appendChild(node('span', 'name', caseName(item)));
    summary.appendChild(node('span', 'target', item.target));
    item.tags.forEach(function (tag) { summary.appendChild(node('span', 'tag', tag)); });
    details.appendChild(summary);
    var filled = false;
    details.addEventListener('toggle', function () {
      if (details.open && !filled) { filled = true; fillDetails(details, item); }
    });
    return details;
  }
  function matches(item) {
    var text = textFilter.value.toLowerCase();
    return (!statusFilter.value || item.status === statusFilter.value) &&
      (!tagFilter.value || item.tags.indexOf(tagFilter.value) !== -1) &&
      (!text || (caseName(item) + '\\n' + item.input + '\\n' + item.output).toLowerCase().indexOf(text) !== -1);
  }
  function render() {
    while (list.firstChild) list.removeChild(list.firstChild);
    var shown = cases.filter(matches);
    shown.slice(0, limit).forEach(function (item) { list.appendChild(caseElement(item)); });
    counter.textContent = Math.min(limit, shown.length) + ' of ' + shown.length + ' matching cases (' + cases.length + ' in all)';
    more.hidden = shown.length <= limit;
  }
  var tags = {};
  cases.forEach(function (item) { item.tags.forEach(function (tag) { tags[tag] = true; }); });
  Object.keys(tags).sort().forEach(function (tag) {
    var option = node('option', '', tag);
    option.value = tag;
    tagFilter.appendChild(option);
  });
  function refilter() { limit = pageSize; render(); }
  statusFilter.addEventListener('change', refilter);
  tagFilter.addEventListener('change', refilter);
  textFilter.addEventListener('input', refilter);
  more.addEventListener('click', function () { limit += pageSize; render(); });
  render();
})();
`;
