import type { SencoApi } from '../../shared/contract/client';

declare global {
  interface Window {
    /** The app's only door to main: installed by the preload (or the test bridge), frozen, non-writable. */
    readonly senco: SencoApi;
  }
}

export {};
