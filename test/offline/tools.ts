import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The command-line tools the edition checks need, found or explained. Debian packages both:
 * epubcheck (with Java) and poppler-utils (pdftotext, pdfinfo, pdffonts); .ci/run installs them.
 */

const INSTALL_EPUBCHECK =
  'epubcheck is missing. Install it, then run the tests again:\n' +
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y epubcheck   (brings Java)\n' +
  '  elsewhere:      download EPUBCheck from its project releases and set EPUBCHECK_JAR=/path/to/epubcheck.jar';

/**
 * How to run EPUBCheck on several files in one Java process: EpubCheckEach.java, run as a
 * single-file program with EPUBCheck's jar on the class path (its manifest brings the libraries
 * it needs). Debian's /usr/bin/epubcheck is that jar.
 */
export function epubcheckCommand(files: string[]): string[] {
  const jar = process.env.EPUBCHECK_JAR ?? ['/usr/share/java/epubcheck.jar', '/usr/bin/epubcheck'].find((p) => existsSync(p));
  if (!jar) throw new Error(INSTALL_EPUBCHECK);
  const modules = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (modules.status !== 0) throw new Error(`Java is missing, and epubcheck needs it.\n${INSTALL_EPUBCHECK}`);
  // A single-file program is compiled as it starts, by the jdk.compiler module (in Debian's default-jre).
  if (!/^jdk\.compiler@/m.test(modules.stdout))
    throw new Error("This Java has no jdk.compiler module, which runs test/offline/EpubCheckEach.java: install a full JDK or Debian's default-jre.");
  // The client compiler and serial GC halve epubcheck's CPU time: it is a short run, not a server.
  return ['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', jar, fileURLToPath(new URL('EpubCheckEach.java', import.meta.url)), ...files];
}

export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing. Install poppler-utils: sudo apt-get install -y poppler-utils (macOS: brew install poppler)`);
    }
    throw error;
  }
}
