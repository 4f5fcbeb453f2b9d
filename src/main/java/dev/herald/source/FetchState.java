package dev.herald.source;

/** What the last successful fetch of a source answered, for conditional GET. Either may be null. */
public record FetchState(String etag, String lastModified) {

  public static final FetchState NONE = new FetchState(null, null);
}
