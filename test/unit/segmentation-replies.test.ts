// The segmentation worker's replies: a call takes only the reply with its own request number, so
// that an answer left on the port by an earlier request (a cut) is never read as another call's (tags).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import { replyTo } from '../../server/src/lsp/segmentation.ts';

test('replyTo drops the answers to earlier requests and takes its own', () => {
  const { port1, port2 } = new MessageChannel();
  const logs: string[] = [];
  port2.postMessage({ id: 6, result: [['华为', '发布']] });
  port2.postMessage({ id: 7, result: [[{ word: '华为', tag: 'nt' }]] });
  assert.deepEqual(replyTo(port1, 7, (m) => logs.push(m)), { id: 7, result: [[{ word: '华为', tag: 'nt' }]] });
  assert.equal(logs.length, 1);
  assert.match(logs[0], /earlier request \(6\)/);
  port1.close();
});

test('replyTo waits for a reply not queued yet: undefined, and the queue left empty', () => {
  const { port1, port2 } = new MessageChannel();
  port2.postMessage({ id: 1, result: [] });
  assert.equal(replyTo(port1, 2, () => {}), undefined);
  port2.postMessage({ id: 2, error: 'boom' });
  assert.deepEqual(replyTo(port1, 2, () => {}), { id: 2, error: 'boom' });
  port1.close();
});
