/**
 * The data boundary: every way a dataset can be wrong gets its own error, naming the
 * path inside the data and the reason, so the person who coded it can fix it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DatasetError,
  MAX_DATASET_BYTES,
  checkDataset,
  formatPath,
  parseDataset,
} from '../../../src/data/parseDataset';
import type { Dataset } from '../../../src/data/schema';
import { BASE_TEXT, baseDataset, brokenJson } from '../../fixtures/broken/base';

/** Parse and return the DatasetError it must throw. */
function errorOf(json: string, file = 'broken.json'): DatasetError {
  try {
    parseDataset(json, file);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected parseDataset to throw a DatasetError, but it returned a dataset');
}

/** The one problem a single-fault dataset must report, as "path: reason". */
function onlyProblem(mutate: (dataset: Dataset) => void): string {
  const error = errorOf(brokenJson(mutate));
  expect(error.problems, JSON.stringify(error.problems)).toHaveLength(1);
  expect(error.total).toBe(1);
  const [problem] = error.problems;
  return `${problem!.path}: ${problem!.reason}`;
}

// Loosen the type for fields a test deliberately sets to the wrong kind of value.
type Loose = Record<string, unknown>;

describe('parseDataset accepts', () => {
  it('the small base dataset, unchanged', () => {
    const dataset = parseDataset(JSON.stringify(baseDataset()), 'base.json');
    expect(dataset.stances.map((s) => s.id)).toEqual([
      'condemns-israel',
      'calls-on-community',
      'turkiye-criticizes-israel',
      'rejects-israel',
      'kazakhstan-supports-astana',
    ]);
    expect(dataset.documents[0]!.text).toBe(BASE_TEXT);
  });

  it('a "$schema" pointer at the top level', () => {
    const json = brokenJson((d) => {
      d.$schema = './dataset.schema.json';
    });
    expect(parseDataset(json, 'base.json').$schema).toBe('./dataset.schema.json');
  });
});

describe('parseDataset refuses, naming the path and the reason', () => {
  it('text that is not JSON', () => {
    const error = errorOf('{"schemaVersion": 1,', 'not-json.json');
    expect(error.file).toBe('not-json.json');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.path).toBe('');
    expect(error.problems[0]!.reason).toMatch(/^not JSON: /);
    expect(error.message).toMatch(/^not-json\.json: not JSON: /);
  });

  it('an HTML page served in place of the file', () => {
    expect(errorOf('<!doctype html><html><body>Not found</body></html>').message).toBe(
      'broken.json: not JSON: the server sent an HTML page (is the file name right?)',
    );
  });

  it('JSON that is not an object', () => {
    expect(errorOf('[1, 2]').message).toBe(
      'broken.json: expected a JSON object at the top level, got an array',
    );
    expect(errorOf('null').message).toBe(
      'broken.json: expected a JSON object at the top level, got null',
    );
  });

  it('a missing required field', () => {
    expect(
      onlyProblem((d) => {
        delete (d.actors[1] as Partial<Dataset['actors'][number]>).name;
      }),
    ).toBe('actors[1].name: missing required field (expected string)');
  });

  it('a field of the wrong type', () => {
    expect(
      onlyProblem((d) => {
        (d.stances[0] as unknown as Loose).summary = 42;
      }),
    ).toBe('stances[0].summary: expected string, got 42');
    expect(
      onlyProblem((d) => {
        (d.stances[0]!.evidence[0] as unknown as Loose).start = '25';
      }),
    ).toBe('stances[0].evidence[0].start: expected number, got "25"');
    expect(
      onlyProblem((d) => {
        (d as unknown as Loose).actors = 'everyone';
      }),
    ).toBe('actors: expected array, got "everyone"');
  });

  it('a value outside the vocabulary', () => {
    expect(
      onlyProblem((d) => {
        (d.stances[0]!.evidence[0] as unknown as Loose).attribution = 'quoted';
      }),
    ).toBe('stances[0].evidence[0].attribution: expected "direct" or "reported", got "quoted"');
    expect(
      onlyProblem((d) => {
        (d.stances[0] as unknown as Loose).type = 'praises';
      }),
    ).toMatch(/^stances\[0\]\.type: expected "condemns" or "accuses" or .* got "praises"$/);
  });

  it('a field the format does not define', () => {
    expect(
      onlyProblem((d) => {
        (d.actors[1] as unknown as Loose).colour = 'red';
      }),
    ).toBe('actors[1]: unknown field(s) colour');
  });

  it('an empty name, a malformed id and a negative offset', () => {
    expect(
      onlyProblem((d) => {
        d.actors[1]!.name = '';
      }),
    ).toBe('actors[1].name: must not be empty');
    expect(
      onlyProblem((d) => {
        d.topics[0]!.id = 'the gaza war';
      }),
    ).toBe('topics[0].id: ids are letters, digits, ".", "_", ":" and "-", got "the gaza war"');
    expect(
      onlyProblem((d) => {
        d.stances[0]!.evidence[0]!.start = -1;
      }),
    ).toBe('stances[0].evidence[0].start: must be at least 0, got -1');
  });

  describe('an unknown actor', () => {
    it('among a stance’s signatories (from)', () => {
      expect(
        onlyProblem((d) => {
          d.stances[0]!.from[1] = 'rusia';
        }),
      ).toBe('stances[0].from[1]: unknown actor "rusia"');
    });
    it('as a stance’s addressee (to)', () => {
      expect(
        onlyProblem((d) => {
          d.stances[2]!.to = 'isreal';
        }),
      ).toBe('stances[2].to: unknown actor "isreal"');
    });
    it('among a document’s participants', () => {
      expect(
        onlyProblem((d) => {
          d.documents[0]!.participants[3]!.actor = 'kazakstan';
        }),
      ).toBe('documents[0].participants[3].actor: unknown actor "kazakstan"');
    });
    it('among a bloc’s members', () => {
      expect(
        onlyProblem((d) => {
          d.actors[0]!.members![2] = 'persia';
        }),
      ).toBe('actors[0].members[2]: unknown actor "persia"');
    });
    it('a bloc listed as its own member', () => {
      expect(
        onlyProblem((d) => {
          d.actors[0]!.members!.push('guarantors');
        }),
      ).toBe('actors[0].members[3]: a bloc cannot be its own member');
    });
    it('a signatory listed twice', () => {
      expect(
        onlyProblem((d) => {
          d.stances[0]!.from.push('russia');
        }),
      ).toBe('stances[0].from[3]: actor "russia" is listed twice');
    });
    it('a member listed twice in a bloc', () => {
      expect(
        onlyProblem((d) => {
          d.actors[0]!.members!.push('russia');
        }),
      ).toBe('actors[0].members[3]: actor "russia" is listed twice');
    });
  });

  it('a topic listed twice in one stance', () => {
    expect(
      onlyProblem((d) => {
        d.stances[1]!.topics.push(d.stances[1]!.topics[0]!);
      }),
    ).toMatch(/^stances\[1\]\.topics\[\d\]: topic "[a-z-]+" is listed twice$/);
  });

  it('an unknown topic', () => {
    expect(
      onlyProblem((d) => {
        d.stances[1]!.topics[1] = 'aid';
      }),
    ).toBe('stances[1].topics[1]: unknown topic "aid"');
  });

  it('a duplicate id', () => {
    expect(
      onlyProblem((d) => {
        d.stances[2]!.id = 'condemns-israel';
      }),
    ).toBe('stances[2].id: duplicate id "condemns-israel"');
    expect(
      onlyProblem((d) => {
        d.actors.push({ id: 'israel', name: 'Israel again', aliases: [], kind: 'state' });
      }),
    ).toBe('actors[8].id: duplicate id "israel"');
  });

  it('a quote that does not match its span, saying where it does appear', () => {
    expect(
      onlyProblem((d) => {
        d.stances[0]!.evidence[0]!.start += 1;
        d.stances[0]!.evidence[0]!.end += 1;
      }),
    ).toBe('stances[0].evidence[0]: quote does not match the text at 26–60 (it appears at 25–59)');
  });

  it('a quote that is not in the document at all', () => {
    expect(
      onlyProblem((d) => {
        d.stances[0]!.evidence[0]!.quote = 'condemned Israel’s strikes on Gazb';
      }),
    ).toBe(
      'stances[0].evidence[0]: quote does not match the text at 25–59 (and is not found anywhere in the document)',
    );
  });

  it('a quote retyped with straight quotes (the source keeps curly ones)', () => {
    expect(
      onlyProblem((d) => {
        d.stances[0]!.evidence[0]!.quote = "condemned Israel's strikes on Gaza";
      }),
    ).toBe(
      'stances[0].evidence[0]: quote does not match the text at 25–59 (and is not found anywhere in the document)',
    );
  });

  it('a span that runs past the end of the document', () => {
    expect(
      onlyProblem((d) => {
        d.stances[4]!.evidence[0]!.end = 300;
      }),
    ).toBe(
      `stances[4].evidence[0]: span 209–300 runs past the end of document "doc" (${BASE_TEXT.length} characters)`,
    );
    expect(BASE_TEXT.length).toBe(248);
  });

  it('an end that is not after the start', () => {
    expect(
      onlyProblem((d) => {
        d.stances[4]!.evidence[0]!.end = 209;
      }),
    ).toBe('stances[4].evidence[0]: end (209) must be greater than start (209)');
    expect(
      onlyProblem((d) => {
        d.stances[4]!.evidence[0]!.end = 100;
      }),
    ).toBe('stances[4].evidence[0]: end (100) must be greater than start (209)');
  });

  it('a schemaVersion this app does not read', () => {
    expect(
      onlyProblem((d) => {
        (d as unknown as Loose).schemaVersion = 2;
      }),
    ).toBe('schemaVersion: unsupported version 2; this app reads schemaVersion 1');
    expect(
      onlyProblem((d) => {
        (d as unknown as Loose).schemaVersion = '1';
      }),
    ).toBe('schemaVersion: unsupported version "1"; this app reads schemaVersion 1');
    expect(
      onlyProblem((d) => {
        delete (d as Partial<Dataset>).schemaVersion;
      }),
    ).toBe('schemaVersion: missing; this app reads schemaVersion 1');
  });

  it('evidence citing an unknown document', () => {
    expect(
      onlyProblem((d) => {
        d.stances[3]!.evidence[0]!.document = 'doc2';
      }),
    ).toBe('stances[3].evidence[0].document: unknown document "doc2"');
  });

  it('scenes that name an unknown topic, actor or stance', () => {
    const error = errorOf(
      brokenJson((d) => {
        d.scenes![1]!.view.topics = ['gaza', 'lebanon'];
        d.scenes![1]!.view.focus = ['israel', 'hezbollah'];
        d.scenes![1]!.view.selection = { kind: 'stance', id: 'nope' };
        d.scenes![1]!.quotes = ['condemns-israel', 'praises-israel'];
      }),
    );
    expect(error.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'scenes[1].view.topics[1]: unknown topic "lebanon"',
      'scenes[1].view.focus[1]: unknown actor "hezbollah"',
      'scenes[1].view.selection.id: unknown stance "nope"',
      'scenes[1].quotes[1]: unknown stance "praises-israel"',
    ]);
  });

  it('a javascript: document address', () => {
    expect(
      onlyProblem((d) => {
        d.documents[0]!.url = 'javascript:alert(document.cookie)';
      }),
    ).toBe(
      'documents[0].url: only http(s) addresses are allowed, got "javascript:alert(document.cookie)"',
    );
    expect(
      onlyProblem((d) => {
        d.documents[0]!.url = 'JavaScript:alert(1)//https://example.org';
      }),
    ).toMatch(/^documents\[0\]\.url: only http\(s\) addresses are allowed/);
    expect(
      onlyProblem((d) => {
        d.documents[0]!.url = 'data:text/html,<script>alert(1)</script>';
      }),
    ).toMatch(/^documents\[0\]\.url: only http\(s\) addresses are allowed/);
  });
});

