import type { Pack } from './pack';

/**
 * What the page needs of a pack: rules without their examples and long explanations (those are for
 * the options page and `pack test`). Keeps the content script small.
 */
export function slimPack(pack: Pack): Pack {
  const { $schema: _schema, description: _description, ...rest } = pack;
  return { ...rest, rules: pack.rules.map(({ examples: _examples, why: _why, ...rule }) => rule) };
}
