package dev.herald.channel;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The one shared OkHttp client: every platform client derives its own from it with {@code newBuilder()}. */
public final class HttpClients {

  public static final String USER_AGENT = "Herald/0.1 (+https://github.com/herald-news/herald)";

  private HttpClients() {}

  public static OkHttpClient shared() {
    return Holder.CLIENT;
  }

  private static final class Holder {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(60))
            // A request that names itself (the fetcher, with the outlet's contact URL) keeps its own.
            .addInterceptor(chain -> chain.proceed(chain.request().header("User-Agent") != null ? chain.request()
                : chain.request().newBuilder().header("User-Agent", USER_AGENT).build()))
            .build();
  }
}
