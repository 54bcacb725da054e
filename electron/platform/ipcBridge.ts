import { ipcMain } from 'electron';
import { ipcChannel, listChannels } from '../../shared/contract/channels';
import type { Dispatch } from '../ipc/dispatcher';

/**
 * Hands every contract channel to the one dispatcher, with the URL of the
 * frame that sent it so the dispatcher can refuse any page but our own.
 */
export function connectIpc(dispatch: Dispatch): void {
  for (const { name } of listChannels()) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown) =>
      dispatch({ senderUrl: event.senderFrame?.url ?? '', channel: name, payload }),
    );
  }
}
