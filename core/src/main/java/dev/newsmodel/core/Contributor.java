package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation who made an article, with a role: {@code Ilham Ismail, correspondent}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Contributor reporter = Contributor.builder()
 *     .name("Ilham Ismail")
 *     .role(Contributor.Role.CORRESPONDENT)     // default: AUTHOR
 *     .kind(Contributor.Kind.PERSON)            // default: PERSON
 *     .jobTitle("Correspondent in Baku")
 *     .affiliation("Caucasian Knot")
 *     .url(URI.create("https://www.eng.kavkaz-uzel.eu/authors/ilham-ismail"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contributor implements WithContributor {
  Contributor() {}

  /** Whether a contributor is a person or an organisation. */
  public enum Kind {
    /** A person, such as a reporter. */
    PERSON,
    /** An organisation, such as a news agency. */
    ORGANIZATION
  }

  /** What a contributor did for the article. */
  public enum Role {
    /** Wrote the article. */
    AUTHOR,
    /** Reported from the place. */
    CORRESPONDENT,
    /** Took the photographs. */
    PHOTOGRAPHER,
    /** Made illustrations or graphics. */
    ILLUSTRATOR,
    /** Edited the article. */
    EDITOR,
    /** Translated the article from another language. */
    TRANSLATOR,
    /** Contributed in another way, such as additional reporting. */
    CONTRIBUTOR
  }

  /**
   * Returns the contributor's name as printed, one line.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns whether the contributor is a person or an organisation; {@link Kind#PERSON} by default.
   *
   * @return the kind, not null
   */
  @Value.Default
  public Kind kind() {
    return Kind.PERSON;
  }

  /**
   * Returns what the contributor did; {@link Role#AUTHOR} by default.
   *
   * @return the role, not null
   */
  @Value.Default
  public Role role() {
    return Role.AUTHOR;
  }

  /**
   * Returns the contributor's job title, such as {@code Moscow correspondent}.
   *
   * @return the job title, not null
   */
  public abstract Optional<String> jobTitle();

  /**
   * Returns the organisation the contributor works for, such as {@code Caucasian Knot}.
   *
   * @return the affiliation, not null
   */
  public abstract Optional<String> affiliation();

  /**
   * Returns the contributor's profile page.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> url();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a person with a role.
   *
   * @param name the name, not blank, not null
   * @param role the role, not null
   * @return the contributor, not null
   * @throws InvalidValueException if the name is blank
   */
  public static Contributor of(String name, Role role) {
    return builder().name(name).role(role).build();
  }

  @Value.Check
  void check() {
    Checks.line("contributor.name", name());
    Checks.line("contributor.jobTitle", jobTitle());
    Checks.line("contributor.affiliation", affiliation());
    Checks.webUrl("contributor.url", url());
  }

  /** Builds a {@link Contributor}; obtained from {@link Contributor#builder()}. */
  public static final class Builder extends ImmutableContributor.Builder {
    Builder() {}
  }
}
