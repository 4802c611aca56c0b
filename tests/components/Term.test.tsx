/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Term from '../../src/components/Term';
import { GLOSSARY_BY_ID } from '../../src/data/glossary';

const glutamate = GLOSSARY_BY_ID.get('glutamate')!;
const definition = /main “go” chemical messenger/;

function renderSentence() {
  render(
    <main>
      <p>
        Ketamine acts on{' '}
        <Term id="glutamate" term={glutamate.term} definition={glutamate.definition}>
          glutamate
        </Term>{' '}
        in the brain. <a href="#next">Next part</a>
      </p>
      <p>Text elsewhere on the page.</p>
    </main>,
  );
  return screen.getByRole('button', { name: 'glutamate' });
}

describe('<Term> definition panel', () => {
  it('comes right after the word in reading order, and Escape from inside it closes it and returns focus to the word', async () => {
    const user = userEvent.setup();
    const word = renderSentence();
    await user.click(word);
    expect(word).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(word.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent(definition);
    expect(word.nextElementSibling).toBe(panel);

    await user.tab();
    expect(screen.getByRole('link', { name: 'More in the glossary' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(word).toHaveFocus();
  });

  it('has a Close button that names the word, closes the panel and returns focus to the word', async () => {
    const user = userEvent.setup();
    const word = renderSentence();
    await user.click(word);
    await user.click(screen.getByRole('button', { name: /^Close the definition of glutamate$/i }));
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(word).toHaveFocus();
  });

  it('closes when the reader taps elsewhere, or tabs on past it', async () => {
    const user = userEvent.setup();
    const word = renderSentence();
    await user.click(word);
    await user.click(screen.getByText('Text elsewhere on the page.'));
    expect(word).toHaveAttribute('aria-expanded', 'false');

    word.focus();
    await user.keyboard('{Enter}');
    expect(word).toHaveAttribute('aria-expanded', 'true');
    await user.tab(); // the glossary link
    await user.tab(); // Close
    expect(word).toHaveAttribute('aria-expanded', 'true');
    await user.tab(); // out of the term, to the next link in the sentence
    expect(screen.getByRole('link', { name: 'Next part' })).toHaveFocus();
    expect(word).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens and closes again with the word itself (Enter or Space)', async () => {
    const user = userEvent.setup();
    const word = renderSentence();
    word.focus();
    await user.keyboard(' ');
    expect(screen.getByText(definition)).toBeVisible();
    await user.keyboard('{Enter}');
    expect(word).toHaveAttribute('aria-expanded', 'false');
  });
});
