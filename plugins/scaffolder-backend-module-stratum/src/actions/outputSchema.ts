import type { z as zod } from 'zod/v3';

/** The output of stratum:service:create and stratum:stack:add, each field described. */
export const stepOutputSchema = {
  workspaceDir: (z: typeof zod) =>
    z
      .string()
      .describe(
        'The monorepo clone inside the task workspace; pass it to stratum:verify and stratum:publish:local.',
      ),
  service: (z: typeof zod) => z.string().describe('The service name (without component:default/).'),
  projects: (z: typeof zod) =>
    z.array(z.string()).describe('Folders of the new Stratum projects, e.g. services/billing/app.'),
  files: (z: typeof zod) =>
    z.array(z.string()).describe('Every file written, relative to the monorepo root.'),
  template: (z: typeof zod) =>
    z.string().describe('The template and version that rendered the files, e.g. phase-1-service@1.'),
};

/** Sets every output of a create/add step. */
export function setStepOutput(
  ctx: {
    output(name: 'workspaceDir' | 'service' | 'template', value: string): void;
    output(name: 'projects' | 'files', value: string[]): void;
  },
  output: { workspaceDir: string; service: string; template: string; projects: string[]; files: string[] },
): void {
  ctx.output('workspaceDir', output.workspaceDir);
  ctx.output('service', output.service);
  ctx.output('template', output.template);
  ctx.output('projects', output.projects);
  ctx.output('files', output.files);
}
