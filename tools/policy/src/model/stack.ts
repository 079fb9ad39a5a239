import { dirname, resolve } from 'node:path';
import { evaluateRaw, evaluateLocal } from '../eval/evaluate';
import { isRecord, toNumber, type Value } from '../eval/value';
import type { DataRenderer, EvalNode, EvalStack } from '../eval/scope';
import type { TerraformDocument, TerraformJson } from '../load/read';
import { DATA_RENDERERS, type DataRenderers } from './data-sources';

/** One resource or data source of a stack, with its body evaluated on demand. */
export class ResourceNode implements EvalNode {
  readonly address: string;
  /** The cdktf construct path (`stack/bucket`), from the `//` metadata cdktf writes; for messages. */
  readonly constructPath: string | undefined;
  private readonly cache = new Map<string, Value>();

  constructor(
    readonly stack: StackModel,
    readonly mode: 'managed' | 'data',
    readonly type: string,
    readonly name: string,
    readonly body: Readonly<Record<string, unknown>>,
  ) {
    this.address = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
    const comment = body['//'] as { metadata?: { path?: unknown } } | undefined;
    this.constructPath = typeof comment?.metadata?.path === 'string' ? comment.metadata.path : undefined;
  }

  /** An argument of the resource, with references, locals and functions evaluated. */
  get(attribute: string, depth = 0): Value | undefined {
    const dynamic = dynamicBlocks(this.body, attribute);
    if (dynamic === undefined && (!(attribute in this.body) || this.body[attribute] === null))
      return undefined;
    const cached = this.cache.get(attribute);
    if (cached !== undefined) return cached;
    const value =
      dynamic === undefined
        ? evaluateRaw(this.body[attribute], this.stack, depth)
        : blocksOf(
            evaluateRaw(
              { [attribute]: this.body[attribute], dynamic: { [attribute]: dynamic } },
              this.stack,
              depth,
            ),
            attribute,
          );
    if (depth === 0) this.cache.set(attribute, value);
    return value;
  }

  /** False when `count = 0` or an empty `for_each` says Terraform creates no instance. */
  get created(): boolean {
    if (toNumber(this.get('count')) === 0) return false;
    const forEach = this.get('for_each');
    if (Array.isArray(forEach)) return forEach.length > 0;
    return !isRecord(forEach) || Object.keys(forEach).length > 0;
  }
}

/** The `dynamic "<attribute>"` blocks of a body, if it has any. */
function dynamicBlocks(body: Readonly<Record<string, unknown>>, attribute: string): unknown {
  const section = body.dynamic;
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return undefined;
  return (section as Record<string, unknown>)[attribute] ?? undefined;
}

function blocksOf(expanded: Value, attribute: string): Value {
  return isRecord(expanded) ? (expanded[attribute] ?? null) : expanded;
}

/** One synthesized stack: its resources indexed by address and type. */
export class StackModel implements EvalStack {
  readonly file: string;
  readonly json: TerraformJson;
  /** The folder terraform runs in: relative paths in the stack resolve against it. */
  readonly dir: string;
  readonly resources: readonly ResourceNode[];
  private readonly byAddress = new Map<string, ResourceNode>();
  private readonly byType = new Map<string, ResourceNode[]>();
  private readonly locals = new Map<string, Value>();

  constructor(
    readonly workspace: Workspace,
    doc: TerraformDocument,
  ) {
    this.file = doc.file;
    this.json = doc.json;
    this.dir = dirname(resolve(doc.file));
    const nodes: ResourceNode[] = [];
    for (const [mode, blocks] of [
      ['managed', doc.json.resource],
      ['data', doc.json.data],
    ] as const) {
      for (const [type, byName] of Object.entries(blocks)) {
        for (const [name, body] of Object.entries(byName)) {
          const node = new ResourceNode(this, mode, type, name, body);
          nodes.push(node);
          this.byAddress.set(node.address, node);
          const key = mode === 'data' ? `data.${type}` : type;
          this.byType.set(key, [...(this.byType.get(key) ?? []), node]);
        }
      }
    }
    this.resources = nodes;
  }

