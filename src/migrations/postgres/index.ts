import * as migration_20261127_134222_initial from './20261127_134222_initial';
import * as migration_20261127_135635_sync_runs_and_leases from './20261127_135635_sync_runs_and_leases';
import * as migration_20261127_153301_partition_offsets from './20261127_153301_partition_offsets';
import * as migration_20261127_162144_group_time_to_clear from './20261127_162144_group_time_to_clear';
import * as migration_20261127_175854_history_cluster_tier_index from './20261127_175854_history_cluster_tier_index';
import * as migration_20261127_192048_group_lag_trend from './20261127_192048_group_lag_trend';
import * as migration_20261127_192909_group_scope_counts_index from './20261127_192909_group_scope_counts_index';
import * as migration_20261127_194850_schema_search_index from './20261127_194850_schema_search_index';
import * as migration_20261203_110430_history_null_lag_without_commit from './20261203_110430_history_null_lag_without_commit';
import * as migration_20261203_112538_drop_unproduced_statuses from './20261203_112538_drop_unproduced_statuses';
import * as migration_20261203_122140_consumer_group_verdict from './20261203_122140_consumer_group_verdict';
import * as migration_20261203_133236_consumer_group_events from './20261203_133236_consumer_group_events';
import * as migration_20261203_133411_schema_verdicts_references from './20261203_133411_schema_verdicts_references';
import * as migration_20261203_133427_topic_sync from './20261203_133427_topic_sync';
import * as migration_20261203_134037_sync_run_abandoned from './20261203_134037_sync_run_abandoned';
import * as migration_20261203_134850_drop_payload_login_lockout from './20261203_134850_drop_payload_login_lockout';
import * as migration_20261203_140116_registry_metadata from './20261203_140116_registry_metadata';
import * as migration_20261203_145805_merged_snapshot from './20261203_145805_merged_snapshot';
import * as migration_20261203_163350_sync_staging from './20261203_163350_sync_staging';
import * as migration_20261203_163606_alert_channels from './20261203_163606_alert_channels';
import * as migration_20261203_163609_share_verdict_rules from './20261203_163609_share_verdict_rules';
import * as migration_20261203_163757_metrics_snapshots from './20261203_163757_metrics_snapshots';
import * as migration_20261203_164214_group_lag_rows from './20261203_164214_group_lag_rows';
import * as migration_20261203_165429_sso_identity from './20261203_165429_sso_identity';
import * as migration_20261203_173020_alerting_rules_states_events from './20261203_173020_alerting_rules_states_events';
import * as migration_20261203_181836_merged_snapshot from './20261203_181836_merged_snapshot';
import * as migration_20261204_141921_packed_lag_history from './20261204_141921_packed_lag_history';
import * as migration_20261204_142034_api_keys from './20261204_142034_api_keys';

