package dev.herald.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Herald's Quartz jobs: thin adapters from a trigger to {@link Work}. */
final class HeraldJobs {

  private static final Logger log = LoggerFactory.getLogger(HeraldJobs.class);
  static final String KEY = "id";

  private HeraldJobs() {}

  private abstract static class WorkJob implements Job {
    final Work work;

    WorkJob(Work work) {
      this.work = work;
    }

    @Override
    public final void execute(JobExecutionContext context) {
      String id = context.getMergedJobDataMap().getString(KEY);
      try {
        run(id, context);
      } catch (RuntimeException e) {
        // Quartz would only log it less clearly; the next trigger tries again.
        log.error("{} {} failed: {}", getClass().getSimpleName(), id, e.toString(), e);
      }
    }

    abstract void run(String id, JobExecutionContext context);
  }

  @DisallowConcurrentExecution
  static final class PollJob extends WorkJob {
    PollJob(Work work) {
      super(work);
    }

    @Override
    void run(String sourceId, JobExecutionContext context) {
      if (work.poll(sourceId)) publishNow(context);
    }

    /** New posts should not wait for the next publish tick: tell the publish jobs now (on every node, in a cluster). */
    private static void publishNow(JobExecutionContext context) {
      try {
        ((Runnable) context.getScheduler().getContext().get(QuartzDaemon.ANNOUNCE)).run();
      } catch (SchedulerException | RuntimeException e) {
        log.warn("Could not start publishing right away ({}); the next publish tick will", e.getMessage());
      }
    }
  }

  @DisallowConcurrentExecution
  static final class PublishJob extends WorkJob {
    PublishJob(Work work) {
      super(work);
    }

    @Override
    void run(String channelId, JobExecutionContext context) {
      work.publish(channelId);
    }
  }

  @DisallowConcurrentExecution
  static final class SubscriptionJob extends WorkJob {
    SubscriptionJob(Work work) {
      super(work);
    }

    @Override
    void run(String ignored, JobExecutionContext context) {
      work.maintainSubscriptions();
    }
  }

  @DisallowConcurrentExecution
  static final class RecoveryJob extends WorkJob {
    RecoveryJob(Work work) {
      super(work);
    }

    @Override
    void run(String ignored, JobExecutionContext context) {
      work.recover();
    }
  }
}
