import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Prints, for every tzdb zone and each of its states from 1970 to 2037 (standard or daylight saving
 * time, and the offset in seconds), the short name (pattern {@code zzz}, English) this JDK gives it:
 * {@code zone<TAB>S|D<TAB>seconds<TAB>name}.
 * Run it on every supported JDK ({@code java ZoneAbbreviationDump.java > jdk17.tsv}); the lines all
 * JDKs agree on, where the name is letters, make {@code zone-abbreviations.properties}
 * ({@code ZoneAbbreviationMerge.java}). The JDK names a zone by its id and daylight flag only, never
 * by date; keying the table by offset too keeps a name from being used at an offset it never had
 * (MSK for Moscow's local mean time of 1880, +02:30:17).
 */
public class ZoneAbbreviationDump {
  public static void main(String[] args) {
    DateTimeFormatter zzz = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    Instant from = Instant.parse("1970-01-01T00:00:00Z");
    Instant to = Instant.parse("2038-01-01T00:00:00Z");
    TreeMap<String, String> lines = new TreeMap<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      ZoneId zone = ZoneId.of(id);
      ZoneRules rules = zone.getRules();
      TreeSet<Instant> instants = new TreeSet<>();
      instants.add(from);
      instants.add(to);
      ZoneOffsetTransition t = rules.nextTransition(from);
      while (t != null && t.getInstant().isBefore(to)) {
        instants.add(t.getInstant());
        t = rules.nextTransition(t.getInstant());
      }
      for (Instant instant : instants) {
        String state = (rules.isDaylightSavings(instant) ? "D" : "S") + "\t" + rules.getOffset(instant).getTotalSeconds();
        lines.putIfAbsent(id + "\t" + state, zzz.format(ZonedDateTime.ofInstant(instant, zone)));
      }
    }
    lines.forEach((k, v) -> System.out.println(k + "\t" + v));
  }
}
