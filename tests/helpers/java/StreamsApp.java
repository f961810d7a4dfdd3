import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A real Kafka Streams application on the KIP-1071 streams rebalance protocol, for the integration
 * tests (tests/helpers/kafka-java-clients.ts):
 *   java -cp '<kafka jars>/*' StreamsApp.java BOOTSTRAP APPLICATION_ID INPUT OUTPUT STATE_DIR EXPECTED
 * Counts the input's values by value: two subtopologies (read and re-key; count from the repartition
 * topic, with a changelog). Prints "PROCESSED n" once EXPECTED input records went through and a
 * commit followed; a SIGTERM closes it, which leaves the group.
 */
public class StreamsApp {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0], applicationId = args[1], input = args[2], output = args[3], stateDir = args[4];
    long expected = Long.parseLong(args[5]);

    StreamsBuilder builder = new StreamsBuilder();
    AtomicLong seen = new AtomicLong();
    builder.<String, String>stream(input)
        .peek((k, v) -> seen.incrementAndGet())
        .map((k, v) -> KeyValue.pair(v, v))
        .groupByKey()
        .count()
        .toStream()
        .to(output, Produced.with(Serdes.String(), Serdes.Long()));

    Properties props = new Properties();
    props.put("application.id", applicationId);
    props.put("bootstrap.servers", bootstrap);
    props.put("group.protocol", "streams");
    props.put("state.dir", stateDir);
    props.put("commit.interval.ms", "500");
    props.put("default.key.serde", Serdes.StringSerde.class.getName());
    props.put("default.value.serde", Serdes.StringSerde.class.getName());
    props.put("consumer.auto.offset.reset", "earliest");

    KafkaStreams streams = new KafkaStreams(builder.build(), props);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      closed.countDown();
    }));
    streams.start();
    while (seen.get() < expected) Thread.sleep(100);
    Thread.sleep(2_000); // a few commit intervals, so the input offsets are committed
    System.out.println("PROCESSED " + seen.get());
    System.out.flush();
    closed.await();
  }
}
