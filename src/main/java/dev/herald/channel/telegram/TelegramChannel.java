package dev.herald.channel.telegram;

import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.i18n.Strings;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Posts to a Telegram chat or channel: the card as a photo with an HTML caption, or — with no card
 * or a text too long for a caption — a message whose link preview shows the article's own image.
 */
final class TelegramChannel implements Channel {

  private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
  private static final TelegramTextRules CAPTION = TelegramTextRules.caption();
  private static final TelegramTextRules MESSAGE = TelegramTextRules.message();

  private final String id;
  private final TelegramSettings settings;
  private final TelegramClient client;
  private final TelegramErrors errors;
  private final String outletName;

  TelegramChannel(String id, TelegramSettings settings, TelegramClient client, String outletName) {
    this.id = id;
    this.settings = settings;
    this.client = client;
    this.errors = new TelegramErrors(settings.botToken());
    this.outletName = outletName == null ? "" : outletName.strip();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    var length = MESSAGE.length(post.text());
    if (length > TelegramTextRules.MESSAGE_MAX)
      throw PublishException.permanent("post is " + length + " characters, Telegram allows " + TelegramTextRules.MESSAGE_MAX);
    try {
      return send(post, settings.chatId());
    } catch (TelegramApiRequestException e) {
      var migrated = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
      if (migrated == null) throw errors.classifySend(e);
      log.warn("channel {}: Telegram moved chat {} to {}; sending there now. Update chatId to \"{}\" in the config.",
          id, settings.chatId(), migrated, migrated);
      return resend(post, migrated.toString());
    } catch (TelegramApiException e) {
      throw errors.classifySend(e);
    }
  }

  @Override
  public String verify() throws PublishException {
    try {
      var me = client.execute(new GetMe());
      var chat = client.execute(new GetChat(settings.chatId()));
      var title = chat.getTitle() != null ? chat.getTitle() : chat.getUserName() != null ? "@" + chat.getUserName() : chat.getFirstName();
      return "@" + me.getUserName() + " → " + title;
    } catch (TelegramApiException e) {
      throw errors.classify(e);
    }
  }

  private Receipt resend(OutgoingPost post, String chatId) throws PublishException {
    try {
      return send(post, chatId);
    } catch (TelegramApiException e) {
      throw errors.classifySend(e);
    }
  }

  private Receipt send(OutgoingPost post, String chatId) throws TelegramApiException {
    var asPhoto = post.card() != null && CAPTION.fits(post.text());
    Message sent = asPhoto ? client.execute(photo(post, chatId)) : client.execute(message(post, chatId));
    return new Receipt(Integer.toString(sent.getMessageId()), settings.messageUrl(chatId, sent.getMessageId()));
  }

  private SendPhoto photo(OutgoingPost post, String chatId) {
    var card = post.card();
    var photo = SendPhoto.builder()
        .chatId(chatId)
        .photo(new InputFile(new ByteArrayInputStream(card.bytes()), "card." + card.extension()))
        .caption(post.text())
        .parseMode("HTML")
        .replyMarkup(button(post))
        .build();
    if (settings.silent()) photo.disableNotification();
    return photo;
  }

  private SendMessage message(OutgoingPost post, String chatId) {
    var message = SendMessage.builder()
        .chatId(chatId)
        .text(post.text())
        .parseMode("HTML")
        .replyMarkup(button(post))
        .build();
    if (post.link() != null)
      message.setLinkPreviewOptions(LinkPreviewOptions.builder()
          .urlField(post.link()).preferLargeMedia(true).showAboveText(true).build());
    if (settings.silent()) message.disableNotification();
    return message;
  }

  /** "Read on Jaano Junction", "Jaano Junction पर पढ़ें": in the article's language. */
  private String buttonLabel(String language) {
    var strings = Strings.of(language);
    return outletName.isEmpty() ? strings.get(Strings.READ_MORE) : strings.get(Strings.READ_ON, outletName);
  }

  private InlineKeyboardMarkup button(OutgoingPost post) {
    if (!settings.button() || post.link() == null) return null;
    var button = InlineKeyboardButton.builder().text(buttonLabel(post.language())).url(post.link()).build();
    return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(button)));
  }
}
