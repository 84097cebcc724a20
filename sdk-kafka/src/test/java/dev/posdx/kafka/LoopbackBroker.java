package dev.posdx.kafka;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.Exit;

/**
 * A real single-node KRaft broker in the test JVM, bound to 127.0.0.1 only (the recipe in the
 * workbench's kafka-broker-test note: KafkaRaftServer from kafka_2.13, replication factors of 1).
 */
final class LoopbackBroker implements AutoCloseable {

  private final KafkaRaftServer server;
  final String bootstrap;

  private LoopbackBroker(KafkaRaftServer server, String bootstrap) {
    this.server = server;
    this.bootstrap = bootstrap;
  }

  static LoopbackBroker start(Path dir) throws Exception {
    // A fatal broker error calls Exit.halt: make it a test error instead of killing the fork.
    Exit.setExitProcedure((code, msg) -> { throw new IllegalStateException("exit " + code + ": " + msg); });
    Exit.setHaltProcedure((code, msg) -> { throw new IllegalStateException("halt " + code + ": " + msg); });
    int port = freePort();
    int controller = freePort();
    String bootstrap = "127.0.0.1:" + port;
    Properties p = new Properties();
    p.putAll(Map.of(
        "process.roles", "broker,controller", "node.id", "1",
        "controller.quorum.voters", "1@127.0.0.1:" + controller, "controller.listener.names", "CONTROLLER",
        "listeners", "PLAINTEXT://" + bootstrap + ",CONTROLLER://127.0.0.1:" + controller,
        "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs", dir.resolve("kafka-logs").toString(), "group.initial.rebalance.delay.ms", "0"));
    p.putAll(Map.of(
        "offsets.topic.replication.factor", "1", "transaction.state.log.replication.factor", "1",
        "transaction.state.log.min.isr", "1", "share.coordinator.state.topic.replication.factor", "1"));
    Files.createDirectories(dir);
    Path config = dir.resolve("server.properties");
    try (var w = Files.newBufferedWriter(config)) {
      p.store(w, null);
    }
    int formatted = StorageTool.execute(
        new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
        new PrintStream(PrintStream.nullOutputStream()));
    if (formatted != 0) {
      throw new IllegalStateException("formatting the broker's storage failed: " + formatted);
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p), Time.SYSTEM);
    server.startup();
    return new LoopbackBroker(server, bootstrap);
  }

  void createTopics(List<NewTopic> topics) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(topics).all().get(30, SECONDS);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
