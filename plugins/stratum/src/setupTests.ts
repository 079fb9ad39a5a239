import '@testing-library/jest-dom';

// @backstage/test-utils and @backstage/plugin-catalog-react import @backstage/plugin-permission-react, which the
// root package.json pins (overrides) but node_modules lacks so far. Until it is installed, stand in for the few
// names they import so the tests can load; once it is installed this block does nothing.
let permissionReactInstalled = true;
try {
  require.resolve('@backstage/plugin-permission-react');
} catch {
  permissionReactInstalled = false;
}
if (!permissionReactInstalled) {
  jest.mock(
    '@backstage/plugin-permission-react',
    () => {
      const { createApiRef } = jest.requireActual('@backstage/core-plugin-api');
      return {
        permissionApiRef: createApiRef({ id: 'plugin.permission.api' }),
        usePermission: () => ({ loading: false, allowed: true }),
        RequirePermission: (props: { children?: unknown }) => props.children ?? null,
      };
    },
    { virtual: true },
  );
}

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
