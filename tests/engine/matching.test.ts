import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse';
import { compile, flagged, matches, pack, rule } from '../helpers';

describe('literal phrases', () => {
  it('match the words in order, whatever the case', () => {
    expect(matches(['calm down'], 'Please CALM Down now.')).toEqual(['CALM Down']);
  });
  it('never match part of a word', () => {
    expect(matches(['policy'], 'Ask the policyholder.')).toEqual([]);
    expect(matches(['policy'], 'Ask about the policy.')).toEqual(['policy']);
  });
  it('allow commas and quotes between words but not a sentence end', () => {
    expect(matches(['sorry but'], "We're sorry, but no.")).toEqual(['sorry, but']);
    expect(matches(['calm down'], 'Stay calm. Down the hall is the desk.')).toEqual([]);
    expect(matches(['calm down'], 'Stay calm\ndown the hall')).toEqual([]);
  });
  it('ignore diacritics and the kind of apostrophe', () => {
    expect(matches(['zadny problem'], 'To není žádný problém.', {}, 'cs')).toEqual(['žádný problém']);
    expect(matches(['žádný problém'], 'To neni zadny problem.', {}, 'cs')).toEqual(['zadny problem']);
    expect(matches(["don't shout"], 'Please don’t shout at me.')).toEqual(['don’t shout']);
  });
  it('treat a full stop inside a word as a word break, not a sentence end', () => {
    expect(matches(['see example com'], 'Please see example.com today.')).toEqual(['see example.com']);
  });
});

describe('alternatives and optional words', () => {
  it('match any alternative, several words each', () => {
    const p = ['(relax | chill out | calm down)'];
    expect(matches(p, 'Just chill out.')).toEqual(['chill out']);
    expect(matches(p, 'Relax.')).toEqual(['Relax']);
  });
  it('take the longest reading with optional words', () => {
    expect(matches(['that is [just] our policy'], 'That is just our policy.')).toEqual(['That is just our policy']);
    expect(matches(['that is [just] our policy'], 'That is our policy.')).toEqual(['That is our policy']);
  });
  it('accept alternatives at the top level', () => {
    expect(matches(['calm down | relax'], 'relax')).toEqual(['relax']);
  });
});

describe('many alternatives', () => {
  it('compile without expanding every combination', () => {
    // 4^12 = 16 million phrases; the automaton has one state per written word.
    const pattern = Array.from({ length: 12 }, () => '(alpha | beta | gamma | delta)').join(' ');
    const t0 = performance.now();
    const packs = compile(pack([rule('r', [pattern])]));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(packs.group('en')!.matcher.size).toBeLessThan(100);
    const text = 'alpha beta gamma delta delta gamma beta alpha alpha beta gamma delta';
    expect(flagged(`Well: ${text}.`, packs)).toEqual([text]);
  });
  it('let optional words carry a gap', () => {
    expect(matches(['a [b ...2] c'], 'a b x y c')).toEqual(['a b x y c']);
    expect(matches(['a [b ...2] c'], 'a c')).toEqual(['a c']);
    expect(matches(['a [b ...2] c'], 'a x c')).toEqual([]);
  });
});

describe('gaps', () => {
  it('skip up to three words by default', () => {
    expect(matches(['nothing ... do'], 'There is nothing else I can do.')).toEqual(['nothing else I can do']);
    expect(matches(['nothing ... do'], 'There is nothing at all that I can do.')).toEqual([]);
  });
  it('skip up to the given number', () => {
    expect(matches(['nothing ...5 do'], 'There is nothing at all that I can do.')).toEqual(['nothing at all that I can do']);
  });
  it('stop at a sentence end', () => {
    expect(matches(['nothing ... do'], 'Nothing. I do care.')).toEqual([]);
  });
});

describe('stems', () => {
  it('match any word starting with the stem', () => {
    const p = ['успоко*'];
    expect(matches(p, 'Пожалуйста, успокойтесь.', {}, 'ru')).toEqual(['успокойтесь']);
    expect(matches(p, 'Успокойся уже!', {}, 'ru')).toEqual(['Успокойся']);
    expect(matches(p, 'Спокойно.', {}, 'ru')).toEqual([]);
  });
  it('work inside phrases', () => {
    expect(matches(['to je (vaš* | tvoj*) chyb*'], 'To je vaše chyba.', {}, 'cs')).toEqual(['To je vaše chyba']);
  });
});

