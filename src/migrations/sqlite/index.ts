import * as migration_20261127_134208_initial from './20261127_134208_initial';
import * as migration_20261127_135628_sync_runs_and_leases from './20261127_135628_sync_runs_and_leases';

export const migrations = [
  {
    up: migration_20261127_134208_initial.up,
    down: migration_20261127_134208_initial.down,
    name: '20261127_134208_initial',
  },
  {
    up: migration_20261127_135628_sync_runs_and_leases.up,
    down: migration_20261127_135628_sync_runs_and_leases.down,
    name: '20261127_135628_sync_runs_and_leases'
  },
];