  /** Managed resources of a type that Terraform will create (`count = 0` excluded). */
  ofType(...types: readonly string[]): ResourceNode[] {
    return types.flatMap((type) => this.byType.get(type) ?? []).filter((node) => node.created);
  }

  /** Data sources of a type. */
  dataOfType(type: string): ResourceNode[] {
    return this.byType.get(`data.${type}`) ?? [];
  }

  /** A resource (`aws_vpc.main`) or data source (`data.aws_iam_policy_document.x`) by address. */
  lookup(address: string): ResourceNode | undefined {
    return this.byAddress.get(address);
  }

  /** Everything a suppression can sit on: resources, data sources and module calls. */
  suppressionTargets(): readonly {
    readonly address: string;
    readonly constructPath?: string | undefined;
    readonly body: Readonly<Record<string, unknown>>;
  }[] {
    return [
      ...this.resources,
      ...Object.entries(this.json.module).map(([name, body]) => ({ address: `module.${name}`, body })),
    ];
  }

  /** A local value, evaluated once. */
  local(name: string, depth: number): Value | undefined {
    if (!(name in this.json.locals)) return undefined;
    const cached = this.locals.get(name);
    if (cached !== undefined) return cached;
    const value = evaluateLocal(this.json.locals[name], this, depth);
    this.locals.set(name, value);
    return value;
  }

  /** The stack in this run whose state a `terraform_remote_state` data source reads, if any. */
  producerOf(
    backend: string,
    config: Readonly<Record<string, unknown>>,
    fromDir: string,
  ): StackModel | undefined {
    return this.workspace.producerOf(backend, config, fromDir);
  }

  /** The renderer the run plugs in for `data.<type>.x.<attribute>`. */
  dataRenderer(type: string, attribute: string): DataRenderer | undefined {
    return this.workspace.renderers[type]?.[attribute];
  }

  /** Identity of the state this stack writes (`local:/abs/path.tfstate` or `s3://bucket/key`). */
  get stateId(): string | undefined {
    const backend = this.json.terraform.backend as Record<string, Record<string, unknown>> | undefined;
    if (!backend) return `local:${resolve(this.dir, 'terraform.tfstate')}`;
    const [type, config] = Object.entries(backend)[0] ?? [];
    return type ? stateIdentity(type, config ?? {}, this.dir) : undefined;
  }

  /** The region of the default AWS provider, when written literally. */
  get region(): string | undefined {
    const aws = this.json.provider.aws?.find((p) => p.alias === undefined || p.alias === null);
    return typeof aws?.region === 'string' && !aws.region.includes('${') ? aws.region : undefined;
  }
}

/** All stacks of one policy run; remote-state references between them are resolved through it. */
export class Workspace {
  readonly stacks: readonly StackModel[];
  private readonly byState = new Map<string, StackModel>();

  constructor(
    documents: readonly TerraformDocument[],
    /** How data source attributes that are not in the body are rendered (the normalizers). */
    readonly renderers: DataRenderers = DATA_RENDERERS,
  ) {
    this.stacks = documents.map((doc) => new StackModel(this, doc));
    for (const stack of this.stacks) {
      const id = stack.stateId;
      if (id) this.byState.set(id, stack);
    }
  }

  /** The stack in this run whose state a `terraform_remote_state` data source reads, if any. */
  producerOf(
    backend: string,
    config: Readonly<Record<string, unknown>>,
    fromDir: string,
  ): StackModel | undefined {
    const id = stateIdentity(backend, config, fromDir);
    return id ? this.byState.get(id) : undefined;
  }

  /** Managed resources of a type across every stack of the run. */
  ofType(...types: readonly string[]): ResourceNode[] {
    return this.stacks.flatMap((stack) => stack.ofType(...types));
  }
}

function stateIdentity(
  type: string,
  config: Readonly<Record<string, unknown>>,
  dir: string,
): string | undefined {
  if (type === 'local') {
    const path = typeof config.path === 'string' ? config.path : 'terraform.tfstate';
    return `local:${resolve(dir, path)}`;
  }
  if (type === 's3' && typeof config.bucket === 'string' && typeof config.key === 'string')
    return `s3://${config.bucket}/${config.key}`;
  return undefined;
}
