import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, listChannels } from '../shared/contract/channels';
import { buildSencoApi } from '../shared/contract/client';

/**
 * The renderer's only way into main: one named function per contract channel
 * on `window.senco`. ipcRenderer itself never crosses the bridge.
 */
const senco = buildSencoApi(
  listChannels().map((channel) => channel.name),
  (name, payload) => ipcRenderer.invoke(ipcChannel(name), payload),
);

contextBridge.exposeInMainWorld('senco', senco);
