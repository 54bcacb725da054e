import { z } from 'zod';

/**
 * Messages main sends without being asked: the renderer must hear at once
 * when the vault locks itself (screen lock, sleep, idle), so that no record
 * stays on screen.
 */
export const events = {
  /** `demo-left` and `demo-restarted`: the demo school locked because the person left it or started it again. */
  vaultLocked: z.object({ reason: z.enum(['user', 'os-lock', 'suspend', 'idle', 'shutdown', 'demo-left', 'demo-restarted']) }),
  /** Rotating the data key takes a while: each step as it starts (`done` counts from 1: the step now running). */
  rotationProgress: z.object({ step: z.string(), done: z.number().int(), total: z.number().int(), message: z.string() }),
  /** Building the demo school takes a while: the worker's progress (`done` of `total` pupils loaded, say). */
  demoProgress: z.object({ step: z.string(), done: z.number().int(), total: z.number().int(), message: z.string() }),
  /** An import saving in its worker: rows written so far of the total, with a sentence to show and read out. */
  importProgress: z.object({ done: z.number().int(), total: z.number().int(), message: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

export const eventNames = Object.keys(events) as EventName[];

/** The IPC channel string an event travels on. */
export const ipcEvent = (name: EventName): string => `senco-event:${name}`;
