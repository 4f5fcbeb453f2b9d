package dev.herald.schedule;

import dev.herald.config.SchedulerSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz with its JDBC job store in Herald's own database: one repeating poll job per source, one
 * publish job per channel, and in a cluster a recovery job. Triggers that misfired while Herald was
 * down run once at the next interval rather than in a burst ("next with remaining count").
 *
 * <p>In a cluster the polls and the recovery run once across the nodes (Quartz's clustered store), but
 * every node ticks the publish jobs in its own in-memory scheduler: each node publishes the channels it
 * owns (see {@code ChannelTurns}), so the channels are spread over the nodes instead of going wherever
 * Quartz happens to fire the trigger, and a dead node's channels move on with its heartbeat.
 */
public final class QuartzDaemon implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QuartzDaemon.class);
  static final String GROUP = "herald";
  static final String PUBLISH_PREFIX = "publish-";
  /** The scheduler context's "posts were queued" callback, run by a poll that queued news. */
  static final String ANNOUNCE = "herald.announce";
  private static final String DATA_SOURCE = "herald";

  private final Scheduler scheduler;
  /** Where the publish jobs tick: the JDBC scheduler on one node, this node's own in a cluster. */
  private final Scheduler publishing;
  private final Duration recoveryEvery;

  /** One node: a poll that queued news starts the publish jobs at once. */
  public QuartzDaemon(DataSource dataSource, boolean postgres, SchedulerSettings settings, Work work) {
    this(dataSource, postgres, settings, work, null);
  }

  /**
   * {@code announce} tells every node that posts were queued (in a cluster, whose nodes then call
   * {@link #publishNow()}); null: this node's {@link #publishNow()}.
   */
  public QuartzDaemon(DataSource dataSource, boolean postgres, SchedulerSettings settings, Work work, Runnable announce) {
    this.recoveryEvery = RECOVERY_EVERY;
    DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new Provider(dataSource));
    try {
      scheduler = new StdSchedulerFactory(properties(postgres, settings)).getScheduler();
      scheduler.setJobFactory((bundle, s) -> job(bundle.getJobDetail().getJobClass(), work));
      publishing = settings.clustered() ? new StdSchedulerFactory(localProperties(settings)).getScheduler() : scheduler;
      if (publishing != scheduler) publishing.setJobFactory((bundle, s) -> job(bundle.getJobDetail().getJobClass(), work));
      scheduler.getContext().put(ANNOUNCE, announce != null ? announce : (Runnable) this::publishNow);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz could not start: " + e.getMessage(), e);
    }
  }

  /** This node's publish jobs in memory: they tick on every node, and each publishes only its own channels. */
  static Properties localProperties(SchedulerSettings settings) {
    var p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "herald-publishing");
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(Math.max(2, settings.threads())));
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    return p;
  }

  /** Fires every publish job now (each still one at a time); the next tick follows as planned. */
  public void publishNow() {
    try {
      for (JobKey key : publishing.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        if (key.getName().startsWith(PUBLISH_PREFIX)) publishing.triggerJob(key);
      }
    } catch (SchedulerException e) {
      log.warn("Could not start publishing right away ({}); the next publish tick will", e.getMessage());
    }
  }

  /** With heartbeats dead after 20 s, a recovery pass every 5 s finds a dead node's posts within 25 s. */
  static final Duration RECOVERY_EVERY = Duration.ofSeconds(5);

  static Properties properties(boolean postgres, SchedulerSettings settings) {
    var p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "herald");
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(Math.max(2, settings.threads())));
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(settings.clustered()));
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
    return p;
  }

  private static Job job(Class<? extends Job> type, Work work) {
    if (type == HeraldJobs.PollJob.class) return new HeraldJobs.PollJob(work);
    if (type == HeraldJobs.PublishJob.class) return new HeraldJobs.PublishJob(work);
    if (type == HeraldJobs.SubscriptionJob.class) return new HeraldJobs.SubscriptionJob(work);
    return new HeraldJobs.RecoveryJob(work);
  }

  /** Schedules the given sources (id → interval) and channels, drops jobs no longer configured, and starts. */
  public void start(Map<String, Duration> sources, Set<String> channels, Duration publishEvery, boolean clustered) {
    start(sources, channels, publishEvery, clustered, null);
  }

  /** As above, plus the WebSub lease job every {@code subscriptionsEvery} (null: none). */
  public void start(Map<String, Duration> sources, Set<String> channels, Duration publishEvery, boolean clustered,
      Duration subscriptionsEvery) {
    try {
      var wanted = new HashSet<JobKey>();
      if (subscriptionsEvery != null) {
        wanted.add(schedule(scheduler, HeraldJobs.SubscriptionJob.class, "websub", "", subscriptionsEvery));
      }
      sources.forEach((id, every) -> wanted.add(schedule(scheduler, HeraldJobs.PollJob.class, "poll-" + id, id,
          every.plus(jitter(every)))));
      channels.forEach(id -> wanted.add(schedule(publishing, HeraldJobs.PublishJob.class, PUBLISH_PREFIX + id, id, publishEvery)));
      if (clustered) wanted.add(schedule(scheduler, HeraldJobs.RecoveryJob.class, "recover", "", recoveryEvery));
      // Jobs no longer configured go; in a cluster that includes publish jobs an older version kept in the store.
      for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        if (!wanted.contains(key) || publishing != scheduler && key.getName().startsWith(PUBLISH_PREFIX)) {
          scheduler.deleteJob(key);
        }
      }
      scheduler.start();
      if (publishing != scheduler) publishing.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz could not schedule Herald's jobs: " + e.getMessage(), e);
    }
  }

  /**
   * Sources configured with the same interval would otherwise poll in lockstep for ever: each poll job's
   * interval is lengthened by a random bit, up to a fiftieth of it (at most {@link #MAX_JITTER}), so they
   * drift apart. The first poll still runs at start.
   */
  static Duration jitter(Duration every) {
    long bound = Math.min(every.toMillis() / 50, MAX_JITTER.toMillis());
    return bound <= 0 ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1));
  }

  static final Duration MAX_JITTER = Duration.ofSeconds(10);

  private static JobKey schedule(Scheduler scheduler, Class<? extends Job> type, String name, String id, Duration every) {
    JobDetail job = JobBuilder.newJob(type).withIdentity(name, GROUP).usingJobData(HeraldJobs.KEY, id)
        .storeDurably().requestRecovery(false).build();
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name, GROUP).forJob(job).startNow()
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
    try {
      scheduler.scheduleJob(job, Set.of(trigger), true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule " + name + ": " + e.getMessage(), e);
    }
    return job.getKey();
  }

  /** Stops triggering and waits for running jobs (a post being sent finishes or times out). */
  @Override
  public void close() {
    try {
      if (publishing != scheduler) publishing.shutdown(true);
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz did not stop cleanly: " + e.getMessage(), e);
    }
  }

  /**
   * Stops triggering and waits at most {@code grace} for running jobs; returns false when one was still
   * running (a platform that hangs), which is then left behind: SIGTERM must end within the platform's
   * grace period (Heroku, Kubernetes: 30 s), not after a 30 s read timeout.
   */
  public boolean stop(Duration grace) throws InterruptedException {
    try {
      scheduler.standby();
      publishing.standby();
      long deadline = System.nanoTime() + grace.toNanos();
      while (!idle() && System.nanoTime() < deadline) Thread.sleep(50);
      boolean idle = idle();
      if (publishing != scheduler) publishing.shutdown(false);
      scheduler.shutdown(false);
      return idle;
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz did not stop cleanly: " + e.getMessage(), e);
    }
  }

  private boolean idle() throws SchedulerException {
    return scheduler.getCurrentlyExecutingJobs().isEmpty() && publishing.getCurrentlyExecutingJobs().isEmpty();
  }

  /** Lets Quartz use Herald's pool instead of building its own (it would reach for c3p0). */
  private record Provider(DataSource dataSource) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }
}
