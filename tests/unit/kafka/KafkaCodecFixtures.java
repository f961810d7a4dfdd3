// Writes the hex fixtures of tests/unit/kafka/share-streams-codecs.test.ts with Kafka's own message classes:
//   java -cp "$(bash scripts/peers/kafka.sh libs)/*" tests/unit/kafka/KafkaCodecFixtures.java
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.message.*;
import org.apache.kafka.common.protocol.*;

public class KafkaCodecFixtures {
  static String hex(Message m, short v) {
    ObjectSerializationCache cache = new ObjectSerializationCache();
    int size = m.size(cache, v);
    ByteBufferAccessor acc = new ByteBufferAccessor(ByteBuffer.allocate(size));
    m.write(acc, cache, v);
    return HexFormat.of().formatHex(acc.buffer().array());
  }
  public static void main(String[] a) {
    Uuid topicId = new Uuid(0x0123456789abcdefL, 0x0fedcba987654321L);
    var share = new ShareGroupDescribeResponseData().setThrottleTimeMs(0).setGroups(List.of(
      new ShareGroupDescribeResponseData.DescribedGroup().setGroupId("jobs").setGroupState("Stable").setGroupEpoch(3).setAssignmentEpoch(3).setAssignorName("simple")
        .setMembers(List.of(new ShareGroupDescribeResponseData.Member().setMemberId("m-1").setRackId("rack-a").setMemberEpoch(3).setClientId("worker-1").setClientHost("/10.0.0.1")
          .setSubscribedTopicNames(List.of("orders", "audit"))
          .setAssignment(new ShareGroupDescribeResponseData.Assignment().setTopicPartitions(List.of(
            new ShareGroupDescribeResponseData.TopicPartitions().setTopicId(topicId).setTopicName("orders").setPartitions(List.of(2, 0)))))))
        .setAuthorizedOperations(Integer.MIN_VALUE),
      new ShareGroupDescribeResponseData.DescribedGroup().setErrorCode((short) 69).setErrorMessage("Group gone not found").setGroupId("gone").setGroupState("").setAssignorName("")));
    System.out.println("share_v1=" + hex(share, (short) 1));

    var task = (java.util.function.BiFunction<String, List<Integer>, StreamsGroupDescribeResponseData.TaskIds>) (s, p) -> new StreamsGroupDescribeResponseData.TaskIds().setSubtopologyId(s).setPartitions(p);
    var streams = new StreamsGroupDescribeResponseData().setGroups(List.of(
      new StreamsGroupDescribeResponseData.DescribedGroup().setGroupId("counts").setGroupState("Stable").setGroupEpoch(5).setAssignmentEpoch(5)
        .setTopology(new StreamsGroupDescribeResponseData.Topology().setEpoch(0).setSubtopologies(List.of(
          new StreamsGroupDescribeResponseData.Subtopology().setSubtopologyId("0").setSourceTopics(List.of("in")).setRepartitionSinkTopics(List.of("counts-rep"))
            .setStateChangelogTopics(List.of()).setRepartitionSourceTopics(List.of()),
          new StreamsGroupDescribeResponseData.Subtopology().setSubtopologyId("1").setSourceTopics(List.of()).setRepartitionSinkTopics(List.of())
            .setStateChangelogTopics(List.of(new StreamsGroupDescribeResponseData.TopicInfo().setName("counts-changelog").setPartitions(0).setReplicationFactor((short) 1)
              .setTopicConfigs(List.of(new StreamsGroupDescribeResponseData.KeyValue().setKey("cleanup.policy").setValue("compact")))))
            .setRepartitionSourceTopics(List.of(new StreamsGroupDescribeResponseData.TopicInfo().setName("counts-rep").setPartitions(2).setReplicationFactor((short) 1))))))
        .setMembers(List.of(new StreamsGroupDescribeResponseData.Member().setMemberId("m-1").setMemberEpoch(5).setInstanceId("static-1").setRackId(null)
          .setClientId("counts-1").setClientHost("/10.0.0.2").setTopologyEpoch(0).setProcessId("p-1")
          .setUserEndpoint(new StreamsGroupDescribeResponseData.Endpoint().setHost("counts-1.local").setPort(8080))
          .setClientTags(List.of(new StreamsGroupDescribeResponseData.KeyValue().setKey("zone").setValue("a")))
          .setTaskOffsets(List.of(new StreamsGroupDescribeResponseData.TaskOffset().setSubtopologyId("1").setPartition(0).setOffset(42L)))
          .setTaskEndOffsets(List.of())
          .setAssignment(new StreamsGroupDescribeResponseData.Assignment().setActiveTasks(List.of(task.apply("0", List.of(1, 0)), task.apply("1", List.of(0))))
            .setStandbyTasks(List.of(task.apply("1", List.of(1)))).setWarmupTasks(List.of()))
          .setTargetAssignment(new StreamsGroupDescribeResponseData.Assignment().setActiveTasks(List.of()).setStandbyTasks(List.of()).setWarmupTasks(List.of()))
          .setIsClassic(false)))
        .setAuthorizedOperations(Integer.MIN_VALUE),
      new StreamsGroupDescribeResponseData.DescribedGroup().setGroupId("fresh").setGroupState("NotReady").setTopology(null).setMembers(List.of())));
    System.out.println("streams_v0=" + hex(streams, (short) 0));

    var offsets = new DescribeShareGroupOffsetsResponseData().setGroups(List.of(
      new DescribeShareGroupOffsetsResponseData.DescribeShareGroupOffsetsResponseGroup().setGroupId("jobs").setTopics(List.of(
        new DescribeShareGroupOffsetsResponseData.DescribeShareGroupOffsetsResponseTopic().setTopicName("orders").setTopicId(topicId).setPartitions(List.of(
          new DescribeShareGroupOffsetsResponseData.DescribeShareGroupOffsetsResponsePartition().setPartitionIndex(0).setStartOffset(7L).setLeaderEpoch(0).setLag(13L),
          new DescribeShareGroupOffsetsResponseData.DescribeShareGroupOffsetsResponsePartition().setPartitionIndex(1).setStartOffset(-1L).setLeaderEpoch(0).setLag(-1L)))))));
    System.out.println("offsets_v0=" + hex(offsets, (short) 0));
    System.out.println("offsets_v1=" + hex(offsets, (short) 1));

    var sreq = new ShareGroupDescribeRequestData().setGroupIds(List.of("jobs", "gone")).setIncludeAuthorizedOperations(false);
    System.out.println("share_req_v1=" + hex(sreq, (short) 1));
    var streq = new StreamsGroupDescribeRequestData().setGroupIds(List.of("counts")).setIncludeAuthorizedOperations(false);
    System.out.println("streams_req_v0=" + hex(streq, (short) 0));
    var oreq = new DescribeShareGroupOffsetsRequestData().setGroups(List.of(new DescribeShareGroupOffsetsRequestData.DescribeShareGroupOffsetsRequestGroup().setGroupId("jobs").setTopics(null)));
    System.out.println("offsets_req_v1=" + hex(oreq, (short) 1));
  }
}