export const migrations = [
  {
    up: migration_20261127_134222_initial.up,
    down: migration_20261127_134222_initial.down,
    name: '20261127_134222_initial',
  },
  {
    up: migration_20261127_135635_sync_runs_and_leases.up,
    down: migration_20261127_135635_sync_runs_and_leases.down,
    name: '20261127_135635_sync_runs_and_leases',
  },
  {
    up: migration_20261127_153301_partition_offsets.up,
    down: migration_20261127_153301_partition_offsets.down,
    name: '20261127_153301_partition_offsets',
  },
  {
    up: migration_20261127_162144_group_time_to_clear.up,
    down: migration_20261127_162144_group_time_to_clear.down,
    name: '20261127_162144_group_time_to_clear',
  },
  {
    up: migration_20261127_175854_history_cluster_tier_index.up,
    down: migration_20261127_175854_history_cluster_tier_index.down,
    name: '20261127_175854_history_cluster_tier_index',
  },
  {
    up: migration_20261127_192048_group_lag_trend.up,
    down: migration_20261127_192048_group_lag_trend.down,
    name: '20261127_192048_group_lag_trend',
  },
  {
    up: migration_20261127_192909_group_scope_counts_index.up,
    down: migration_20261127_192909_group_scope_counts_index.down,
    name: '20261127_192909_group_scope_counts_index',
  },
  {
    up: migration_20261127_194850_schema_search_index.up,
    down: migration_20261127_194850_schema_search_index.down,
    name: '20261127_194850_schema_search_index',
  },
  {
    up: migration_20261203_110430_history_null_lag_without_commit.up,
    down: migration_20261203_110430_history_null_lag_without_commit.down,
    name: '20261203_110430_history_null_lag_without_commit',
  },
  {
    up: migration_20261203_112538_drop_unproduced_statuses.up,
    down: migration_20261203_112538_drop_unproduced_statuses.down,
    name: '20261203_112538_drop_unproduced_statuses',
  },
  {
    up: migration_20261203_122140_consumer_group_verdict.up,
    down: migration_20261203_122140_consumer_group_verdict.down,
    name: '20261203_122140_consumer_group_verdict',
  },
  {
    up: migration_20261203_133236_consumer_group_events.up,
    down: migration_20261203_133236_consumer_group_events.down,
    name: '20261203_133236_consumer_group_events',
  },
  {
    up: migration_20261203_133411_schema_verdicts_references.up,
    down: migration_20261203_133411_schema_verdicts_references.down,
    name: '20261203_133411_schema_verdicts_references',
  },
  {
    up: migration_20261203_133427_topic_sync.up,
    down: migration_20261203_133427_topic_sync.down,
    name: '20261203_133427_topic_sync',
  },
  {
    up: migration_20261203_134037_sync_run_abandoned.up,
    down: migration_20261203_134037_sync_run_abandoned.down,
    name: '20261203_134037_sync_run_abandoned',
  },
  {
    up: migration_20261203_134850_drop_payload_login_lockout.up,
    down: migration_20261203_134850_drop_payload_login_lockout.down,
    name: '20261203_134850_drop_payload_login_lockout',
  },
  {
    up: migration_20261203_140116_registry_metadata.up,
    down: migration_20261203_140116_registry_metadata.down,
    name: '20261203_140116_registry_metadata',
  },
  {
    up: migration_20261203_145805_merged_snapshot.up,
    down: migration_20261203_145805_merged_snapshot.down,
    name: '20261203_145805_merged_snapshot',
  },
  {
    up: migration_20261203_163350_sync_staging.up,
    down: migration_20261203_163350_sync_staging.down,
    name: '20261203_163350_sync_staging',
  },
  {
    up: migration_20261203_163606_alert_channels.up,
    down: migration_20261203_163606_alert_channels.down,
    name: '20261203_163606_alert_channels',
  },
  {
    up: migration_20261203_163609_share_verdict_rules.up,
    down: migration_20261203_163609_share_verdict_rules.down,
    name: '20261203_163609_share_verdict_rules',
  },
  {
    up: migration_20261203_163757_metrics_snapshots.up,
    down: migration_20261203_163757_metrics_snapshots.down,
    name: '20261203_163757_metrics_snapshots',
  },
  {
    up: migration_20261203_164214_group_lag_rows.up,
    down: migration_20261203_164214_group_lag_rows.down,
    name: '20261203_164214_group_lag_rows',
  },
  {
    up: migration_20261203_165429_sso_identity.up,
    down: migration_20261203_165429_sso_identity.down,
    name: '20261203_165429_sso_identity',
  },
  {
    up: migration_20261203_173020_alerting_rules_states_events.up,
    down: migration_20261203_173020_alerting_rules_states_events.down,
    name: '20261203_173020_alerting_rules_states_events',
  },
  {
    up: migration_20261203_181836_merged_snapshot.up,
    down: migration_20261203_181836_merged_snapshot.down,
    name: '20261203_181836_merged_snapshot',
  },
  {
    up: migration_20261204_141921_packed_lag_history.up,
    down: migration_20261204_141921_packed_lag_history.down,
    name: '20261204_141921_packed_lag_history',
  },
  {
    up: migration_20261204_142034_api_keys.up,
    down: migration_20261204_142034_api_keys.down,
    name: '20261204_142034_api_keys',
  },
];
