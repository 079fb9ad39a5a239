import { deployOrder } from '@stratum/graph';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { openWorkspace } from '../workspace-context';

export const graphCommand: Command = {
  name: 'graph',
  summary: 'List projects with layer, owner and dependencies; checks layer rules and cycles.',
  usage: `Usage: stratum graph [--json]

Prints every CDKTF project in deploy order with its layer, owner and the projects it depends on.
Fails (exit 1) on a layer violation or a dependency cycle, naming the projects.

Options:
  --json   Print { "projects": [{ "name", "root", "layer", "owner", "dependsOn" }] }`,
  async run(args, io) {
    const { values } = parseCommandArgs('graph', args, { json: { type: 'boolean' } });
    const workspace = openWorkspace(io);
    const projects = workspace.graph.projects.map(({ name, root, layer, owner, service, dependsOn }) => ({
      name,
      root,
      layer,
      owner,
      ...(service ? { service } : {}),
      dependsOn: [...dependsOn],
    }));
    if (values.json) {
      io.out(JSON.stringify({ projects }, null, 2));
      return EXIT.ok;
    }
    const byName = new Map(projects.map((p) => [p.name, p]));
    const rows = deployOrder(workspace.graph).map((name) => byName.get(name)!);
    const width = Math.max(...rows.map((p) => p.name.length), 7);
    io.out(`${'PROJECT'.padEnd(width)}  ${'LAYER'.padEnd(14)}  ${'OWNER'.padEnd(16)}  DEPENDS ON`);
    for (const p of rows) {
      io.out(
        `${p.name.padEnd(width)}  ${p.layer.padEnd(14)}  ${p.owner.padEnd(16)}  ${p.dependsOn.join(', ') || '-'}`,
      );
    }
    return EXIT.ok;
  },
};