describe('parseDataset reports many problems at once', () => {
  it('lists each, caps the list at 20 and counts the rest', () => {
    const error = errorOf(
      brokenJson((d) => {
        for (let i = 0; i < 25; i++) d.stances[0]!.topics.push(`ghost-${i}`);
      }),
    );
    expect(error.total).toBe(25);
    expect(error.problems).toHaveLength(20);
    expect(error.problems[0]).toEqual({
      path: 'stances[0].topics[1]',
      reason: 'unknown topic "ghost-0"',
    });
    expect(error.message).toBe(
      'broken.json: stances[0].topics[1]: unknown topic "ghost-0" (and 24 more)',
    );
  });
});

describe('strings that look like markup', () => {
  it('parse as plain text (they are rendered inert, never as HTML)', () => {
    const json = brokenJson((d) => {
      d.actors[4]!.name = '<script>window.pwned = 1</script>Israel';
      d.topics[0]!.label = '<img src=x onerror="window.pwned=1">';
      d.stances[0]!.summary = 'javascript:alert(1)';
    });
    const dataset = parseDataset(json, 'hostile.json');
    expect(dataset.actors[4]!.name).toBe('<script>window.pwned = 1</script>Israel');
    expect(dataset.topics[0]!.label).toBe('<img src=x onerror="window.pwned=1">');
    expect(dataset.stances[0]!.summary).toBe('javascript:alert(1)');
  });
});

