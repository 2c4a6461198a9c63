package dev.newsmodel.htmlimport.internal;

import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.convert.ConversionCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Walks a parsed HTML tree and writes body blocks by the allowlist; everything else is reported.
 *
 * <p>Elements fall into: blocks the model has ({@code p}, {@code h1}–{@code h6}, lists, {@code
 * blockquote}, {@code figure}, {@code img}); inline elements it has ({@code em}, {@code i}, {@code
 * strong}, {@code b}, {@code a}, {@code br}, {@code span} and {@code q} with {@code lang}); wrappers
 * that carry nothing a reader misses ({@code div}, {@code section}, {@code span} without {@code
 * lang}...), read silently; elements with no counterpart whose text is kept ({@code table}, {@code
 * sub}, {@code code}...), reported; and elements whose content is not text for a reader ({@code
 * script}, {@code style}, {@code iframe}, {@code svg}, form controls...), dropped with their content
 * and reported.
 *
 * <p>One instance converts one input; it is not thread-safe.
 */
public final class FragmentConverter {
  private static final Set<String> SILENT_BLOCKS = Set.of("div", "section", "article", "main", "header",
      "footer", "hgroup", "body", "html", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup",
      "dt", "dd", "legend", "fieldset", "summary", "li");
  private static final Set<String> UNSUPPORTED_BLOCKS = Set.of("table", "aside", "nav", "address", "details",
      "dl", "pre", "form", "menu", "dialog", "center", "search", "listing", "hr", "frameset");
  private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "svg", "canvas",
      "iframe", "object", "embed", "applet", "frame", "noframes", "noembed", "xmp", "plaintext", "textarea",
      "select", "input", "option", "optgroup", "datalist", "audio", "video", "source", "track", "map", "area",
      "link", "meta", "base", "title", "head", "param", "portal", "col", "keygen", "image");
  private static final Set<String> SILENT_INLINE = Set.of("span", "bdi", "bdo", "wbr", "picture", "label",
      "nobr");
  private static final Set<String> BLOCK_NAMES;

  static {
    java.util.HashSet<String> names = new java.util.HashSet<>(SILENT_BLOCKS);
    names.addAll(UNSUPPORTED_BLOCKS);
    names.addAll(Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure",
        "figcaption"));
    names.remove("body");
    names.remove("html");
    BLOCK_NAMES = Set.copyOf(names);
  }

  /** Attributes read on every element: {@code lang} becomes a language, {@code dir} follows from it. */
  private static final Set<String> GLOBAL_READ = Set.of("lang", "dir", "xml:lang");

  private final Report report;
  private final @Nullable URI base;
  private final @Nullable Locale language;
  private final int maxDepth;
  private Element root;
  private String rootName;
  private boolean depthReported;

  /**
   * Creates a converter.
   *
   * @param report where problems go
   * @param base the base URI for relative URLs, or null
   * @param language the language of the text around the input, or null if unknown
   * @param maxDepth the deepest element nesting read as structure; deeper content is kept as text
   */
  public FragmentConverter(Report report, @Nullable URI base, @Nullable Locale language, int maxDepth) {
    this.report = report;
    this.base = base;
    this.language = language;
    this.maxDepth = maxDepth;
  }

  /**
   * Converts the children of an element.
   *
   * @param root the element whose content is converted
   * @param rootName how locations name the root, such as {@code body}
   * @return the blocks
   */
  public List<Block> convert(Element root, String rootName) {
    this.root = root;
    this.rootName = rootName;
    BlockSink sink = new BlockSink();
    Locale lang = elementLanguage(root, language);
    children(root, sink, lang, 0);
    sink.flush();
    return sink.blocks;
  }

  /**
   * Converts text that is known to be plain (JSON-LD's {@code articleBody}): one paragraph per run
   * of text between blank lines, each line break kept.
   *
   * @param text the text
   * @return the paragraphs
   */
  public List<Block> plainText(String text) {
    List<Block> out = new ArrayList<>();
    for (String para : text.split("\\R\\s*\\R")) {
      InlineBuilder b = new InlineBuilder();
      String[] lines = para.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          b.lineBreak();
        }
        b.text(clean(lines[i], "articleBody"));
      }
      List<Inline> content = b.build();
      if (InlineBuilder.visible(content)) {
        out.add(Paragraph.of(trimBreaks(content)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks

  private final class BlockSink {
    final List<Block> blocks = new ArrayList<>();
    @Nullable InlineBuilder implicit;
    @Nullable Locale implicitLanguage;

    InlineBuilder paragraph(@Nullable Locale lang) {
      if (implicit != null && !same(implicitLanguage, lang)) {
        flush();
      }
      if (implicit == null) {
        implicit = newBuilder(lang);
        implicitLanguage = lang;
      }
      return implicit;
    }

    void flush() {
      if (implicit != null) {
        paragraphBlock(this, implicit.build(), "");
        implicit = null;
      }
    }

    void add(Block block) {
      flush();
      blocks.add(block);
    }
  }

  private InlineBuilder newBuilder(@Nullable Locale lang) {
    InlineBuilder b = new InlineBuilder();
    if (lang != null && !same(lang, language)) {
      b.open(InlineBuilder.Kind.SPAN, null, null, lang);
    }
    return b;
  }

  private void paragraphBlock(BlockSink sink, List<Inline> content, String location) {
    content = trimBreaks(content);
    if (InlineBuilder.visible(content)) {
      sink.blocks.add(Paragraph.of(content));
    }
  }

  private void children(Element parent, BlockSink sink, @Nullable Locale lang, int depth) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode) {
        String text = ((TextNode) child).getWholeText();
        if (sink.implicit != null || !isHtmlBlank(text)) {
          sink.paragraph(lang).text(clean(text, path(parent)));
        }
      } else if (child instanceof Element) {
        block((Element) child, sink, lang, depth + 1);
      }
    }
  }

  private void block(Element e, BlockSink sink, @Nullable Locale outer, int depth) {
    String name = e.normalName();
    if (DROPPED.contains(name)) {
      dropped(e);
      return;
    }
    if (depth > maxDepth) {
      tooDeep(e);
      sink.paragraph(outer).text(clean(e.text(), path(e)));
      return;
    }
    if (!BLOCK_NAMES.contains(name) && !name.equals("img")) {
      // Inline content at block level: it belongs to the paragraph the browser would show.
      inline(e, sink.paragraph(outer), sink, outer, depth);
      return;
    }
    Locale lang = elementLanguage(e, outer);
    switch (name) {
      case "p":
        attributes(e);
        sink.flush();
        paragraph(e, sink, lang, depth);
        return;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        attributes(e);
        sink.flush();
        heading(e, sink, lang, depth);
        return;
      case "ul": case "ol":
        attributes(e, "start", "reversed", "type");
        sink.flush();
        list(e, sink, lang, depth);
        return;
      case "blockquote":
        attributes(e, "cite");
        sink.flush();
        quote(e, null, sink, lang, depth);
        return;
      case "figure":
        attributes(e);
        sink.flush();
        figure(e, sink, lang, depth);
        return;
      case "img": {
        sink.flush();
        ImageBlock image = image(e, null);
        if (image != null) {
          sink.add(image);
        }
        return;
      }
      case "figcaption":
        attributes(e);
        sink.flush();
        paragraph(e, sink, lang, depth);
        return;
      default:
        break;
    }
    if (UNSUPPORTED_BLOCKS.contains(name)) {
      unsupported(e, name.equals("hr") ? "a thematic break (hr) has no counterpart in an article body; it was "
          + "left out" : "<" + name + "> has no counterpart in an article body; its text was kept as paragraphs");
    }
    attributes(e);
    sink.flush();
    children(e, sink, lang, depth);
    sink.flush();
  }

  private void paragraph(Element e, BlockSink sink, @Nullable Locale lang, int depth) {
    InlineBuilder b = newBuilder(lang);
    inlineChildren(e, b, sink, lang, depth);
    if (b.merged()) {
      merged(e, "the blocks inside a paragraph were joined with line breaks");
    }
    paragraphBlock(sink, b.build(), path(e));
  }

  private void heading(Element e, BlockSink sink, @Nullable Locale lang, int depth) {
    int level = e.normalName().charAt(1) - '0';
    InlineBuilder b = newBuilder(lang);
    inlineChildren(e, b, null, lang, depth);
    List<Inline> content = trimBreaks(b.build());
    if (!InlineBuilder.visible(content)) {
      return;
    }
    if (b.merged()) {
      merged(e, "the blocks inside a heading were joined with line breaks");
    }
    if (level == 1) {
      report.warn(ConversionCode.HTML_HEADING_LEVEL, path(e), "An <h1> in a body was read as a level-2 heading: "
          + "level 1 is the article's headline.");
      level = 2;
    }
    sink.add(Heading.of(level, content));
  }

  private void list(Element e, BlockSink sink, @Nullable Locale lang, int depth) {
    List<ListItem> items = new ArrayList<>();
    listItems(e, items, lang, depth);
    if (!items.isEmpty()) {
      sink.add(ListBlock.of(e.normalName().equals("ol"), items));
    }
  }

  private void listItems(Element list, List<ListItem> items, @Nullable Locale lang, int depth) {
    InlineBuilder stray = null;
    for (Node child : list.childNodes()) {
      if (child instanceof Element && ((Element) child).normalName().equals("li")) {
        stray = addItem(items, stray);
        Element li = (Element) child;
        attributes(li, "value");
        Locale itemLang = elementLanguage(li, lang);
        InlineBuilder b = newBuilder(itemLang);
        inlineChildren(li, b, null, itemLang, depth + 1);
        if (b.merged()) {
          merged(li, "the blocks inside a list item (paragraphs, a nested list) were joined with line breaks");
        }
        stray = null;
        addItem(items, b);
      } else if (child instanceof Element && (((Element) child).normalName().equals("ul")
          || ((Element) child).normalName().equals("ol"))) {
        stray = addItem(items, stray);
        merged((Element) child, "a list directly inside a list was read as more items of the outer list");
        listItems((Element) child, items, lang, depth + 1);
      } else if (child instanceof TextNode) {
        String text = ((TextNode) child).getWholeText();
        if (stray != null || !isHtmlBlank(text)) {
          if (stray == null) {
            stray = newBuilder(lang);
          }
          stray.text(clean(text, path(list)));
        }
      } else if (child instanceof Element) {
        Element other = (Element) child;
        if (DROPPED.contains(other.normalName())) {
          dropped(other);
          continue;
        }
        if (stray == null) {
          stray = newBuilder(lang);
        }
        inline(other, stray, null, lang, depth + 1);
      }
    }
    addItem(items, stray);
  }

  private @Nullable InlineBuilder addItem(List<ListItem> items, @Nullable InlineBuilder b) {
    if (b != null) {
      List<Inline> content = trimBreaks(b.build());
      if (InlineBuilder.visible(content)) {
        items.add(ListItem.of(content.toArray(new Inline[0])));
      }
    }
    return null;
  }

  private void quote(Element blockquote, @Nullable String attribution, BlockSink sink, @Nullable Locale outer,
      int depth) {
    Locale lang = elementLanguage(blockquote, outer);
    InlineBuilder b = new InlineBuilder();
    inlineChildren(blockquote, b, null, lang, depth);
    List<Inline> content = trimBreaks(b.build());
    if (!InlineBuilder.visible(content)) {
      return;
    }
    if (b.merged()) {
      merged(blockquote, "the paragraphs of a quotation were joined with line breaks");
    }
    Quote.Builder q = Quote.builder().addAllContent(content);
    if (attribution != null) {
      q.attribution(attribution);
    }
    if (lang != null && !same(lang, language)) {
      q.language(lang);
    }
    String cite = blockquote.attr("cite");
    if (blockquote.hasAttr("cite")) {
      URI url = url(cite, blockquote, "cite", false);
      if (url != null) {
        q.citeUrl(url);
      }
    }
    sink.add(q.build());
  }

  private void figure(Element figure, BlockSink sink, @Nullable Locale lang, int depth) {
    Element caption = null;
    Element blockquote = null;
    int images = 0;
    for (Element child : figure.children()) {
      String n = child.normalName();
      if (n.equals("figcaption") && caption == null) {
        caption = child;
      } else if (n.equals("blockquote") && blockquote == null) {
        blockquote = child;
      }
    }
    images = figure.getElementsByTag("img").size();
    if (blockquote != null && images == 0) {
      String attribution = caption == null ? null : attribution(caption);
      attributes(blockquote, "cite");
      quote(blockquote, attribution, sink, lang, depth + 1);
      for (Element child : figure.children()) {
        if (child != blockquote && child != caption) {
          block(child, sink, lang, depth + 1);
        }
      }
      return;
    }
    BlockSink inner = new BlockSink();
    for (Node child : figure.childNodes()) {
      if (child == caption) {
        continue;
      }
      if (child instanceof Element) {
        block((Element) child, inner, lang, depth + 1);
      } else if (child instanceof TextNode && !isHtmlBlank(((TextNode) child).getWholeText())) {
        inner.paragraph(lang).text(clean(((TextNode) child).getWholeText(), path(figure)));
      }
    }
    inner.flush();
    int imageBlocks = 0;
    int last = -1;
    for (int i = 0; i < inner.blocks.size(); i++) {
      if (inner.blocks.get(i) instanceof ImageBlock) {
        imageBlocks++;
        last = i;
      }
    }
    if (caption != null) {
      String text = captionText(caption);
      if (imageBlocks == 1 && text != null) {
        Image image = ((ImageBlock) inner.blocks.get(last)).image();
        try {
          inner.blocks.set(last, ImageBlock.of(image.withCaption(text)));
        } catch (InvalidValueException ex) {
          report.warn(ConversionCode.INPUT_INVALID, path(caption), "The caption was not kept: it " + ex.rule() + ".");
        }
      } else if (text != null) {
        BlockSink captionSink = new BlockSink();
        paragraph(caption, captionSink, elementLanguage(caption, lang), depth + 1);
        inner.blocks.addAll(captionSink.blocks);
        if (imageBlocks > 1) {
          merged(caption, "a caption shared by several images was kept as a paragraph after them");
        }
      }
    }
    for (Block b : inner.blocks) {
      sink.add(b);
    }
  }

  /** A quotation's attribution from its figcaption: one line, a leading dash left out. */
  private @Nullable String attribution(Element caption) {
    attributes(caption);
    String text = collapse(clean(caption.text(), path(caption)));
    while (!text.isEmpty() && "—―–-".indexOf(text.charAt(0)) >= 0) {
      text = text.substring(1).strip();
    }
    return text.isBlank() ? null : text;
  }

  /** A caption's text: whitespace collapsed, {@code <br>} as a line break; marks and links reported lost. */
  private @Nullable String captionText(Element caption) {
    attributes(caption);
    InlineBuilder b = new InlineBuilder();
    boolean[] lost = new boolean[1];
    captionInline(caption, b, lost);
    StringBuilder text = new StringBuilder();
    plain(trimBreaks(b.build()), text);
    String s = text.toString();
    if (s.isBlank()) {
      return null;
    }
    if (lost[0]) {
      merged(caption, "an image caption holds plain text; its links and marks were not kept");
    }
    return s;
  }

  private void captionInline(Element e, InlineBuilder b, boolean[] lost) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        b.text(clean(((TextNode) child).getWholeText(), path(e)));
      } else if (child instanceof Element) {
        Element c = (Element) child;
        String n = c.normalName();
        if (DROPPED.contains(n)) {
          dropped(c);
        } else if (n.equals("br")) {
          b.lineBreak();
        } else {
          if (!SILENT_INLINE.contains(n)) {
            lost[0] = true;
          }
          if (BLOCK_NAMES.contains(n)) {
            b.boundary();
          }
          captionInline(c, b, lost);
          if (BLOCK_NAMES.contains(n)) {
            b.boundary();
          }
        }
      }
    }
  }

  private static void plain(List<Inline> content, StringBuilder out) {
    for (Inline inline : content) {
      if (inline instanceof dev.newsmodel.core.body.Text) {
        out.append(((dev.newsmodel.core.body.Text) inline).value());
      } else if (inline instanceof dev.newsmodel.core.body.LineBreak) {
        out.append('\n');
      } else if (inline instanceof dev.newsmodel.core.body.Emphasis) {
        plain(((dev.newsmodel.core.body.Emphasis) inline).content(), out);
      } else if (inline instanceof dev.newsmodel.core.body.Strong) {
        plain(((dev.newsmodel.core.body.Strong) inline).content(), out);
      } else if (inline instanceof dev.newsmodel.core.body.Link) {
        plain(((dev.newsmodel.core.body.Link) inline).content(), out);
      } else if (inline instanceof dev.newsmodel.core.body.LanguageSpan) {
        plain(((dev.newsmodel.core.body.LanguageSpan) inline).content(), out);
      }
    }
  }

  private @Nullable ImageBlock image(Element img, @Nullable InlineBuilder unused) {
    attributes(img, "src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding");
    String where = path(img);
    if (!img.hasAttr("src")) {
      report.warn(ConversionCode.INPUT_MISSING, where, "An image without a src attribute was left out.");
      return null;
    }
    URI url = url(img.attr("src"), img, "src", false);
    if (url == null) {
      return null;
    }
    Image.Builder b = Image.builder().url(url);
    if (!img.hasAttr("alt")) {
      report.warn(ConversionCode.INPUT_MISSING, where, "The image '" + Urls.shorten(url.toString()) + "' has no alt "
          + "attribute: the model needs alternative text unless an image is decorative (alt=\"\"), and neither is "
          + "invented; the image was left out.");
      return null;
    }
    String alt = clean(img.attr("alt"), where + " @alt").strip();
    if (alt.isEmpty()) {
      b.decorative(true);
    } else {
      b.alt(alt);
    }
    Integer width = dimension(img, "width");
    Integer height = dimension(img, "height");
    if (width != null && height != null) {
      b.width(width).height(height);
    } else if (width != null || height != null) {
      report.warn(ConversionCode.INPUT_IGNORED, where, "An image's width or height alone was not kept: the model "
          + "holds both or neither.");
    }
    if (img.hasAttr("srcset")) {
      renditions(img, b);
    }
    try {
      return ImageBlock.of(b.build());
    } catch (InvalidValueException e) {
      report.warn(ConversionCode.INPUT_INVALID, where, "The image was left out: " + e.getMessage() + ".");
      return null;
    }
  }

  private @Nullable Integer dimension(Element img, String name) {
    if (!img.hasAttr(name)) {
      return null;
    }
    String v = img.attr(name).strip();
    if (v.matches("[0-9]{1,6}") && Integer.parseInt(v) > 0) {
      return Integer.parseInt(v);
    }
    report.warn(ConversionCode.INPUT_INVALID, path(img) + " @" + name, "The image " + name + " '"
        + Urls.shorten(v) + "' is not a positive number of pixels; it was left out.");
    return null;
  }

  private void renditions(Element img, Image.Builder b) {
    for (String candidate : img.attr("srcset").split(",\\s+|,$")) {
      String c = candidate.strip();
      if (c.isEmpty()) {
        continue;
      }
      String[] parts = c.split("\\s+");
      if (parts.length != 2 || !parts[1].matches("[0-9]{1,6}w") || parts[1].startsWith("0")) {
        report.warn(ConversionCode.INPUT_IGNORED, path(img) + " @srcset", "The srcset candidate '" + Urls.shorten(c)
            + "' has no width descriptor (such as 640w); the model keeps renditions by width only, so it was left out.");
        continue;
      }
      URI url = url(parts[0], img, "srcset", false);
      if (url != null) {
        b.addRenditions(ImageRendition.of(url, Integer.parseInt(parts[1].substring(0, parts[1].length() - 1))));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inline content

  private void inlineChildren(Element parent, InlineBuilder b, @Nullable BlockSink hoist, @Nullable Locale lang,
      int depth) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode) {
        b.text(clean(((TextNode) child).getWholeText(), path(parent)));
      } else if (child instanceof Element) {
        inline((Element) child, b, hoist, lang, depth + 1);
      }
    }
  }

  /**
   * Reads an element inside inline content. {@code hoist} is where an image may go as a block of its
   * own, splitting the paragraph; null where the model has no room for one (a list item, a quote).
   */
  private void inline(Element e, InlineBuilder b, @Nullable BlockSink hoist, @Nullable Locale outer, int depth) {
    String name = e.normalName();
    if (DROPPED.contains(name)) {
      dropped(e);
      return;
    }
    if (depth > maxDepth) {
      tooDeep(e);
      b.text(clean(e.text(), path(e)));
      return;
    }
    Locale lang = elementLanguage(e, outer);
    boolean span = lang != null && !same(lang, outer);
    switch (name) {
      case "br":
        attributes(e);
        b.lineBreak();
        return;
      case "img": {
        ImageBlock image = image(e, b);
        if (image == null) {
          return;
        }
        if (hoist != null) {
          List<Inline> before = trimBreaks(b.takeAndReopen());
          if (InlineBuilder.visible(before)) {
            hoist.blocks.add(Paragraph.of(before));
          }
          hoist.blocks.add(image);
        } else {
          report.warn(ConversionCode.HTML_UNSUPPORTED_ELEMENT, path(e), "An image inside a list item, quotation or "
              + "heading has no place in the model there; it was left out.");
        }
        return;
      }
      case "em": case "i":
        attributes(e);
        b.open(InlineBuilder.Kind.EMPHASIS, null, null, null);
        wrapped(e, b, hoist, lang, span, depth);
        b.close();
        return;
      case "strong": case "b":
        attributes(e);
        b.open(InlineBuilder.Kind.STRONG, null, null, null);
        wrapped(e, b, hoist, lang, span, depth);
        b.close();
        return;
      case "a":
        link(e, b, hoist, lang, span, depth);
        return;
      case "q":
        attributes(e, "cite");
        if (e.hasAttr("cite")) {
          report.warn(ConversionCode.INPUT_IGNORED, path(e) + " @cite", "An inline quotation's source URL has no "
              + "place in the model; it was not kept.");
        }
        if (!span) {
          report.warn(ConversionCode.HTML_UNSUPPORTED_ELEMENT, path(e), "An inline quotation (q) without a language "
              + "of its own has no counterpart; its text was kept without the quotation marks a browser adds.");
        }
        wrapped(e, b, hoist, lang, span, depth);
        return;
      default:
        break;
    }
    if (BLOCK_NAMES.contains(name)) {
      // A block inside inline content: its text joins the content, set apart by line breaks.
      if (UNSUPPORTED_BLOCKS.contains(name)) {
        unsupported(e, "<" + name + "> has no counterpart in an article body; its text was kept");
      }
      attributes(e, name.equals("blockquote") ? new String[] {"cite"} : new String[0]);
      b.boundary();
      wrapped(e, b, null, lang, span, depth);
      b.boundary();
      return;
    }
    if (!SILENT_INLINE.contains(name)) {
      unsupported(e, "<" + name + "> has no counterpart in the model; its text was kept");
    }
    attributes(e);
    wrapped(e, b, hoist, lang, span, depth);
  }

  private void wrapped(Element e, InlineBuilder b, @Nullable BlockSink hoist, @Nullable Locale lang, boolean span,
      int depth) {
    if (span) {
      b.open(InlineBuilder.Kind.SPAN, null, null, lang);
    }
    inlineChildren(e, b, hoist, lang, depth);
    if (span) {
      b.close();
    }
  }

  private void link(Element a, InlineBuilder b, @Nullable BlockSink hoist, @Nullable Locale lang, boolean span,
      int depth) {
    attributes(a, "href", "title", "rel", "target", "hreflang", "referrerpolicy");
    URI url = null;
    if (a.hasAttr("href")) {
      if (b.insideLink()) {
        report.warn(ConversionCode.HTML_MERGED, path(a), "A link inside a link was read as its text.");
      } else {
        url = url(a.attr("href"), a, "href", true);
      }
    }
    if (url == null) {
      wrapped(a, b, hoist, lang, span, depth);
      return;
    }
    String title = null;
    if (a.hasAttr("title")) {
      String t = collapse(clean(a.attr("title"), path(a) + " @title"));
      if (!t.isBlank()) {
        title = t;
      }
    }
    b.open(InlineBuilder.Kind.LINK, url, title, null);
    wrapped(a, b, hoist, lang, span, depth);
    b.close();
  }

  // ---------------------------------------------------------------------------------------------
  // Attributes, languages, URLs, text

  private @Nullable URI url(String raw, Element e, String attribute, boolean link) {
    Urls.Result r = Urls.read(raw, base, link);
    if (r.url() == null) {
      report.warn(r.code(), path(e) + " @" + attribute, r.message() + ".");
    }
    return r.url();
  }

  /**
   * Reports the element's attributes that are neither read by the converter nor implied by what is
   * read ({@code lang}, {@code dir}). The ones named are read by the caller.
   */
  private void attributes(Element e, String... read) {
    for (Attribute attribute : e.attributes()) {
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      if (GLOBAL_READ.contains(key)) {
        continue;
      }
      boolean handled = false;
      for (String r : read) {
        if (r.equals(key)) {
          handled = true;
          break;
        }
      }
      if (!handled) {
        report.attribute(key, path(e));
      }
    }
  }

  private @Nullable Locale elementLanguage(Element e, @Nullable Locale outer) {
    String value = e.hasAttr("lang") ? e.attr("lang") : e.hasAttr("xml:lang") ? e.attr("xml:lang") : null;
    if (value == null) {
      return outer;
    }
    String tag = value.strip();
    if (tag.isEmpty()) {
      report.warn(ConversionCode.INPUT_IGNORED, path(e) + " @lang", "An empty lang attribute (language unknown) "
          + "cannot be held; the text keeps the language around it.");
      return outer;
    }
    Locale locale = Locale.forLanguageTag(tag);
    try {
      dev.newsmodel.core.body.LanguageSpan.of(locale, "x");
      if (!locale.toLanguageTag().equalsIgnoreCase(tag)) {
        throw new InvalidValueException("lang", "must be a well-formed BCP 47 language tag", tag);
      }
    } catch (InvalidValueException ex) {
      report.warn(ConversionCode.INPUT_INVALID, path(e) + " @lang", "The lang attribute '" + Urls.shorten(tag)
          + "' is not a well-formed BCP 47 language tag; it was ignored.");
      return outer;
    }
    return locale;
  }

  private static boolean same(@Nullable Locale a, @Nullable Locale b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.toLanguageTag().equalsIgnoreCase(b.toLanguageTag());
  }

  private void dropped(Element e) {
    String name = e.normalName();
    String what;
    switch (name) {
      case "script": case "noscript": case "template":
        what = "a script or template is not text for a reader";
        break;
      case "style": case "link": case "meta": case "base": case "title": case "head":
        what = "<" + name + "> belongs to a page's head, not to an article body; it is never followed";
        break;
      case "iframe": case "object": case "embed": case "applet": case "frame": case "portal":
        what = "an embedded document has no counterpart in an article body";
        break;
      case "svg": case "canvas": case "image":
        what = "vector or scripted graphics have no counterpart in an article body";
        break;
      case "audio": case "video": case "source": case "track":
        what = "audio and video have no counterpart in an article body";
        break;
      default:
        what = "<" + name + "> (a form control, raw text or image map) is not text for an article body";
    }
    ConversionCode code = name.equals("iframe") || name.equals("object") || name.equals("embed")
        || name.equals("audio") || name.equals("video") ? ConversionCode.HTML_UNSUPPORTED_ELEMENT
        : ConversionCode.HTML_DROPPED_ELEMENT;
    report.warn(code, path(e), "<" + name + "> was dropped with its content: " + what + ".");
  }

  private void unsupported(Element e, String message) {
    report.warn(ConversionCode.HTML_UNSUPPORTED_ELEMENT, path(e), Character.toUpperCase(message.charAt(0))
        + message.substring(1) + ".");
  }

  private void merged(Element e, String message) {
    report.warn(ConversionCode.HTML_MERGED, path(e), Character.toUpperCase(message.charAt(0)) + message.substring(1)
        + ".");
  }

  private void tooDeep(Element e) {
    if (!depthReported) {
      depthReported = true;
      report.warn(ConversionCode.INPUT_LIMIT, path(e), "Elements nest deeper than " + maxDepth + " levels here; "
          + "what lies deeper was kept as plain text.");
    }
  }

  private String path(Element e) {
    return ElementPath.of(e, root, rootName);
  }

  /** Removes what no model text may hold (controls, noncharacters, unpaired surrogates), reporting it. */
  private String clean(String text, String location) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cp = c;
      int len = 1;
      boolean bad;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        len = 2;
        bad = (cp & 0xFFFE) == 0xFFFE;
      } else if (Character.isSurrogate(c)) {
        bad = true;
      } else {
        bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)
            || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
      }
      if (bad) {
        if (out == null) {
          out = new StringBuilder(text.length());
          out.append(text, 0, i);
        }
        report.removedCharacter(cp, location);
      } else if (out != null) {
        out.append(text, i, i + len);
      }
      i += len - 1;
    }
    String s = out == null ? text : out.toString();
    return s.replace('\f', ' ');
  }

  private static String collapse(String s) {
    return s.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
  }

  private static boolean isHtmlBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the content as it is: a {@code <br>} at either end of a block is a line break the model
   * holds too. (One place to change should a trimming rule be wanted.)
   */
  private static List<Inline> trimBreaks(List<Inline> content) {
    return content;
  }
}
