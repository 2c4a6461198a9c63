/**
 * {@code newsmodel-maven-plugin}: the goals {@code validate} and {@code render} for Maven builds, with the
 * engine of the {@code newsmodel} command. Maven runs plugins on the class path; the module is named so
 * that the project's modules are all named alike.
 */
module dev.newsmodel.maven {
  requires dev.newsmodel.cli;
  requires dev.newsmodel.html;
  requires dev.newsmodel.json;
  requires owasp.encoder;
  requires maven.plugin.api;
  // The generated help goal (newsmodel:help) reads its descriptor with the JDK's XML parser.
  requires java.xml;
  requires static maven.plugin.annotations;
  requires static org.jspecify;

  exports dev.newsmodel.maven;
}
