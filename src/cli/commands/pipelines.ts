import type { Command } from 'commander';
import { listPipelines, loadPipeline } from '../../pipeline.ts';
import type { Exit } from '../index.ts';

export function registerPipelines(program: Command, _exit: Exit): void {
  program
    .command('pipelines')
    .description('list the named pipeline configurations in pipelines/')
    .action(() => {
      for (const name of listPipelines()) {
        const p = loadPipeline(name);
        process.stdout.write(`${name.padEnd(10)} ${p.hash}  ${p.config.description}\n`);
      }
    });
}
