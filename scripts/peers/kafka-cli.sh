#!/usr/bin/env bash
# Runs one of Kafka's own CLI tools with the cached Kafka jars, e.g.
#   scripts/peers/kafka-cli.sh ConsumerGroupCommand --bootstrap-server 127.0.0.1:19092 --describe --all-groups
#   scripts/peers/kafka-cli.sh TopicCommand --bootstrap-server 127.0.0.1:19092 --list
# TOOL is a short name below or a fully qualified class name.
set -euo pipefail
PEER_NAME=kafka-cli
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -ge 1 ] || die "usage: kafka-cli.sh TOOL [ARGS...]  (TOOL: ConsumerGroupCommand, ShareGroupCommand, TopicCommand, ClusterTool, FeatureCommand, ConfigCommand, MetadataQuorumCommand, GetOffsetShell, ConsoleProducer, ConsoleConsumer, StorageTool, or a class name)"
tool="$1"; shift
case "$tool" in
  ConsumerGroupCommand | ShareGroupCommand) class="org.apache.kafka.tools.consumer.group.$tool" ;;
  ConsoleConsumer) class="org.apache.kafka.tools.consumer.ConsoleConsumer" ;;
  ConfigCommand) class="kafka.admin.ConfigCommand" ;;
  StorageTool) class="kafka.tools.StorageTool" ;;
  *.*) class="$tool" ;;
  *) class="org.apache.kafka.tools.$tool" ;;
esac
java="$(find_java 17)" || die "Kafka's tools need Java 17+. Install it: apt-get install -y openjdk-17-jre-headless"
libdir="$(bash "$PEERS_SCRIPT_DIR/kafka.sh" libs)"
# Small heap, C1 only: these tools run for a second or two.
exec "$java" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
  -Dlog4j2.configurationFile="$PEERS_SCRIPT_DIR/conf/kafka-tools-log4j2.properties" \
  -cp "$libdir/*" "$class" "$@"
