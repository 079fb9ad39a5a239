import * as api from './index';

describe('@stratum/plugin-stratum', () => {
  it('exports the plugin with its root route and the createTemplate external route the app binds', () => {
    expect(api.stratumPlugin.getId()).toBe('stratum');
    expect(api.stratumPlugin.routes.root).toBe(api.rootRouteRef);
    expect(api.stratumPlugin.externalRoutes.createTemplate).toBe(api.createTemplateRouteRef);
    expect(api.createTemplateRouteRef.optional).toBe(true);
    expect(api.createTemplateRouteRef.params).toEqual(['namespace', 'templateName']);
  });

  it('exports the page, both entity tabs, the API ref and the client', () => {
    for (const name of [
      'StratumPage',
      'EntityStratumContent',
      'EntityStratumResourceContent',
      'StratumClient',
      'stratumApiRef',
    ] as const) {
      expect(api[name]).toBeDefined();
    }
    expect(api.stratumApiRef.id).toBe('plugin.stratum.service');
    expect([...api.stratumPlugin.getApis()].map((factory) => factory.api.id)).toEqual([
      'plugin.stratum.service',
    ]);
  });
});
