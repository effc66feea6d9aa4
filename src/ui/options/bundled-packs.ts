import type { Pack } from '../../packs/pack';
import cs from '../../../rules/cs.json';
import en from '../../../rules/en.json';
import lv from '../../../rules/lv.json';
import ru from '../../../rules/ru.json';
import zh from '../../../rules/zh.json';

/**
 * The bundled packs as written, with the examples and explanations the page shows (the packs the
 * content script gets are slimmed at build time and have neither). JSON types are too loose for
 * `Pack` (categories are plain strings there), and the build validates these files anyway.
 */
export const BUNDLED_PACKS: readonly Pack[] = [en, ru, cs, zh, lv] as unknown as Pack[];
