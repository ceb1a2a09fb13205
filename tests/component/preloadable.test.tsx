import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src/ui/preloadable.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe('preloadable', () => {
  it('renders preloaded code at once, without the loading placeholder', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Greeting));
    await preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Hà Nội" />
      </Suspense>,
    );
    expect(screen.getByText('Hello, Hà Nội')).toBeVisible();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows the placeholder while code that was not preloaded arrives', async () => {
    const { Component } = preloadable(() => Promise.resolve(Greeting));
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Hà Nội" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeVisible();
    expect(await screen.findByText('Hello, Hà Nội')).toBeVisible();
  });

  it('asks again after a failed download', async () => {
    let calls = 0;
    const { preload } = preloadable(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBe(Greeting);
    expect(calls).toBe(2);
  });
});
