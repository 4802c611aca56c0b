/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import ReadingTime from '../../src/components/ReadingTime';

describe('ReadingTime', () => {
  it('says the check is included on a module, so it matches the plan', () => {
    render(<ReadingTime minutes="8" withCheck="true" />);
    expect(screen.getByText('About 8 minutes, with the knowledge check')).toBeInTheDocument();
  });

  it('gives plain reading time elsewhere', () => {
    render(<ReadingTime minutes="1" />);
    expect(screen.getByText('About 1 minute to read')).toBeInTheDocument();
  });
});
