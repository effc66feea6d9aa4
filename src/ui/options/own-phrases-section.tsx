import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ownPhrasePacks, shareableOwnPack } from '../../packs/own-phrases';
import type { OwnPhrase } from '../../store/settings';
import { downloadPack } from './download-pack';
import { addOwnPhrase, cleanPhrase, phraseProblems, replaceOwnPhrase, samePhrase } from './changes';
import { languageName } from './labels';
import type { OptionsTranslate } from './messages';
import { focusSoon, type SectionProps } from './section';

interface LanguageChoice {
  /** The pack languages a phrase can be written in. */
  languages: readonly string[];
  /** The interface language, for the languages' names. */
  language: string;
}

/**
 * The agent's own phrases. Each is checked as it is typed with the validation the background uses;
 * one that does not validate is kept (so nothing typed is lost) and shown as not active.
 */
export function OwnPhrasesSection({ t, settings, policy, change, languages, language }: SectionProps & LanguageChoice) {
  const newPhrase = useRef<HTMLInputElement>(null);
  const entries = settings.ownPhrases;
  // The phrases as the packs the background builds of them (one per language), to hand to a team lead.
  const ownPacks = useMemo(() => ownPhrasePacks(entries).packs.map(shareableOwnPack), [entries]);
  const remove = (index: number, entry: OwnPhrase): void => {
    change((s) => replaceOwnPhrase(s, index, entry, null));
    const next = Math.min(index, entries.length - 2);
    focusSoon(() => (next >= 0 ? document.querySelector<HTMLElement>(`[data-tactful-own-remove="${next}"]`) : newPhrase.current));
  };
  // The organization does not allow own phrases: the list stays visible (nothing is deleted) but
  // cannot be edited, since none of it would be used.
  const locked = !policy.allowOwnPacks;
  return (
    <section aria-labelledby="own-title" data-tactful-own-section="" data-locked={locked ? 'true' : undefined}>
      <h2 id="own-title">{t('options.own.title')}</h2>
      <p className="lead">{t('options.own.intro')}</p>
      {locked && (
        <p className="locked-note" data-tactful-locked="">
          {t('policy.ownBlocked')}
        </p>
      )}
      <fieldset className="bare" disabled={locked}>
        {entries.length === 0 ? (
          <p className="muted" data-tactful-own-empty="">
            {t('options.own.empty')}
          </p>
        ) : (
          <ul className="own-list">
            {entries.map((entry, i) => (
              <OwnPhraseRow
                key={i}
                t={t}
                index={i}
                entry={entry}
                languages={languages}
                language={language}
                save={(next) => change((s) => replaceOwnPhrase(s, i, entry, next))}
                remove={() => remove(i, entry)}
                allowed={!locked}
              />
            ))}
          </ul>
        )}
        <NewPhraseForm t={t} inputRef={newPhrase} languages={languages} language={language} add={(p) => change((s) => addOwnPhrase(s, p))} />
      </fieldset>
      {ownPacks.length > 0 && (
        <div className="pack-actions">
          {ownPacks.map((p) => (
            <button key={p.id} type="button" data-tactful-own-export={p.language} onClick={() => downloadPack(p)}>
              {t('options.own.export', { language: languageName(p.language, language) })}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function Problems({ t, id, problems }: { t: OptionsTranslate; id: string; problems: readonly string[] }) {
  return (
    <div id={id} className="problems" aria-live="polite">
      {problems.length > 0 && (
        <>
          <span>{t('options.own.inactive')}</span>
          <ul>
            {problems.map((p, i) => (
              <li key={i} className="problem" data-tactful-own-problem="">
                {p}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function LanguageSelect({ t, value, onChange, languages, language }: LanguageChoice & { t: OptionsTranslate; value: string; onChange(v: string): void }) {
  const all = languages.includes(value) ? languages : [...languages, value];
  return (
    <label className="field">
      <span>{t('options.own.language')}</span>
      <select data-tactful-own-language="" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {all.map((l) => (
          <option key={l} value={l}>
            {languageName(l, language)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface RowProps extends LanguageChoice {
  t: OptionsTranslate;
  index: number;
  entry: OwnPhrase;
  save(next: OwnPhrase): void;
  remove(): void;
  /** False when the organization does not allow own phrases: then none is active. */
  allowed: boolean;
}

/** A stored phrase, editable in place: saved when a field is left or Enter is pressed. */
function OwnPhraseRow({ t, index, entry, save, remove, languages, language, allowed }: RowProps) {
  const id = useId();
  const [draft, setDraft] = useState(entry);
  // Another tab (or this page's own save) changed the entry: show what is stored.
  useEffect(() => setDraft(entry), [entry.phrase, entry.language, entry.suggestion]);
  const problems = useMemo(() => phraseProblems(draft), [draft.phrase, draft.language]);
  const commit = (next: OwnPhrase = draft): void => {
    if (!samePhrase(cleanPhrase(next), entry)) save(next);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft(entry);
  };
  const valid = problems.length === 0;
  const active = allowed && valid;
  return (
    <li className={`own-entry ${valid ? 'active' : 'inactive'}`} data-tactful-own-entry={index} data-active={active ? 'true' : 'false'}>
      <div className="own-fields">
        <label className="field grow">
          <span>{t('options.own.phrase')}</span>
          <input
            type="text"
            data-tactful-own-phrase=""
            value={draft.phrase}
            aria-invalid={problems.length > 0}
            aria-describedby={`${id}-problems`}
            onChange={(e) => setDraft({ ...draft, phrase: e.currentTarget.value })}
            onBlur={() => commit()}
            onKeyDown={onKey}
          />
        </label>
        <LanguageSelect
          t={t}
          value={draft.language}
          languages={languages}
          language={language}
          onChange={(l) => {
            setDraft({ ...draft, language: l });
            commit({ ...draft, language: l });
          }}
        />
        <label className="field grow">
          <span>{t('options.own.suggestion')}</span>
          <input
            type="text"
            data-tactful-own-suggestion=""
            value={draft.suggestion ?? ''}
            onChange={(e) => setDraft({ ...draft, suggestion: e.currentTarget.value })}
            onBlur={() => commit()}
            onKeyDown={onKey}
          />
        </label>
        <button type="button" data-tactful-own-remove={index} aria-label={t('options.own.removeLabel', { phrase: entry.phrase })} onClick={remove}>
          {t('options.own.remove')}
        </button>
      </div>
      {active && <p className="status">{t('options.own.active')}</p>}
      <Problems t={t} id={`${id}-problems`} problems={problems} />
    </li>
  );
}

interface FormProps extends LanguageChoice {
  t: OptionsTranslate;
  inputRef: RefObject<HTMLInputElement | null>;
  add(p: OwnPhrase): void;
}

function NewPhraseForm({ t, inputRef, add, languages, language }: FormProps) {
  const id = useId();
  const empty = { phrase: '', language: languages.includes(language) ? language : (languages[0] ?? 'en'), suggestion: '' };
  const [draft, setDraft] = useState<OwnPhrase>(empty);
  const blank = draft.phrase.trim() === '';
  const problems = useMemo(() => (blank ? [] : phraseProblems(draft)), [blank, draft.phrase, draft.language]);
  return (
    <form
      className="own-new"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (blank) return;
        add(draft);
        setDraft({ ...empty, language: draft.language });
        inputRef.current?.focus();
      }}
    >
      <h3 id={`${id}-title`}>{t('options.own.new')}</h3>
      <div className="own-fields">
        <label className="field grow">
          <span>{t('options.own.phrase')}</span>
          <input
            ref={inputRef}
            type="text"
            data-tactful-new-phrase=""
            value={draft.phrase}
            aria-invalid={problems.length > 0}
            aria-describedby={`${id}-problems`}
            onChange={(e) => setDraft({ ...draft, phrase: e.currentTarget.value })}
          />
        </label>
        <LanguageSelect t={t} value={draft.language} languages={languages} language={language} onChange={(l) => setDraft({ ...draft, language: l })} />
        <label className="field grow">
          <span>{t('options.own.suggestion')}</span>
          <input type="text" data-tactful-new-suggestion="" value={draft.suggestion ?? ''} onChange={(e) => setDraft({ ...draft, suggestion: e.currentTarget.value })} />
        </label>
        <button type="submit" data-tactful-own-add="" disabled={blank}>
          {t('options.own.add')}
        </button>
      </div>
      <Problems t={t} id={`${id}-problems`} problems={problems} />
    </form>
  );
}
