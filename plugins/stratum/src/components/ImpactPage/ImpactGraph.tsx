import { DependencyGraph, DependencyGraphTypes } from '@backstage/core-components';
import { useTheme } from '@material-ui/core/styles';
import type { ImpactReport } from '@stratum/plugin-stratum-common';

interface ProjectNode {
  readonly layer: string;
  readonly owner: string | null;
  readonly changed: boolean;
}

const WIDTH = 220;
const HEIGHT = 64;

function ProjectNodeView(props: DependencyGraphTypes.RenderNodeProps<ProjectNode>) {
  const theme = useTheme();
  const { id, layer, owner, changed } = props.node;
  const fill = changed ? theme.palette.secondary.main : theme.palette.primary.main;
  const text = changed ? theme.palette.secondary.contrastText : theme.palette.primary.contrastText;
  return (
    <g>
      <title>{`${id}${changed ? ' (changed)' : ''}: ${layer} layer, owned by ${owner ?? 'nobody'}`}</title>
      <rect width={WIDTH} height={HEIGHT} rx={8} fill={fill} />
      <text x={WIDTH / 2} y={20} textAnchor="middle" fill={text} fontWeight="bold">
        {changed ? `${id} (changed)` : id}
      </text>
      <text x={WIDTH / 2} y={38} textAnchor="middle" fill={text} fontSize={12}>
        {layer}
      </text>
      <text x={WIDTH / 2} y={54} textAnchor="middle" fill={text} fontSize={12}>
        owner: {owner ?? 'none'}
      </text>
    </g>
  );
}

/** The changed project and its dependants; an edge goes from a dependant to what it depends on. */
export function ImpactGraph(props: { report: ImpactReport }) {
  const { report } = props;
  const nodes = report.projects.map((p) => ({
    id: p.name,
    layer: p.layer,
    owner: p.owner,
    changed: p.name === report.project,
  }));
  const byName = new Map(report.projects.map((p) => [p.name, p]));
  const describe = (name: string) => {
    const p = byName.get(name);
    return `${name} (${p?.layer ?? 'unknown'}, owner ${p?.owner ?? 'none'})`;
  };
  const edges = report.projects.flatMap((p) => p.dependsOn.map((d) => ({ from: p.name, to: d, label: '' })));
  return (
    <figure
      style={{ margin: 0, position: 'relative' }}
      aria-label={`Dependency graph: ${describe(report.project)}${
        report.dependants.length > 0
          ? ` and its dependants ${report.dependants.map(describe).join(', ')}`
          : ''
      }`}
    >
      <DependencyGraph
        nodes={nodes}
        edges={edges}
        renderNode={ProjectNodeView}
        direction={DependencyGraphTypes.Direction.BOTTOM_TOP}
        rankMargin={60}
        nodeMargin={30}
        fit="grow"
        showArrowHeads
        zoom="enable-on-click"
        style={{ width: '100%', minHeight: 300 }}
      />
    </figure>
  );
}