describe('size limits', () => {
  it('loads a 20 MB dataset (a long source text) and keeps every check', () => {
    const dataset = baseDataset();
    const filler = ' The meeting went on.'.repeat(Math.ceil((20 * 1024 * 1024) / 21));
    dataset.documents[0]!.text = BASE_TEXT + filler;
    const json = JSON.stringify(dataset);
    expect(json.length).toBeGreaterThan(20 * 1024 * 1024);
    const parsed = parseDataset(json, 'big.json');
    expect(parsed.documents[0]!.text.length).toBe(BASE_TEXT.length + filler.length);
    expect(parsed.stances).toHaveLength(5);

    // The same size with one bad quote is still caught, not skipped for being big.
    dataset.stances[4]!.evidence[0]!.end = dataset.documents[0]!.text.length + 1;
    expect(errorOf(JSON.stringify(dataset), 'big.json').problems[0]!.reason).toMatch(
      /^span 209–\d+ runs past the end of document "doc" \(\d+ characters\)$/,
    );
  });

  it('refuses a 51 MB file before parsing it', () => {
    const json = 'x'.repeat(51 * 1024 * 1024);
    const error = errorOf(json, 'huge.json');
    expect(error.message).toBe(
      'huge.json: the file is 51.0 MB; files larger than 50.0 MB are refused',
    );
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    // 18 M three-byte characters: 18 M characters, 54 MB of UTF-8.
    const json = '€'.repeat(18 * 1024 * 1024);
    expect(json.length).toBeLessThan(MAX_DATASET_BYTES);
    expect(errorOf(json, 'euro.json').problems[0]!.reason).toBe(
      'the file is 54.0 MB; files larger than 50.0 MB are refused',
    );
  });
});

