// The page behind /: sends the pasted article to POST /extract and shows the answer. Every piece of the article is
// put on the page as a text node (never as HTML), cut at the offsets the API returns: they count UTF-16 code units,
// which is what JavaScript string indices count too.
'use strict';

(() => {
  const LABELS = { Person: 'PERSON', Organization: 'ORG', Location: 'LOC' };
  const QUALIFIERS = { Exact: '', AtLeast: 'at least', MoreThan: 'more than', AtMost: 'at most', Approximately: 'about' };
  const EXAMPLE = 'Flooding in the river town of Marwick killed at least six people and injured 14 others on Monday, '
    + 'said Helen Brandt, a spokeswoman for the Northern Relief Agency. Two fishermen are still missing.';

  const form = document.getElementById('extract-form');
  const input = document.getElementById('article-input');
  const button = document.getElementById('extract-button');
  const status = document.getElementById('status');
  const error = document.getElementById('error');
  const results = document.getElementById('results');

  document.getElementById('example-button').addEventListener('click', () => {
    input.value = EXAMPLE;
    form.requestSubmit();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    button.disabled = true;
    status.textContent = 'Reading…';
    const started = performance.now();
    try {
      const response = await fetch('extract', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ text: input.value }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        showError(body && (body.detail || body.title) ? `${body.title} ${body.detail ?? ''}` : `The server answered ${response.status}.`);
        return;
      }
      render(body);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      status.textContent = `${count(body.entities.length, 'name')} and ${count(body.casualties.length, 'casualty figure')} in ${seconds} s.`;
    } catch (e) {
      showError(`The server could not be reached: ${e.message}`);
    } finally {
      button.disabled = false;
    }
  });

  function showError(message) {
    status.textContent = '';
    error.textContent = message;
    error.hidden = false;
  }

  function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  }

  function render(result) {
    renderArticle(document.getElementById('article'), result.text, result.entities);
    renderSummary(result.summary);
    renderFigures(result.casualties);
    renderNames(document.getElementById('names'), [
      ['People', 'Person', result.people],
      ['Organizations', 'Organization', result.organizations],
      ['Places', 'Location', result.places],
    ]);
    results.hidden = false;
  }

  // The article as text nodes, with each entity in a <mark> coloured by its type (entities never overlap).
  function renderArticle(target, text, entities) {
    target.replaceChildren();
    let at = 0;
    for (const entity of entities) {
      if (entity.start < at || entity.end > text.length || entity.start >= entity.end) {
        continue; // offsets outside the text or overlapping: never cut the text wrongly
      }
      target.append(text.slice(at, entity.start));
      target.append(mark(entity, text.slice(entity.start, entity.end)));
      at = entity.end;
    }
    target.append(text.slice(at));
  }

  function mark(entity, shown) {
    const element = document.createElement('mark');
    element.className = `entity entity-${entity.type.toLowerCase()}`;
    element.dataset.type = entity.type;
    element.dataset.start = entity.start;
    element.dataset.end = entity.end;
    element.title = `${entity.type}, score ${entity.score.toFixed(2)}`;
    element.append(span('entity-text', shown), span('entity-label', LABELS[entity.type] ?? entity.type));
    return element;
  }

  function span(className, text) {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  function renderSummary(summary) {
    for (const kind of ['killed', 'wounded', 'missing', 'kidnapped']) {
      const value = summary[kind];
      document.getElementById(`summary-${kind}`).textContent = value === null || value === undefined ? '–' : String(value);
    }
  }

  function renderFigures(figures) {
    const list = document.getElementById('figures');
    list.replaceChildren(...figures.map(figure));
    document.getElementById('no-figures').hidden = figures.length > 0;
  }

  function figure(item) {
    const li = document.createElement('li');
    li.className = 'figure';
    li.dataset.kind = item.kind;
    li.dataset.count = item.count;
    const qualifier = QUALIFIERS[item.qualifier] ?? item.qualifier;
    li.append(
      span('figure-kind', item.kind),
      ` ${qualifier ? `${qualifier} ` : ''}`,
      span('figure-count', String(item.count)),
      item.victims ? ` (${item.victims})` : '',
      document.createElement('br'),
      span('figure-text', `“${item.text}”`));
    if (item.isBackground) {
      const note = span('figure-background', 'background');
      note.title = 'About another time or event than the lead; left out of the summary.';
      li.append(note);
    }
    return li;
  }

  function renderNames(target, groups) {
    target.replaceChildren();
    for (const [heading, type, names] of groups) {
      if (names.length === 0) {
        continue;
      }
      const list = document.createElement('ul');
      list.setAttribute('aria-label', heading);
      for (const name of names) {
        const item = document.createElement('li');
        item.className = `entity-${type.toLowerCase()}`;
        item.textContent = name.count > 1 ? `${name.name} ×${name.count}` : name.name;
        list.append(item);
      }
      target.append(list);
    }
  }
})();
