// PLACEHOLDER: replaced by the real implementation.
export async function run(_argv: string[]): Promise<number> {
  console.error('not implemented yet');
  return 1;
}
