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

/**
 * Quartz with its JDBC job store in Herald's own database: one repeating poll job per source, one
 * publish job per channel, and in a cluster a recovery job. Triggers that misfired while Herald was
 * down run once at the next interval rather than in a burst ("next with remaining count").
 */
public final class QuartzDaemon implements AutoCloseable {

  static final String GROUP = "herald";
  static final String PUBLISH_PREFIX = "publish-";
  private static final String DATA_SOURCE = "herald";

  private final Scheduler scheduler;
  private final Duration recoveryEvery;

  public QuartzDaemon(DataSource dataSource, boolean postgres, SchedulerSettings settings, Work work) {
    this.recoveryEvery = RECOVERY_EVERY;
    DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new Provider(dataSource));
    try {
      var factory = new StdSchedulerFactory(properties(postgres, settings));
      scheduler = factory.getScheduler();
      scheduler.setJobFactory((bundle, s) -> job(bundle.getJobDetail().getJobClass(), work));
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz could not start: " + e.getMessage(), e);
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
      if (subscriptionsEvery != null) wanted.add(schedule(HeraldJobs.SubscriptionJob.class, "websub", "", subscriptionsEvery));
      sources.forEach((id, every) -> wanted.add(schedule(HeraldJobs.PollJob.class, "poll-" + id, id, every.plus(jitter(every)))));
      channels.forEach(id -> wanted.add(schedule(HeraldJobs.PublishJob.class, PUBLISH_PREFIX + id, id, publishEvery)));
      if (clustered) wanted.add(schedule(HeraldJobs.RecoveryJob.class, "recover", "", recoveryEvery));
      for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        if (!wanted.contains(key)) scheduler.deleteJob(key);
      }
      scheduler.start();
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

  private JobKey schedule(Class<? extends Job> type, String name, String id, Duration every) {
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

  /** Runs every channel's publish job now (each still one at a time): something was just queued. */
  public void publishNow() {
    HeraldJobs.publishNow(scheduler);
  }

  /** Stops triggering and waits for running jobs (a post being sent finishes or times out). */
  @Override
  public void close() {
    try {
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
      long deadline = System.nanoTime() + grace.toNanos();
      while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
      boolean idle = scheduler.getCurrentlyExecutingJobs().isEmpty();
      scheduler.shutdown(false);
      return idle;
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz did not stop cleanly: " + e.getMessage(), e);
    }
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
