package dev.herald.source;

import java.io.IOException;

/**
 * A place articles come from. {@link #poll} is called by the scheduler on the source's interval,
 * never concurrently for one source; it returns the items the feed lists now (newest first),
 * or {@link PollResult#notModified(FetchState)} when a conditional GET says nothing changed.
 */
public interface Source {

  String id();

  PollResult poll(FetchState previous) throws IOException, FeedException;
}
