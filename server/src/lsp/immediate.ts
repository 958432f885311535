// setImmediate for the browser build (esbuild injects it there; Node has its own): the scheduler
// and the workspace index yield with it so that requests run between slices of work. A
// MessageChannel message runs on the next turn of the event loop, without setTimeout's 4 ms clamp.
const queue: Array<() => void> = [];
let channel: InstanceType<typeof MessageChannel> | undefined;

export function setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): void {
  if (!channel) {
    channel = new MessageChannel();
    // a browser's MessagePort (Node's types describe Node's, which has no onmessage)
    (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  }
  queue.push(() => callback(...args));
  channel.port2.postMessage(undefined);
}
