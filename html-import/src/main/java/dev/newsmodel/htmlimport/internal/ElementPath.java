package dev.newsmodel.htmlimport.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * The location of an element in the input, such as {@code body > p[3] > a[1]}: each step is the
 * element's name and its position among its parent's children of that name, counted from 1.
 */
final class ElementPath {
  private ElementPath() {}

  /** Returns the path of {@code element} from {@code root}, which is named {@code rootName}. */
  static String of(Element element, Element root, String rootName) {
    Deque<String> steps = new ArrayDeque<>();
    Element e = element;
    while (e != null && e != root) {
      Element parent = e.parent();
      int index = 1;
      if (parent != null) {
        for (Element sibling : parent.children()) {
          if (sibling == e) {
            break;
          }
          if (sibling.normalName().equals(e.normalName())) {
            index++;
          }
        }
      }
      steps.push(e.normalName() + "[" + index + "]");
      e = parent;
    }
    StringBuilder out = new StringBuilder(rootName);
    for (String step : steps) {
      out.append(" > ").append(step);
    }
    return out.toString();
  }
}