describe('Chinese', () => {
  it('matches phrases with or without spaces', () => {
    expect(matches(['没办法'], '我也没办法。', {}, 'zh')).toEqual(['没办法']);
    expect(matches(['没 办法'], '这个我也没办法帮你', {}, 'zh')).toEqual(['没办法']);
  });
  it('counts gap characters', () => {
    expect(matches(['这是 ...2 规定'], '这是公司规定。', {}, 'zh')).toEqual(['这是公司规定']);
    expect(matches(['这是 ...2 规定'], '这是我们公司的规定。', {}, 'zh')).toEqual([]);
  });
});

describe('exceptions', () => {
  it('drop a finding the exception overlaps', () => {
    const extra = { exceptions: ['our policy is to refund'] };
    expect(matches(['our policy'], 'Our policy is to refund you in full.', extra)).toEqual([]);
    expect(matches(['our policy'], 'Sorry, it is our policy.', extra)).toEqual(['our policy']);
  });
  it('only apply to their own rule', () => {
    const packs = compile(
      pack([rule('a', ['our policy'], { exceptions: ['our policy is to refund'] }), rule('b', ['policy is'], { severity: 'hint' })]),
    );
    expect(analyse('Our policy is to refund you.', packs).findings.map((f) => f.rule)).toEqual(['b']);
  });
});

describe('English word forms', () => {
  it('match contractions both ways and without the apostrophe', () => {
    const p = ['that is our policy'];
    expect(matches(p, "That's our policy.")).toEqual(["That's our policy"]);
    expect(matches(p, 'thats our policy')).toEqual(['thats our policy']);
    expect(matches(["that's our policy"], 'That is our policy.')).toEqual(['That is our policy']);
  });
  it("match can't, cannot and can not alike", () => {
    for (const text of ["I can't help", 'I cannot help', 'I can not help', 'I cant help']) {
      expect(matches(["i can't help"], text)).toHaveLength(1);
    }
  });
  it('match a contraction that spans words a pattern keeps apart', () => {
    expect(matches(['i will not do that'], "I won't do that.")).toEqual(["I won't do that"]);
    expect(matches(['(i | we) (have | had) no idea'], "I've no idea.")).toEqual(["I've no idea"]);
    expect(matches(["we're sorry but"], 'We are sorry, but no.')).toEqual(['We are sorry, but']);
  });
  it('read contractions only in sentences of the language that has them', () => {
    const packs = compile(pack([rule('r', ['will not'])], { contractions: { "won't": 'will not' }, detect: { script: 'Latin', words: ['i'] } }), pack([], { id: 'cs', language: 'cs', detect: { script: 'Latin', words: ['jsme', 'vam'] } }));
    expect(flagged("I won't.", packs)).toEqual(["won't"]);
    expect(flagged("Jsme vam won't.", packs)).toEqual([]);
  });
  it('do not turn we will into well', () => {
    expect(matches(["we'll see"], 'Well see, it works.')).toEqual([]);
    expect(matches(["we'll see"], 'We will see.')).toEqual(['We will see']);
  });
  it('expand {word} to every form', () => {
    for (const text of ['You misunderstood.', 'You misunderstand.', 'You are misunderstanding me.']) {
      expect(matches(['{misunderstand}'], text)).toHaveLength(1);
    }
  });
});

describe('overlapping findings', () => {
  it('keep the most severe, then the longest', () => {
    const packs = compile(
      pack([rule('short', ['nothing i can do'], { severity: 'warning' }), rule('long', ['there is nothing i can do'], { severity: 'warning' }), rule('hint', ['there is'], { severity: 'hint' })]),
    );
    expect(analyse('There is nothing I can do.', packs).findings.map((f) => f.rule)).toEqual(['long']);
    expect(analyse('There is nothing I can do.', packs, { overlaps: 'keep' }).findings.map((f) => f.rule).sort()).toEqual(['hint', 'long', 'short']);
  });
  it('report separate phrases separately', () => {
    const packs = compile(pack([rule('calm', ['calm down']), rule('policy', ['that is our policy'], { category: 'policy-wall' })]));
    const a = analyse("Please calm down, that's our policy.", packs);
    expect(a.findings.map((f) => [f.rule, f.category, f.start, f.end])).toEqual([
      ['calm', 'dismissive', 7, 16],
      ['policy', 'policy-wall', 18, 35],
    ]);
  });
});

