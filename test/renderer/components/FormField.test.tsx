import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormField } from '../../../renderer/src/components/FormField';
import { StatusBadge } from '../../../renderer/src/components/StatusBadge';

afterEach(cleanup);

/** The text of the elements an element's aria-describedby names, in order. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('FormField', () => {
  it('labels its control and describes it with the hint', () => {
    render(
      <FormField label="Address" hint="Starts with https://">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Address' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(input)).toBe('Starts with https://');
  });

  it('marks the control invalid and adds the error to its description', () => {
    render(
      <FormField label="Address" hint="Starts with https://" error="Not a web address.">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Address' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(input)).toBe('Starts with https:// Not a web address.');
  });

  it('has no description at all when there is neither hint nor error', () => {
    render(<FormField label="Name">{(control) => <input {...control} />}</FormField>);
    expect(screen.getByRole('textbox', { name: 'Name' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });
});

describe('StatusBadge', () => {
  it('says the status in words, the tone only styling it', () => {
    render(<StatusBadge tone="danger">Unhealthy</StatusBadge>);
    const badge = screen.getByText('Unhealthy');
    expect(badge.className).toContain('status-badge--danger');
  });
});
