import com.adobe.epubcheck.tool.EpubChecker;

/**
 * Runs EPUBCheck's own command-line tool on each file named, one after another, in one Java
 * process, and prints "== <file> exit <code>" after each. Starting Java and loading EPUBCheck's
 * schemas costs about 4.5 CPU-seconds a run; checking one of the archive's EPUBs, under one.
 * Java runs this file as it is (a single-file program); test/offline/epub.test.ts reads the output.
 */
public class EpubCheckEach {
  public static void main(String[] files) {
    // One stream, so each file's messages stand before its own "==" line.
    System.setErr(System.out);
    for (String file : files) {
      int code = new EpubChecker().run(new String[] { file });
      System.out.println("== " + file + " exit " + code);
    }
  }
}
