import { type DataSource } from 'typeorm';
import { type Caller } from './auth/caller';
import { seesContactDetails } from './auth/roles';
import { type DecisionEngineCache } from './decisioning/decision-engine.cache';
import { type DecisionRecorder } from './decisioning/decision-recorder';
import { type DecisionStateLoader } from './decisioning/load-decision-state';
import { createLoaders, type Loaders } from './loaders/create-loaders';

/** Everything a resolver gets for one request. */
export interface GatewayContext {
  dataSource: DataSource;
  caller: Caller | null;
  /** Whether the caller sees contact details unmasked. */
  unmasked: boolean;
  loaders: Loaders;
  /** One "now" per request, so every field agrees on it. */
  now: Date;
  requestId: string;
  /** The process's decision engine (rebuilt when the catalog changes). */
  engines: DecisionEngineCache;
  /** The process's reader of decision state and writer of decisions (both shared by concurrent requests). */
  states: DecisionStateLoader;
  recorder: DecisionRecorder;
}

export function createContext(
  dataSource: DataSource,
  caller: Caller | null,
  requestId: string,
  decisioning: Pick<GatewayContext, 'engines' | 'states' | 'recorder'>,
  now = new Date(),
): GatewayContext {
  return {
    dataSource,
    caller,
    unmasked: caller ? seesContactDetails(caller.role) : false,
    loaders: createLoaders(dataSource.manager, now),
    now,
    requestId,
    engines: decisioning.engines,
    states: decisioning.states,
    recorder: decisioning.recorder,
  };
}

/** The caller of an @Authorized resolver (never null there). */
export function requireCaller(context: GatewayContext): Caller {
  if (!context.caller) throw new Error('requireCaller used outside @Authorized');
  return context.caller;
}
