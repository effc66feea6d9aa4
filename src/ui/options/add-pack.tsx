import { useId, useState, type ChangeEvent } from 'react';
import { formatProblem } from '../../packs/errors';
import { LIMITS } from '../../packs/limits';
import type { LocalPack } from '../../store/local-packs';
import { checkLocalPack } from './local-pack-check';
import type { OptionsTranslate } from './messages';

interface Props {
  t: OptionsTranslate;
  /** Ids a local pack may not take (see reservedIdProblem). */
  takenIds: readonly string[];
  install(entry: LocalPack): void;
  startNew(): void;
}

type Outcome = { ok: string } | { file: string; problems: string[] } | null;

/**
 * Import a pack file, or start a new pack in the editor. A file is validated before anything is
 * stored: a broken one is reported, naming the file, rule and field, and nothing is saved.
 */
export function AddPack({ t, takenIds, install, startNew }: Props) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (file === undefined) return;
    // Refused before reading: a file far past the limit need not be read into memory at all.
    if (file.size > LIMITS.packBytes * 4) {
      setOutcome({ file: file.name, problems: [`${file.name}: pack: is ${Math.ceil(file.size / 1024)} KB; a pack may be at most ${LIMITS.packBytes / 1024} KB`] });
      return;
    }
    const checked = checkLocalPack(await file.text(), file.name, takenIds);
    if (checked.entry === undefined) {
      setOutcome({ file: file.name, problems: checked.problems.map(formatProblem) });
      return;
    }
    install(checked.entry);
    const { name, id: packId, version } = checked.entry.pack;
    setOutcome({ ok: t('options.local.imported', { name, id: packId, version }) });
  };
  return (
    <div className="add-pack" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>{t('options.local.title')}</h3>
      <p className="lead">{t('options.local.intro')}</p>
      <div className="own-fields">
        <label className="field">
          <span>{t('options.local.import')}</span>
          <input type="file" accept=".json,application/json" data-tactful-pack-import="" onChange={(e) => void onFile(e)} />
        </label>
        <button type="button" data-tactful-pack-new="" onClick={startNew}>
          {t('options.local.new')}
        </button>
      </div>
      <div aria-live="polite">
        {outcome !== null && 'ok' in outcome && (
          <p className="status" data-tactful-import-status="">
            {outcome.ok}
          </p>
        )}
        {outcome !== null && 'problems' in outcome && (
          <div className="problems" data-tactful-import-problems="">
            <span>{t('options.local.importFailed', { file: outcome.file })}</span>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i} className="problem">
                  {p}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
