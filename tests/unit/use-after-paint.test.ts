import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/ui/use-after-paint.ts';

// Animation frames run only when the test says so.
let frames: FrameRequestCallback[] = [];
function runFrame() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

afterEach(() => {
  vi.restoreAllMocks();
  frames = [];
});

describe('useAfterPaint', () => {
  it('passes a change on only after the frame that shows it has been painted', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 'before' },
    });
    expect(result.current).toBe('before');

    rerender({ value: 'after' });
    expect(result.current).toBe('before');
    // The frame that paints the urgent answer…
    act(() => runFrame());
    expect(result.current).toBe('before');
    // …then the next one hands the change on.
    await act(async () => runFrame());
    expect(result.current).toBe('after');
  });

  it('skips a value that was replaced before it was handed on', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    rerender({ value: 3 });
    await vi.waitFor(() => expect(result.current).toBe(3));
  });
});
