import type { Pack } from '../../packs/pack';
import { isManaged, type Policy } from '../../store/policy';
import type { OptionsTranslate } from './messages';

interface Props {
  t: OptionsTranslate;
  policy: Policy;
  problems: readonly string[];
  packs: readonly Pack[];
}

/**
 * "Managed by your organization" at the top of the page: what the policy sets, in short, and what of
 * it could not be used. The problems stay as parsePolicy wrote them (field paths, values): they are
 * for whoever fixes the policy, and the agent can pass them on word for word.
 */
export function PolicySummary({ t, policy, problems, packs }: Props) {
  if (!isManaged(policy, problems)) return null;
  const name = (id: string): string => packs.find((p) => p.id === id)?.name ?? id;
  const facts = [
    policy.lockedPacks.length > 0 && t('policy.lockedPacks', { packs: policy.lockedPacks.map(name).join(', ') }),
    policy.packs.length > 0 && t('policy.policyPacks', { count: policy.packs.length }),
    !policy.allowOwnPacks && t('policy.noOwnPacks'),
  ].filter((f) => f !== false);
  return (
    <section className="notice policy" aria-labelledby="policy-title" data-tactful-policy="">
      <h2 id="policy-title">{t('policy.managed')}</h2>
      <p>{t('policy.summary')}</p>
      {facts.length > 0 && (
        <ul>
          {facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <>
          <p>{t('policy.problems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-tactful-policy-problem="">
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
