/** @jest-environment jsdom */
import {
  collectGroupSentences,
  collectSentences,
  nextSection,
  previousSection,
  sectionPosition,
  splitSentences,
} from '@site/src/course/readAloud';

function page(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root') as HTMLElement;
}

describe('splitSentences', () => {
  test('splits at full stops, question and exclamation marks', () => {
    expect(splitSentences('You can ask. Is it safe? Yes!  Then go on.')).toEqual([
      'You can ask.',
      'Is it safe?',
      'Yes!',
      'Then go on.',
    ]);
  });

  test('keeps abbreviations, initials, decimals and addresses inside the sentence', () => {
    expect(
      splitSentences(
        'Some drugs, e.g. lithium, matter. Dr. Lee and J. Smith found 2.5 times more at example.org today. Next one.',
      ),
    ).toEqual([
      'Some drugs, e.g. lithium, matter.',
      'Dr. Lee and J. Smith found 2.5 times more at example.org today.',
      'Next one.',
    ]);
  });

  test('a full stop followed by a lower-case word does not end the sentence', () => {
    expect(splitSentences('It costs approx. ten dollars. Ask first.')).toEqual([
      'It costs approx. ten dollars.',
      'Ask first.',
    ]);
  });

  test('closing quotes stay with their sentence; text without an end mark is kept', () => {
    expect(splitSentences('She said “stop.” Then rest\nand breathe')).toEqual([
      'She said “stop.”',
      'Then rest and breathe',
    ]);
  });

  test('no words, no sentences', () => {
    expect(splitSentences('  \n ')).toEqual([]);
    expect(splitSentences(' … ')).toEqual([]);
  });
});

describe('collectSentences', () => {
  test('reads headings, paragraphs, list items and table cells in page order', () => {
    const root = page(`
      <header><h1>Safety</h1></header>
      <p>First one. Second one.</p>
      <h2 id="a">Risks<a class="hash-link" href="#a" aria-label="Direct link">&#8203;</a></h2>
      <ul><li>Raised blood pressure</li><li><p>A list item with a paragraph.</p></li></ul>
      <table><thead><tr><th>Route</th><th>Share</th></tr></thead><tbody><tr><td>Nasal</td><td>25–50%</td></tr></tbody></table>`);
    expect(collectSentences(root).map((s) => s.text)).toEqual([
      'Safety.',
      'First one.',
      'Second one.',
      'Risks.',
      'Raised blood pressure',
      'A list item with a paragraph.',
      'Route.',
      'Share.',
      'Nasal.',
      '25–50%.',
    ]);
  });

  test('skips citation markers, navigation, glossary pop-ups, hidden parts and the Listen control', () => {
    const root = page(`
      <div data-listen-skip><p>Listen</p></div>
      <nav><ul><li>Home</li></ul></nav>
      <p>It helped many people <sup><a href="/learn/references#a" aria-label="Source 1: Dore">[1]</a></sup>.</p>
      <p>It acts on <span><button aria-expanded="true">glutamate</button><span data-listen-skip><strong>Glutamate:</strong> a brain chemical.</span></span> in the brain.</p>
      <p hidden>Hidden text.</p>
      <p><span aria-hidden="true">✓ </span>Right.</p>
      <details><summary>More about it</summary><p>Closed details text.</p></details>
      <form><fieldset><legend>Which is true?</legend><label><input type="radio"> Bladder damage</label><button>Check answer</button></fieldset></form>`);
    expect(collectSentences(root).map((s) => s.text)).toEqual([
      'It helped many people.',
      'It acts on glutamate in the brain.',
      'Right.',
      'More about it',
      'Which is true?',
      'Bladder damage',
    ]);
  });

  test('an open <details> is read', () => {
    const root = page('<details open><summary>More</summary><p>Open text.</p></details>');
    expect(collectSentences(root).map((s) => s.text)).toEqual(['More', 'Open text.']);
  });

  test('each sentence carries the range of its own words, across inline elements', () => {
    const root = page('<p>Ask your <strong>care team</strong> first. Then <em>rest</em>.</p>');
    const [first, second] = collectSentences(root);
    expect(first?.range?.toString()).toBe('Ask your care team first.');
    expect(second?.range?.toString()).toBe('Then rest.');
    expect(first?.block.tagName).toBe('P');
  });

  test('a visibility test can leave out blocks the browser does not show', () => {
    const root = page('<p>Shown.</p><p class="gone">Not shown.</p>');
    const texts = collectSentences(root, { isVisible: (el) => !el.classList.contains('gone') }).map((s) => s.text);
    expect(texts).toEqual(['Shown.']);
  });
});

describe('sections', () => {
  const root = (): HTMLElement =>
    page(
      '<p>Intro one. Intro two.</p><h2>A</h2><p>A one. A two.</p><h3>B</h3><p>B one.</p><h4>Minor</h4><p>B two.</p>',
    );

  test('h1–h3 start sections; h4 does not', () => {
    const s = collectSentences(root());
    expect(s.map((x) => x.section)).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 2]);
    expect(sectionPosition(s, 3)).toEqual({ n: 2, of: 3 });
  });

  test('next section goes to the next heading, and stops at the last', () => {
    const s = collectSentences(root());
    expect(nextSection(s, 0)).toBe(2);
    expect(nextSection(s, 3)).toBe(5);
    expect(nextSection(s, 6)).toBeNull();
  });

  test('previous section goes to the start of this section first, then the one before', () => {
    const s = collectSentences(root());
    expect(previousSection(s, 4)).toBe(2);
    expect(previousSection(s, 2)).toBe(0);
    expect(previousSection(s, 0)).toBe(0);
  });
});

describe('collectGroupSentences', () => {
  const faq = `
    <p>Intro to the page.</p>
    <h2 id="basics">The basics</h2>
    <div data-listen-skip="" role="group"><button>Listen</button></div>
    <h3 id="q1">What is it?</h3><p>It is therapy. It has steps.</p>
    <h3 id="q2">Is it approved?</h3><p>Only one form is.</p>
    <h2 id="safety">Safety</h2>
    <h3 id="q3">Is it addictive?</h3><p>It can be misused.</p>
    <h2 id="about">About</h2><p>Not advice.</p>`;

  test('reads only its heading and the answers under it, up to the next group', () => {
    page(faq);
    const basics = document.getElementById('basics') as Element;
    expect(collectGroupSentences(basics).map((s) => s.text)).toEqual([
      'The basics.',
      'What is it?',
      'It is therapy.',
      'It has steps.',
      'Is it approved?',
      'Only one form is.',
    ]);
    const safety = document.getElementById('safety') as Element;
    expect(collectGroupSentences(safety).map((s) => s.text)).toEqual([
      'Safety.',
      'Is it addictive?',
      'It can be misused.',
    ]);
  });

  test('the last group runs to the end of the page', () => {
    page(faq);
    expect(collectGroupSentences(document.getElementById('about') as Element).map((s) => s.text)).toEqual([
      'About.',
      'Not advice.',
    ]);
  });

  test('sections are the questions, with the group heading in the first', () => {
    page(faq);
    const list = collectGroupSentences(document.getElementById('basics') as Element);
    expect(sectionPosition(list, 0)).toEqual({ n: 1, of: 2 });
    expect(nextSection(list, 0)).toBe(4);
    expect(list[4]?.text).toBe('Is it approved?');
  });
});
