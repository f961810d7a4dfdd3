import * as migration_20261127_134222_initial from './20261127_134222_initial';

export const migrations = [
  {
    up: migration_20261127_134222_initial.up,
    down: migration_20261127_134222_initial.down,
    name: '20261127_134222_initial'
  },
];
