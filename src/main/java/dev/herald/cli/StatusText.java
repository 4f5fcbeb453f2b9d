package dev.herald.cli;

import dev.herald.pipeline.StatusReport;
import dev.herald.pipeline.StatusReport.ChannelView;
import dev.herald.pipeline.StatusReport.PostView;
import dev.herald.pipeline.StatusReport.SourceView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status report as a manager reads it in a terminal, times in the outlet's timezone. Every value that
 * came from outside passes through {@link TerminalText#clean}: a feed title cannot colour, move or clear the screen.
 */
final class StatusText {

  private static final Set<String> ATTENTION = Set.of("failed", "in_doubt");
  private final DateTimeFormatter time;

  StatusText(ZoneId zone) {
    this.time = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(zone);
  }

  String render(StatusReport report) {
    var b = new StringBuilder("Herald status at ").append(at(report.generatedAt())).append("\n\nSources\n");
    for (SourceView s : report.sources()) b.append(source(s));
    b.append("\nChannels\n");
    for (ChannelView c : report.channels()) b.append(channel(c));
    List<PostView> attention = report.posts().stream().filter(p -> ATTENTION.contains(p.state())).toList();
    if (!attention.isEmpty()) {
      b.append("\nNeeds attention\n");
      for (PostView p : attention) {
        b.append(post(p)).append("      ").append(p.state().equals("in_doubt")
            ? "check the channel, then `herald resolve " + p.id() + " --posted URL` or `herald retry " + p.id() + "`"
            : "`herald retry " + p.id() + "` or `herald skip " + p.id() + "`").append('\n');
      }
    }
    b.append("\nRecent\n");
    if (report.posts().isEmpty()) b.append("  nothing yet\n");
    for (PostView p : report.posts()) b.append(post(p));
    return b.toString().stripTrailing();
  }

  private String source(SourceView s) {
    String last = s.lastPolledAt() == null ? "never polled" : "polled " + at(s.lastPolledAt())
        + (s.lastError() != null ? " — FAILED: " + TerminalText.clean(s.lastError()) : " — ok");
    return String.format("  %-16s %s%n    %s, %d item(s) seen%s%n", s.id(), TerminalText.clean(s.url()), last, s.itemsSeen(),
        s.enabled() ? "" : " (disabled)");
  }

  private String channel(ChannelView c) {
    String counts = c.counts().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    var b = new StringBuilder(String.format("  %-16s %-9s %s%n", c.id(), c.type(), counts.isEmpty() ? "no posts yet" : counts));
    if (c.paused()) b.append("    PAUSED: ").append(TerminalText.clean(c.pauseReason())).append('\n');
    if (c.credentialWarning() != null) b.append("    WARNING: ").append(TerminalText.clean(c.credentialWarning())).append('\n');
    b.append("    next slot: ").append(c.nextSlot() == null ? "—" : at(c.nextSlot())).append(" (")
        .append(TerminalText.clean(c.nextSlotNote())).append(")\n");
    int shown = 0;
    for (PostView p : c.queue()) {
      if (shown++ == 5) {
        b.append("      … and ").append(c.queue().size() - 5).append(" more queued\n");
        break;
      }
      b.append("      #").append(p.id()).append(' ').append(headline(p)).append('\n');
    }
    return b.toString();
  }

  private String post(PostView p) {
    String where = TerminalText.clean(p.platformUrl() != null ? p.platformUrl() : p.reason() != null ? p.reason() : "");
    return String.format("  #%-5d %-14s %-9s %s%n         %s%n", p.id(), p.channel(), p.state(), headline(p), where);
  }

  private static String headline(PostView p) {
    String h = TerminalText.clean(p.headline() == null ? p.articleUrl() : p.headline());
    return h == null ? "" : h.length() > 90 ? h.substring(0, 89) + "…" : h;
  }

  private String at(Instant instant) {
    return time.format(instant);
  }
}
