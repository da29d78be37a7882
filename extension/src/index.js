import { launcherPlugin } from './launcher/plugin';
import { lineagePlugin } from './lineage/plugin';
import { magicsPlugin } from './magics/plugin';
const plugins = [magicsPlugin, launcherPlugin, lineagePlugin];
export default plugins;
//# sourceMappingURL=index.js.map