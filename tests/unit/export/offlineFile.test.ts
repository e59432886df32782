import { createHash } from 'node:crypto';
import {
  briefingDataset,
  buildOfflineHtml,
  contentSecurityPolicy,
  jsonForScriptElement,
  scriptForInline,
  sha256Base64,
} from '../../../src/export/offlineFile';
import { astanaWithScenes } from '../briefing/briefingFixtures';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('the saved briefing file', () => {
  it('hashes like SHA-256 (short, long, non-ASCII and block-edge inputs)', () => {
    for (const text of [
      '',
      'abc',
      'a'.repeat(55),
      'b'.repeat(56),
      'c'.repeat(64),
      'Türkiye “ok” ✓'.repeat(500),
    ])
      expect(sha256Base64(text)).toBe(nodeSha(text));
  });

  it('keeps data from ending its element or running as script', () => {
    const json = jsonForScriptElement({ text: '</script><script>alert(1)</script><!-- x' });
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script><!-- x' });
    expect(scriptForInline('const a = "</SCRIPT>"; const b = `<!--`;')).toBe(
      'const a = "<\\/SCRIPT>"; const b = `<\\!--`;',
    );
  });

  it('allows only its own script, by hash, and nothing from elsewhere', () => {
    const csp = contentSecurityPolicy('abc=');
    expect(csp).toContain("script-src 'sha256-abc='");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp.match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
  });

  it("holds the dataset with the default and the user's scenes, ids kept apart", () => {
    const dataset = astanaWithScenes();
    const defaults = dataset.scenes!;
    const mine = { ...defaults[1]!, title: 'My Gaza' };
    const merged = briefingDataset(dataset, [mine]);
    expect(merged.scenes!.map((scene) => scene.title)).toEqual([
      ...defaults.map((scene) => scene.title),
      'My Gaza',
    ]);
    expect(new Set(merged.scenes!.map((scene) => scene.id)).size).toBe(defaults.length + 1);

    const script = 'console.log("app")';
    const { html, datasetBytes } = buildOfflineHtml({
      script,
      styles: 'body{margin:0}',
      dataset: merged,
      scriptHash: sha256Base64(script),
    });
    expect(datasetBytes).toBeLessThan(1.5 * 1024 * 1024);
    const embedded =
      /<script type="application\/json" id="stance-map-dataset">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(embedded)).toEqual(merged);
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).toContain(`'sha256-${nodeSha(script)}'`);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\s(src|href)=/);
  });

  it('refuses a dataset larger than 1.5 MB, saying so', () => {
    const dataset = astanaWithScenes();
    const big = { ...dataset, description: 'x'.repeat(1.6 * 1024 * 1024) };
    expect(() =>
      buildOfflineHtml({ script: '', styles: '', dataset: big, scriptHash: '' }),
    ).toThrow(/the dataset is 1\.\d MB; a briefing file holds at most 1\.5 MB/);
  });
});
