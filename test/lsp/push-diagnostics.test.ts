// Pushed diagnostics (textDocument/publishDiagnostics) never describe an outdated document: bursts
// of random edits (inserts, deletions, pastes of figures), with pauses of random length between
// them, under several seeds, and a settings change in the middle of a burst (which publishes every
// document again). Every notification names the version it describes, and its diagnostics equal
// a fresh analysis of the text at that version; once the edits stop, the last one is of the last
// version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BURST_SETTINGS as SETTINGS, diagnosticKeys as keys, EditBurst, rng } from '../helpers/editBursts.ts';
import { TestClient } from '../helpers/lspClient.ts';

const SEEDS = [5, 17, 29];
const EDITS = 60;


describe('push diagnostics under edit bursts', () => {
  const client = new TestClient({ settings: SETTINGS });
  const base = readFileSync(join(__dirname, '..', 'fixtures', 'heldout', '004_qwen25_family_md.txt'), 'utf8');
  let uri: string;
  let burst: EditBurst;
  const fresh = (version: number) => burst.fresh(version);

  before(async () => {
    await client.initialize();
    uri = await client.open('doc.md', base);
    burst = new EditBurst(client, uri, base);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    for (let i = 0; i < 600 && !client.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((l) => l.includes('word segmentation ready')), 'the server has loaded word segmentation');
  });
  after(() => client.close());

  for (const seed of SEEDS) {
    test(`seed ${seed}: every notification describes the version it names`, { timeout: 120_000 }, async () => {
      const rand = rng(seed);
      const from = client.published.length;
      for (let i = 0; i < EDITS; i++) {
        await burst.randomEdit(rand);
        // a settings change publishes every open document again, whatever its analysis is of
        if (i === EDITS / 3 || i === EDITS / 2) await client.changeSettings(SETTINGS);
        // once in the middle, let a publish of the version in hand arrive before editing on, so that a burst
        // always has one besides the last (a fast burst may otherwise drop every one before it, rightly)
        if (i === EDITS / 3) await client.waitForDiagnostics(uri, () => true, 60_000);
        if (rand() < 0.3) await new Promise((r) => setTimeout(r, Math.floor(rand() * 60)));
      }
      const last = client.document(uri).version;
      await client.waitForDiagnostics(uri, () => true, 60_000);
      const seen = client.published.slice(from).filter((p) => p.uri === uri);
      assert.ok(seen.length >= 2, `${seen.length} notifications`);
      for (const p of seen) {
        assert.ok(p.version !== undefined && burst.has(p.version), `a notification names a version the client sent: ${p.version}`);
        const got = keys(p.diagnostics);
        assert.deepEqual(got, fresh(p.version!), `the diagnostics published for version ${p.version} are that version's`);
      }
      assert.equal(seen[seen.length - 1].version, last, 'the last notification is of the last version');
    });
  }
});
