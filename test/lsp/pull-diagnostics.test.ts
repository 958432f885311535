// Pull diagnostics (textDocument/diagnostic) never describe an outdated document: bursts of
// random edits (inserts, deletions, pastes of figures), with pulls sent in between and some of
// them cancelled as VS Code cancels a pull when the document changes, under several seeds. Every
// answer must equal a fresh analysis of the text at a version that was current while the
// request was out (sent … answered); a request that raced an edit may instead be refused with
// ServerCancelled (the client asks again) or RequestCancelled. `unchanged` stands for the report
// it names, so it is held to the same rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver-protocol';
import { BURST_SETTINGS as SETTINGS, diagnosticKeys as keys, EditBurst, rng } from '../helpers/editBursts.ts';
import { TestClient } from '../helpers/lspClient.ts';

const SEEDS = [11, 23, 47];
const EDITS = 60;
const SERVER_CANCELLED = -32802;
const REQUEST_CANCELLED = -32800;

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };
interface Answer { sent: number; received: number; report?: Report; error?: { code?: number; message: string } }


describe('pull diagnostics under edit bursts', () => {
  const client = new TestClient({ pull: true, settings: SETTINGS });
  const base = readFileSync(join(__dirname, '..', 'fixtures', 'heldout', '004_qwen25_family_md.txt'), 'utf8');
  let uri: string;
  let burst: EditBurst;
  const fresh = (version: number) => burst.fresh(version);

  before(async () => {
    await client.initialize();
    uri = await client.open('doc.md', base);
    burst = new EditBurst(client, uri, base);
    // the engine with word segmentation, as in this process
    await client.pullDiagnostics(uri, (d) => d.length > 0);
    for (let i = 0; i < 600 && !client.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((l) => l.includes('word segmentation ready')), 'the server has loaded word segmentation');
  });
  after(() => client.close());

  function pull(previousResultId: string | undefined, token?: CancellationTokenSource): Promise<Answer> {
    const sent = client.document(uri).version;
    const params = { textDocument: { uri }, previousResultId };
    const request = token ? client.connection.sendRequest<Report>('textDocument/diagnostic', params, token.token) : client.connection.sendRequest<Report>('textDocument/diagnostic', params);
    return request.then(
      (report) => ({ sent, received: client.document(uri).version, report }),
      (error: { code?: number; message: string }) => ({ sent, received: client.document(uri).version, error }),
    );
  }

  for (const seed of SEEDS) {
    test(`seed ${seed}: every answer describes a version current while it was asked for`, { timeout: 120_000 }, async () => {
      const rand = rng(seed);
      const answers: Array<Promise<Answer>> = [];
      const reports = new Map<string, Diagnostic[]>();
      let inflight: CancellationTokenSource | undefined;
      let lastResultId: string | undefined;
      const remember = (a: Answer) => {
        if (a.report?.kind === 'full' && a.report.resultId) { reports.set(a.report.resultId, a.report.items); lastResultId = a.report.resultId; }
        return a;
      };
      for (let i = 0; i < EDITS; i++) {
        await burst.randomEdit(rand);
        // VS Code cancels an outstanding pull when the document changes, then pulls again
        if (inflight && rand() < 0.5) inflight.cancel();
        if (rand() < 0.35) {
          inflight = new CancellationTokenSource();
          answers.push(pull(lastResultId, inflight).then(remember));
        }
        if (rand() < 0.25) await new Promise((r) => setTimeout(r, Math.floor(rand() * 60)));
      }
      answers.push(pull(lastResultId).then(remember));
      const settled = await Promise.all(answers);
      const final = settled[settled.length - 1];
      assert.ok(final.report, `the last pull, raced by nothing, is answered: ${JSON.stringify(final.error)}`);

      let answered = 0;
      for (const a of settled) {
        if (a.error) {
          assert.ok([SERVER_CANCELLED, REQUEST_CANCELLED].includes(a.error.code!), `only a cancellation may refuse a pull: ${JSON.stringify(a.error)}`);
          continue;
        }
        answered++;
        const items = a.report!.kind === 'full' ? a.report!.items : reports.get(a.report!.resultId);
        assert.ok(items, `unchanged names a report the client has: ${a.report!.resultId}`);
        const got = keys(items!);
        const versions = Array.from({ length: a.received - a.sent + 1 }, (_, k) => a.sent + k);
        const match = versions.find((v) => JSON.stringify(fresh(v)) === JSON.stringify(got));
        assert.ok(match !== undefined, `a ${a.report!.kind} answer to a pull sent at version ${a.sent}, received at ${a.received}, matches none of those versions: ${got.length} items, e.g. ${got.slice(0, 3).join(' | ')}; expected e.g. ${fresh(a.received).slice(0, 3).join(' | ')}`);
      }
      assert.ok(answered >= 2, `${answered} answers`);

      // the same report again: unchanged; after a content change, never
      const resultId = (final.report as { resultId: string }).resultId;
      assert.equal((await pull(resultId)).report?.kind, 'unchanged');
      await burst.randomEdit(rand);
      assert.equal((await pull(resultId)).report?.kind, 'full');
    });
  }
});
