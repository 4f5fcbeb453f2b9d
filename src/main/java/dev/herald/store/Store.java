package dev.herald.store;

/**
 * One repository per table over an open {@link Database}. Cheap to build, safe to share between
 * threads; closing the database is the caller's job.
 */
public final class Store {

  private final Database db;
  private final ArticleStore articles;
  private final PostStore posts;
  private final SourceStateStore sources;
  private final ChannelStateStore channels;
  private final CardStore cards;
  private final PublicCardStore publicCards;
  private final InDoubtPosts inDoubt;
  private final ChannelSecretStore channelSecrets;
  private final ChannelHoldStore holds;
  private final NodeStore nodes;
  private final ChannelTurnStore turns;
  private final SubscriptionStore subscriptions;
  private final AuditStore audit;
  private final ApprovalDraftStore drafts;

  public Store(Database db) {
    this.db = db;
    this.articles = new ArticleStore(db);
    this.posts = new PostStore(db);
    this.sources = new SourceStateStore(db);
    this.channels = new ChannelStateStore(db);
    this.cards = new CardStore(db);
    this.publicCards = new PublicCardStore(db);
    this.inDoubt = new InDoubtPosts(db, posts);
    this.channelSecrets = new ChannelSecretStore(db);
    this.holds = new ChannelHoldStore(db);
    this.nodes = new NodeStore(db);
    this.turns = new ChannelTurnStore(db);
    this.subscriptions = new SubscriptionStore(db);
    this.audit = new AuditStore(db);
    this.drafts = new ApprovalDraftStore(db);
  }

  public Database database() {
    return db;
  }

  public SubscriptionStore subscriptions() {
    return subscriptions;
  }

  public ArticleStore articles() {
    return articles;
  }

  public PostStore posts() {
    return posts;
  }

  public SourceStateStore sources() {
    return sources;
  }

  public ChannelStateStore channels() {
    return channels;
  }

  public PublicCardStore publicCards() {
    return publicCards;
  }

  public CardStore cards() {
    return cards;
  }

  public InDoubtPosts inDoubt() {
    return inDoubt;
  }

  /** Per-channel state kept across restarts (sessions, refreshed tokens, credential expiry). */
  public ChannelSecretStore channelSecrets() {
    return channelSecrets;
  }

  /** Channels held after a lost answer, until a probe answers. */
  public ChannelHoldStore holds() {
    return holds;
  }

  /** Live nodes' heartbeats. */
  public NodeStore nodes() {
    return nodes;
  }

  /** Which node publishes each channel right now (cluster only). */
  public ChannelTurnStore turns() {
    return turns;
  }

  /** Every operator action, who did it and what changed. */
  public AuditStore audit() {
    return audit;
  }

  /** Drafts sent to Telegram approvers. */
  public ApprovalDraftStore drafts() {
    return drafts;
  }
}
