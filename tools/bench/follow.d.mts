import type { BenchResult } from './types';
export function run(): Promise<BenchResult[]>;
