// Activities of the Temporal smoke test (run by the worker in the test process).
export function greet(name: string): Promise<string> {
  return Promise.resolve(`hello ${name}`)
}
