import '@testing-library/jest-dom';

// jsdom has no layout and no ResizeObserver; recharts' ResponsiveContainer needs the constructor to exist.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom does not lay out SVG; DependencyGraph measures its nodes and labels with getBBox.
if (typeof SVGElement !== 'undefined' && !('getBBox' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    value: () => ({ x: 0, y: 0, width: 100, height: 20 }),
    configurable: true,
  });
}

// Tests that open several MUI select menus take a few seconds on a loaded machine; jest's 5 s default is too tight.
jest.setTimeout(20_000);
