import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A real KIP-932 share consumer for the integration tests (tests/helpers/kafka-java-clients.ts):
 *   java -cp '<kafka jars>/*' ShareConsumerApp.java BOOTSTRAP GROUP TOPIC CLIENT_ID ACCEPT
 * Sets the group's share.auto.offset.reset to earliest, subscribes, accepts the first ACCEPT records
 * it is given and releases the rest (explicit acknowledgement), then stops polling and stays in the
 * group (heartbeats run on the client's background thread) until it is killed. Prints "ACCEPTED n"
 * once n = ACCEPT records are acknowledged. ACCEPT "all": accepts every record and keeps polling
 * until killed, printing "ACCEPTED n" once after the first records are acknowledged.
 */
public class ShareConsumerApp {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0], group = args[1], topic = args[2], clientId = args[3];
    boolean forever = args[4].equals("all");
    int accept = forever ? Integer.MAX_VALUE : Integer.parseInt(args[4]);

    Properties adminProps = new Properties();
    adminProps.put("bootstrap.servers", bootstrap);
    try (Admin admin = Admin.create(adminProps)) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.GROUP, group);
      AlterConfigOp earliest = new AlterConfigOp(new ConfigEntry("share.auto.offset.reset", "earliest"), AlterConfigOp.OpType.SET);
      admin.incrementalAlterConfigs(Map.of(resource, List.of(earliest))).all().get();
    }

    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrap);
    props.put("group.id", group);
    props.put("client.id", clientId);
    props.put("share.acknowledgement.mode", "explicit");
    props.put("key.deserializer", StringDeserializer.class.getName());
    props.put("value.deserializer", StringDeserializer.class.getName());
    KafkaShareConsumer<String, String> consumer = new KafkaShareConsumer<>(props);
    CountDownLatch closed = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      consumer.wakeup(); // ends a poll in progress
      main.interrupt(); // ends the sleep after it
      try { closed.await(); } catch (InterruptedException ignored) { }
    }));
    try {
      consumer.subscribe(List.of(topic));
      int accepted = 0;
      boolean announced = false;
      while (accepted < accept) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          boolean take = accepted < accept;
          consumer.acknowledge(record, take ? AcknowledgeType.ACCEPT : AcknowledgeType.RELEASE);
          if (take) accepted++;
        }
        consumer.commitSync();
        if (forever && accepted > 0 && !announced) {
          System.out.println("ACCEPTED " + accepted);
          System.out.flush();
          announced = true;
        }
      }
      System.out.println("ACCEPTED " + accepted);
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    } catch (WakeupException | InterruptException | InterruptedException stop) {
      Thread.interrupted(); // shutting down: close cleanly, leaving the group
    } finally {
      consumer.close();
      closed.countDown();
    }
  }
}
