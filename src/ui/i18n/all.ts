/** Loads every interface translation (import once in each UI entry). */
import { cs } from './cs';
import { registerCatalog } from './index';
import { lv } from './lv';
import { ru } from './ru';
import { zh } from './zh';

registerCatalog('ru', ru);
registerCatalog('cs', cs);
registerCatalog('zh', zh);
registerCatalog('lv', lv);