describe('suggestions', () => {
  it('are capitalised when the flagged words start a sentence', () => {
    const packs = compile(pack([rule('calm', ['calm down'], { suggestions: [{ kind: 'empathy', text: 'take your time' }] })]));
    expect(analyse('Calm down.', packs).findings[0]!.suggestions[0]!.text).toBe('Take your time');
    expect(analyse('Please calm down.', packs).findings[0]!.suggestions[0]!.text).toBe('take your time');
  });
});

describe('steps', () => {
  const packs = compile(
    pack([], {
      steps: {
        apologize: { patterns: ['i am [so] sorry'] },
        clarify: { patterns: ['could you send'], question: true },
        anything_else: { patterns: ['anything else'] },
      },
    }),
  );
  it('report the words that satisfied them', () => {
    const text = "I'm so sorry about the delay.";
    const { steps } = analyse(text, packs);
    expect(steps.apologize).toEqual({ done: true, evidence: { start: 0, end: 12, text: "I'm so sorry" } });
    expect(steps.clarify.done).toBe(false);
  });
  it('count a question as clarifying, but not the anything-else question', () => {
    expect(analyse('Is there anything else?', packs).steps.clarify.done).toBe(false);
    const { steps } = analyse('Which address did you use? Anything else?', packs);
    expect(steps.clarify.evidence?.text).toBe('Which address did you use');
  });
});

describe('offsets', () => {
  it('are exact around emoji, combining marks, CRLF and non-breaking spaces', () => {
    const packs = compile(pack([rule('calm', ['calm down'])]));
    for (const text of ['😡😡 calm down 🙏', 'cafe\u0301 calm\u00a0down', 'Hi,\r\n\r\nplease calm  down.', 'ok — calm down…']) {
      expect(flagged(text, packs)).toEqual([text.match(/calm\s+down/u)![0]]);
    }
    const decomposed = 'Zu\u0300 calm down'; // a mark after a letter stays with it
    expect(flagged(decomposed, packs)).toEqual(['calm down']);
    expect(matches(['zu'], 'Zu\u0300 ok')).toEqual(['Zu\u0300']);
  });
  it('keep right-to-left text intact', () => {
    const packs = compile(pack([rule('calm', ['calm down'])]));
    const text = 'שלום calm down مرحبا';
    expect(flagged(text, packs)).toEqual(['calm down']);
  });
});

describe('steps and escalating phrases', () => {
  it('do not count words inside a flagged phrase: "sorry, but" is no apology', () => {
    const packs = compile(pack([rule('sorry-but', ["we're sorry but"], { category: 'hollow-apology' })], { steps: { apologize: { patterns: ["we're sorry", 'i apologise'] } } }));
    expect(analyse("We're sorry, but that is how it works.", packs).steps.apologize.done).toBe(false);
    expect(analyse("We're sorry. I apologise for the wait.", packs).steps.apologize.evidence?.text).toBe("We're sorry");
  });
});

describe('a compiled language sent between contexts', () => {
  it('matches the same after freezing to JSON and thawing', async () => {
    const { freezeGroup, thawGroup } = await import('../../src/engine/frozen-group');
    const packs = compile(pack([rule('calm', ['(calm | settle) down', 'relax*'], { exceptions: ['relax and enjoy'] })], { steps: { apologize: { patterns: ["i'm sorry"] } } }));
    const group = packs.group('en')!;
    const thawed = thawGroup(JSON.parse(JSON.stringify(freezeGroup(group))));
    const text = "I'm sorry. Please settle down and relax. Relax and enjoy.";
    const viaThawed = analyse(text, { languages: packs.languages, group: () => thawed });
    expect(viaThawed).toEqual(analyse(text, packs));
    expect(viaThawed.findings.map((f) => f.text)).toEqual(['settle down', 'relax']);
    expect(viaThawed.steps.apologize.done).toBe(true);
  });
});
