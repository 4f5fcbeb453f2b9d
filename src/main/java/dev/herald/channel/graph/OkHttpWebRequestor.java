package dev.herald.channel.graph;

import com.restfb.BinaryAttachment;
import com.restfb.DebugHeaderInfo;
import com.restfb.WebRequestor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * restfb's transport over Herald's shared OkHttp client, so Graph calls share its pool, timeouts and
 * User-Agent, and the access token travels in the {@code Authorization} header rather than in a URL
 * that a log line or an exception could carry.
 */
final class OkHttpWebRequestor implements WebRequestor {

  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=utf-8");
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;

  OkHttpWebRequestor(OkHttpClient http) {
    this.http = http;
  }

  @Override
  public WebRequestor.Response executeGet(WebRequestor.Request request) throws IOException {
    return execute(builder(request, request.getFullUrl()).get().build());
  }

  @Override
  public WebRequestor.Response executePost(WebRequestor.Request request) throws IOException {
    List<BinaryAttachment> attachments = request.getBinaryAttachments();
    if (attachments.isEmpty() && !request.hasBody()) {
      String form = request.getParameters() == null ? "" : request.getParameters();
      return execute(builder(request, request.getUrl()).post(RequestBody.create(form, FORM)).build());
    }
    if (request.hasBody()) {
      return execute(builder(request, request.getFullUrl()).post(RequestBody.create(request.getBody().getData(), JSON)).build());
    }
    // restfb would put the parameters in the query string; a long Devanagari caption belongs in the body.
    var multipart = new MultipartBody.Builder().setType(MultipartBody.FORM);
    var form = HttpUrl.get("http://form.invalid/?" + (request.getParameters() == null ? "" : request.getParameters()));
    for (int i = 0; i < form.querySize(); i++) {
      multipart.addFormDataPart(form.queryParameterName(i), form.queryParameterValue(i) == null ? "" : form.queryParameterValue(i));
    }
    for (BinaryAttachment file : attachments) {
      byte[] bytes;
      try (InputStream in = file.getData()) {
        bytes = in.readAllBytes();
      }
      String field = file.getFieldName() != null ? file.getFieldName() : file.getFilename();
      multipart.addFormDataPart(field, file.getFilename(), RequestBody.create(bytes, MediaType.get(file.getContentType())));
    }
    return execute(builder(request, request.getUrl()).post(multipart.build()).build());
  }

  @Override
  public WebRequestor.Response executeDelete(WebRequestor.Request request) throws IOException {
    return execute(builder(request, request.getFullUrl()).delete().build());
  }

  private static okhttp3.Request.Builder builder(WebRequestor.Request request, String url) {
    var builder = new okhttp3.Request.Builder().url(url);
    if (request.hasHeaderAccessToken()) builder.header("Authorization", "Bearer " + request.getHeaderAccessToken());
    return builder;
  }

  private WebRequestor.Response execute(okhttp3.Request request) throws IOException {
    try (okhttp3.Response response = http.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      return new WebRequestor.Response(response.code(), body);
    }
  }

  /** Herald reads Meta's usage headers nowhere; restfb asks only for debugging. */
  @Override
  public DebugHeaderInfo getDebugHeaderInfo() {
    return null;
  }
}
