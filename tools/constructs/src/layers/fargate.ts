/** Fargate task sizing and container definitions, kept apart from the service wiring in application.ts. */

/** Memory (MiB) Fargate accepts for each CPU size. */
const FARGATE_MEMORY: Readonly<Record<number, readonly [min: number, max: number, step: number]>> = {
  256: [512, 2048, 512],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
};

/** Throws unless `cpu`/`memoryMb` is a combination Fargate runs, naming the valid memory sizes. */
export function assertFargateSize(where: string, cpu: number, memoryMb: number): void {
  const range = FARGATE_MEMORY[cpu];
  if (!range)
    throw new Error(`${where}: cpu ${cpu} is not a Fargate size; use 256, 512, 1024, 2048 or 4096.`);
  const [min, max, step] = range;
  const ok = memoryMb >= min && memoryMb <= max && memoryMb % step === 0;
  if (!ok) {
    throw new Error(
      `${where}: ${memoryMb} MiB does not fit cpu ${cpu}; Fargate takes ${min} to ${max} MiB in steps of ${step} (set taskMemoryMb).`,
    );
  }
}

/** A secret exposed to the container as an environment variable, read by the task execution role. */
export interface ContainerSecret {
  readonly secretArn: string;
  /** Key inside a JSON secret, e.g. `password` of an RDS-managed secret. @default the whole secret */
  readonly jsonKey?: string;
}

export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly port: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly secrets: Readonly<Record<string, ContainerSecret>>;
  readonly logGroupName: string;
  readonly region: string;
  readonly readonlyRootFilesystem: boolean;
}

/** The task's container definitions as the JSON ECS expects, with sorted variables for stable output. */
export function containerDefinitions(spec: ContainerSpec): string {
  const sorted = <T>(record: Readonly<Record<string, T>>): [string, T][] =>
    Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([
    {
      name: spec.name,
      image: spec.image,
      essential: true,
      readonlyRootFilesystem: spec.readonlyRootFilesystem,
      portMappings: [{ containerPort: spec.port, protocol: 'tcp' }],
      environment: sorted(spec.environment).map(([name, value]) => ({ name, value })),
      secrets: sorted(spec.secrets).map(([name, s]) => ({
        name,
        valueFrom: s.jsonKey ? `${s.secretArn}:${s.jsonKey}::` : s.secretArn,
      })),
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': spec.logGroupName,
          'awslogs-region': spec.region,
          'awslogs-stream-prefix': spec.name,
        },
      },
    },
  ]);
}
