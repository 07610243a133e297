// autocannon 9 ships no types: what harness/load.ts uses of its programmatic API.
declare module 'autocannon' {
  interface Instance extends PromiseLike<any> {
    stop(): void;
    on(event: 'response', listener: (...args: any[]) => void): this;
  }
  function autocannon(options: Record<string, unknown>): Instance;
  export default autocannon;
}
