package dev.newsmodel.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.json.ArticleJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recipe: a tiny portal on localhost that serves the reference article as a page ({@code /}) and a
 * news list ({@code /news}), rendered per request by one shared renderer. Stop it with Ctrl-C.
 */
public final class PortalServer {
  private PortalServer() {}

  /**
   * Serves on {@code http://127.0.0.1:8080/}, or the port given.
   *
   * @param args a port number, optional
   * @throws IOException if the server cannot start or the article cannot be read
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    Article article = ArticleJson.defaults().read(Path.of("examples/articles/reference-article.json"));
    HtmlRenderer renderer = HtmlRenderer.defaults();
    List<Teaser> news = new ArrayList<>();
    news.add(Teaser.from(article));
    news.addAll(article.related());

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", exchange -> send(exchange, renderer.renderPage(article)));
    server.createContext("/news", exchange -> send(exchange,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>All news</title><style>"
            + renderer.stylesheet() + "</style></head><body>" + renderer.renderNewsList(news) + "</body></html>"));
    server.start();
    System.out.println("Serving http://127.0.0.1:" + port + "/ and /news");
  }

  private static void send(HttpExchange exchange, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
