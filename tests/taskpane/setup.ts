/**
 * jsdom lacks a few browser APIs Fluent UI v9 calls; each component test imports this first.
 * The stubs do nothing a test could depend on: they only let the components mount.
 */
import '@testing-library/jest-dom';

// Fluent trees in jsdom are slow on a shared 2-core machine; this is a ceiling against hangs, not a timing assertion.
jest.setTimeout(30000);

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  if (!('ResizeObserver' in window)) {
    class NoopResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver, writable: true });
  }
}
