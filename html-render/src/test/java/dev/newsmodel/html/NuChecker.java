package dev.newsmodel.html;

import java.io.IOException;
import java.io.StringReader;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (vnu) as a library: one instance, set up once with its bundled HTML5 +
 * RDFa Lite schema (no network: any attempt fails the test), reused by every test that checks HTML. Not thread-safe; tests call
 * it one at a time.
 */
final class NuChecker {
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";
  private static NuChecker instance;

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private NuChecker() throws Exception {
    // Offline by construction: should the checker ever try to reach the network, the test fails.
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        throw new IllegalStateException("The Nu checker tried to reach " + uri + "; its tests must run offline");
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // select() never returns a proxy, so no connection through one can fail.
      }
    });
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(SCHEMA, collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  static synchronized NuChecker get() {
    if (instance == null) {
      try {
        instance = new NuChecker();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot set up the Nu HTML Checker", e);
      }
    }
    return instance;
  }

  /** Checks a complete document and returns its errors, each with line and column; warnings are ignored. */
  synchronized List<String> errors(String document) {
    collector.errors.clear();
    InputSource source = new InputSource(new StringReader(document));
    source.setEncoding("UTF-8");
    source.setSystemId("urn:newsmodel:test");
    try {
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      collector.errors.add("checker failed: " + e);
    }
    return new ArrayList<>(collector.errors);
  }

  /** Checks a fragment inside a minimal page of the given language. */
  List<String> fragmentErrors(String fragment, String language) {
    return errors("<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Fragment</title>\n</head>\n<body>\n" + fragment + "</body>\n</html>\n");
  }

  private static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      // Warnings (such as the language detector's guesses) are advice, not validity.
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
    }
  }
}