describe('checkDataset and formatPath', () => {
  it('check an already-parsed value the same way', () => {
    const raw: unknown = JSON.parse(
      brokenJson((d) => {
        d.stances[1]!.to = 'nobody';
      }),
    );
    expect(() => checkDataset(raw, 'raw.json')).toThrow(
      'raw.json: stances[1].to: unknown actor "nobody"',
    );
  });

  it('writes paths the way a person reads them', () => {
    expect(formatPath(['stances', 12, 'evidence', 0, 'quote'])).toBe(
      'stances[12].evidence[0].quote',
    );
    expect(formatPath([])).toBe('');
  });
});

describe('the broken fixtures in tests/fixtures/broken/', () => {
  const dir = path.resolve(__dirname, '../../fixtures/broken');
  // Each JSON fixture (also served to the browser tests) and the one error it must give.
  const expected: Record<string, string> = {
    'misquoted-span.json':
      'misquoted-span.json: stances[0].evidence[0]: quote does not match the text at 26–60 (it appears at 25–59)',
    'wrong-version.json':
      'wrong-version.json: schemaVersion: unsupported version 2; this app reads schemaVersion 1',
    'unknown-actor.json': 'unknown-actor.json: stances[2].to: unknown actor "isreal"',
  };

  it('are exactly the ones listed here', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s fails with its own error', (file, message) => {
    const error = errorOf(readFileSync(path.join(dir, file), 'utf8'), file);
    expect(error.message.startsWith(message), error.message).toBe(true);
    expect(error.total).toBe(1);
  });
});
