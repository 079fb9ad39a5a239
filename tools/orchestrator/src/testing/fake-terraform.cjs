#!/usr/bin/env node
'use strict';
// A stand-in for `terraform` in tests and benchmarks: sleeps, prints terraform-like output and exits 0 or 1.
//
// Usage: fake-terraform <apply|destroy|version> [-chdir=DIR] [other flags ignored]
// The stack name is the last path segment of -chdir (else FAKE_TF_STACK, else the working directory's).
// Behaviour, most specific first:
//   FAKE_TF_SCENARIO  JSON file: { "default": Behaviour, "stacks": { "<stack>": Behaviour } }
//                     Behaviour = { "apply"?: Step, "destroy"?: Step }
//                     Step = { "sleepMs"?: number, "fail"?: boolean, "resources"?: number,
//                              "failAfter"?: number (resources created before the failure), "noChanges"?: boolean }
//   FAKE_TF_SLEEP_MS  default sleep for every command (default 0)
//   FAKE_TF_FAIL      comma-separated `<command>` or `<command>:<stack>` entries that fail, e.g. "apply:app@us-east-1"
//   FAKE_TF_LOG       file that gets one JSON line per invocation: { stack, command, pid, start, end, exitCode }
const fs = require('node:fs');
const { setTimeout } = require('node:timers');
const path = require('node:path');

function main() {
  const args = process.argv.slice(2);
  const command = args.find((a) => !a.startsWith('-')) ?? '';
  const chdir = args.find((a) => a.startsWith('-chdir='))?.slice('-chdir='.length);
  const stack = chdir ? path.basename(chdir) : process.env.FAKE_TF_STACK || path.basename(process.cwd());
  if (command === 'version') {
    process.stdout.write('Terraform v1.11.0 (fake)\n');
    return;
  }
  if (command !== 'apply' && command !== 'destroy') {
    process.stderr.write(`Error: fake-terraform supports apply, destroy and version, not '${command}'.\n`);
    process.exitCode = 2;
    return;
  }
  const start = Date.now();
  const step = stepFor(stack, command);
  const finish = (exitCode) => {
    process.exitCode = exitCode;
    if (process.env.FAKE_TF_LOG) {
      const line = JSON.stringify({ stack, command, pid: process.pid, start, end: Date.now(), exitCode });
      fs.appendFileSync(process.env.FAKE_TF_LOG, line + '\n');
    }
  };
  setTimeout(() => finish(run(stack, command, step)), step.sleepMs);
}

function stepFor(stack, command) {
  const step = {
    sleepMs: Number(process.env.FAKE_TF_SLEEP_MS || 0),
    fail: false,
    resources: 2,
    noChanges: false,
  };
  if (process.env.FAKE_TF_SCENARIO) {
    const scenario = JSON.parse(fs.readFileSync(process.env.FAKE_TF_SCENARIO, 'utf8'));
    Object.assign(step, scenario.default?.[command], scenario.stacks?.[stack]?.[command]);
  }
  const failures = (process.env.FAKE_TF_FAIL || '').split(',').filter(Boolean);
  if (failures.includes(command) || failures.includes(`${command}:${stack}`)) step.fail = true;
  return step;
}

function run(stack, command, step) {
  const out = (text) => process.stdout.write(text + '\n');
  const [verb, done] = command === 'apply' ? ['Creating', 'Creation'] : ['Destroying', 'Destruction'];
  if (step.noChanges && !step.fail) {
    out('No changes. Your infrastructure matches the configuration.');
    out(
      command === 'apply'
        ? 'Apply complete! Resources: 0 added, 0 changed, 0 destroyed.'
        : 'Destroy complete! Resources: 0 destroyed.',
    );
    return 0;
  }
  const count = step.fail ? (step.failAfter ?? 0) : step.resources;
  for (let i = 0; i < count; i++) {
    out(`fake_resource.r${i}: ${verb}...`);
    out(`fake_resource.r${i}: ${done} complete after 0s [id=${stack}-r${i}]`);
  }
  if (step.fail) {
    out(`fake_resource.r${count}: ${verb}...`);
    process.stderr.write(
      `Error: ${command === 'apply' ? 'creating' : 'destroying'} fake_resource.r${count} of ${stack}: simulated failure\n`,
    );
    return 1;
  }
  out(
    command === 'apply'
      ? `Apply complete! Resources: ${count} added, 0 changed, 0 destroyed.`
      : `Destroy complete! Resources: ${count} destroyed.`,
  );
  return 0;
}

main();
