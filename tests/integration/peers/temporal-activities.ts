// Activities of the Temporal smoke test (run by the worker in the test process).
export async function greet(name: string): Promise<string> {
  return `hello ${name}`
}
