import '@testing-library/jest-dom';
import { cleanup, configure } from '@testing-library/react';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// Routes load their code lazily; the first import of a module under test takes a moment.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no canvas (and says so on every call): getContext answers null, as a browser without one
// would, so the balance chart keeps only its figure and caption.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
// uPlot asks matchMedia for the screen's pixel ratio as it loads; jsdom has no matchMedia.
window.matchMedia ??= (query: string) =>
  ({
    media: query,
    matches: false,
    addEventListener: () => {},
    removeEventListener: () => {},
  }) as unknown as MediaQueryList;

// jsdom has no modal dialogs: showModal and close toggle `open` (and close fires its event), enough for
// the page's Dialog to show and hide its content.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};
