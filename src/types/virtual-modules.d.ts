declare module 'virtual:tactful/bundled-packs' {
  import type { Pack } from '../packs/pack';
  /** The bundled rule packs, validated and prepared at build time (scripts/bundled-packs-plugin.ts). */
  const packs: Pack[];
  export default packs;
}
