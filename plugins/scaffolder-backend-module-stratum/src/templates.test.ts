import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { parse } from 'yaml';
import { PHASE_TEMPLATES } from '@stratum/scaffold';
import { REPO_ROOT } from '@stratum/scaffold/src/testing/fixtureRepo';

type Properties = Record<string, { 'ui:field'?: string; pattern?: string }>;

const templates = Object.entries(PHASE_TEMPLATES).map(([phase, name]) => ({
  phase: Number(phase),
  name,
  entity: parse(readFileSync(join(REPO_ROOT, 'templates', name, 'template.yaml'), 'utf8')),
}));

describe('templates/', () => {
  it.each(templates)(
    '$name is a valid v1beta3 Template recording its phase and version',
    async ({ phase, entity }) => {
      expect(await templateEntityV1beta3Validator.check(entity)).toBe(true);
      expect(entity.metadata.annotations).toEqual({
        'stratum.dev/phase': String(phase),
        'stratum.dev/template-version': '1',
      });
    },
  );

  it.each(templates)('$name verifies before it publishes, with the Stratum actions', ({ phase, entity }) => {
    const actions = (entity.spec.steps as { action: string }[]).map((s) => s.action);
    expect(actions).toEqual([
      phase === 1 ? 'stratum:service:create' : 'stratum:stack:add',
      'stratum:verify',
      'stratum:publish:local',
    ]);
  });

  it.each(templates)(
    '$name validates in the form: catalog pickers, required fields, name patterns',
    ({ phase, entity }) => {
      const [page] = entity.spec.parameters as { required: string[]; properties: Properties }[];
      if (phase === 1) {
        expect(page!.required).toEqual(expect.arrayContaining(['name', 'owner']));
        expect(page!.properties.owner!['ui:field']).toBe('OwnerPicker');
        expect(new RegExp(page!.properties.name!.pattern!).test('../x')).toBe(false);
        expect(new RegExp(page!.properties.name!.pattern!).test('billing')).toBe(true);
      } else {
        // The Adoption page's button pre-fills formData {"service": "component:default/<name>"}.
        expect(page!.required).toContain('service');
        expect(page!.properties.service!['ui:field']).toBe('EntityPicker');
        expect(new RegExp(page!.properties.service!.pattern!).test('component:default/billing')).toBe(true);
        expect(new RegExp(page!.properties.service!.pattern!).test('component:default/../x')).toBe(false);
      }
    },
  );
});
