import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, listChannels } from '../shared/contract/channels';
import { buildSencoApi } from '../shared/contract/client';
import { type EventName, eventNames, ipcEvent } from '../shared/contract/events';

/**
 * The renderer's only way into main: one named function per contract channel
 * on `window.senco`. ipcRenderer itself never crosses the bridge.
 */
const senco = buildSencoApi(
  listChannels().map((channel) => channel.name),
  (name, payload) => ipcRenderer.invoke(ipcChannel(name), payload),
  (event, listener) => {
    if (!eventNames.includes(event as EventName)) throw new Error(`There is no event called ${event}.`);
    // Only the payload crosses: the IpcRendererEvent would hand the page ipcRenderer's sender.
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    const channel = ipcEvent(event as EventName);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.removeListener(channel, forward);
  },
);

contextBridge.exposeInMainWorld('senco', senco);
